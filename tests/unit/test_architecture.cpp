// Rules of docs/architecture.md that the compiler does not check.
#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

namespace {

// Every file below `folders` (relative to the source dir) with one of `patterns` as its name.
QStringList sourceFiles(const QStringList &folders, const QStringList &patterns)
{
    QStringList out;
    const QDir root(sourcePath(QString()));
    for (const QString &folder : folders) {
        QDirIterator it(root.filePath(folder), patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << root.relativeFilePath(it.next());
    }
    out.sort();
    return out;
}

} // namespace

TEST_CASE("architecture: an answer's JSON keys are spelled only in core/answers.cpp", "[architecture]")
{
    // The keys of every activity kind's payload; a second spelling elsewhere would drift. Keys
    // no output uses are flagged wherever they appear; keys that are also names in the results
    // JSON or an export's column headers ("score", "text", ...) only where code reads them
    // out of a JSON object.
    const QRegularExpression key(QStringLiteral(
        "QStringLiteral\\(\"(picks|ideaKind|allocation|answers)\"\\)"
        "|value\\(QStringLiteral\\(\"(own|text|theme|order|position|answer|important|score|remark)\"\\)\\)"));
    const QStringList files = sourceFiles({QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("platform"), QStringLiteral("qml"),
                                           QStringLiteral("server"), QStringLiteral("sync")},
                                          {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.qml")});
    REQUIRE(files.size() > 50);
    QStringList offenders;
    for (const QString &file : files) {
        if (file == QLatin1String("core/answers.cpp"))
            continue;
        const QString text = QString::fromUtf8(readFile(sourcePath(file)));
        for (auto it = key.globalMatch(text); it.hasNext();)
            offenders << file + QStringLiteral(": ") + it.next().captured(0);
    }
    INFO(offenders.join(QStringLiteral("\n")).toStdString());
    CHECK(offenders.isEmpty());
    CHECK(QString::fromUtf8(readFile(sourcePath(QStringLiteral("core/answers.cpp")))).contains(key));
}

TEST_CASE("architecture: no test name holds a semicolon, which ctest would split", "[architecture]")
{
    const QRegularExpression testCase(QStringLiteral("TEST_CASE\\(\"([^\"]*)\""));
    const QStringList files = sourceFiles({QStringLiteral("tests")}, {QStringLiteral("*.cpp")});
    int names = 0;
    QStringList offenders;
    for (const QString &file : files) {
        const QString text = QString::fromUtf8(readFile(sourcePath(file)));
        for (auto it = testCase.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            ++names;
            if (name.contains(QLatin1Char(';')))
                offenders << file + QStringLiteral(": ") + name;
        }
    }
    INFO(offenders.join(QStringLiteral("\n")).toStdString());
    CHECK(offenders.isEmpty());
    CHECK(names > 100);
}

TEST_CASE("architecture: nothing reaches for a process-wide app context", "[architecture]")
{
    // Services are passed in (docs/architecture.md); a global locator would let any code reach
    // any device and make two devices in one process (a hub and its tablets in a test) collide.
    const QRegularExpression global(QStringLiteral("\\b(AppContext|UiContext|SyncService)::current\\b|\\bs_current\\b"));
    QStringList offenders;
    for (const QString &file : sourceFiles({QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("server"), QStringLiteral("sync"),
                                            QStringLiteral("platform"), QStringLiteral("tests"), QStringLiteral("bench")},
                                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}))
        if (file != QLatin1String("tests/unit/test_architecture.cpp") && QString::fromUtf8(readFile(sourcePath(file))).contains(global))
            offenders << file;
    INFO(offenders.join(QStringLiteral("\n")).toStdString());
    CHECK(offenders.isEmpty());
}
