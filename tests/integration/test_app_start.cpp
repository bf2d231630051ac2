// How the app starts: the on-screen keyboard follows the mode the device remembers (the
// facilitator menu sets it), not only the flags of this start.
#include <catch2/catch.hpp>

#include "processes.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

// The self-test renders the "typing on the on-screen keyboard" state only when the keyboard
// is in use; its count of screen renders tells whether it was.
int selfTestRenders(const QStringList &arguments)
{
    const CommandResult r = app(QStringList{QStringLiteral("--self-test")} + arguments);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("self-test: (\\d+) screen renders, 0 warnings")).match(r.out);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("the on-screen keyboard follows the remembered mode, and a flag of this start wins", "[app][keyboard]")
{
    qunsetenv("QT_IM_MODULE");  // an explicit QT_IM_MODULE would win over both
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("device"));
    const int workshop = selfTestRenders({QStringLiteral("--data-dir"), data, QStringLiteral("--workshop")});
    // Started again without a flag: the remembered workshop mode keeps the keyboard away.
    CHECK(selfTestRenders({QStringLiteral("--data-dir"), data}) == workshop);
    const int kiosk = selfTestRenders({QStringLiteral("--data-dir"), data, QStringLiteral("--kiosk")});
    CHECK(kiosk > workshop);
    CHECK(selfTestRenders({QStringLiteral("--data-dir"), data}) == kiosk);
    // A fresh device is a kiosk.
    CHECK(selfTestRenders({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("fresh"))}) == kiosk);
}
