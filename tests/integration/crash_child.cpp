// The victim of the crash test (test_crash.cpp): opens a device on DATA_DIR and records
// answers in a loop through SessionController, the same save path as the UI. After each
// submit() that returned true it writes "ack <contribution id>" to stdout, unbuffered, so
// the parent knows exactly which answers were acknowledged before it sent SIGKILL.
//
//   crash_child DATA_DIR PACK

#include "appcontext.h"
#include "sessioncontroller.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

#include <cstdio>
#include <unistd.h>

using namespace samenspraak;

namespace {

// write(2) straight to the pipe: nothing waits in a stdio buffer when the kill comes, and a
// line this short is written whole or not at all (PIPE_BUF).
bool report(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    return ::write(STDOUT_FILENO, out.constData(), size_t(out.size())) == out.size();
}

QJsonObject answerFor(int i)
{
    static const QStringList palette{QStringLiteral("respect"), QStringLiteral("noaberschap"), QStringLiteral("erbij-horen"),
                                     QStringLiteral("dynamiek")};
    switch (i % 4) {
    case 0:
        return {{QStringLiteral("picks"), QJsonArray{palette.at(i % 3), palette.at(3)}}};
    case 1:
        return {{QStringLiteral("text"), QStringLiteral("Idee nummer %1 voor het dorp").arg(i)},
                {QStringLiteral("ideaKind"), QStringLiteral("opportunity")},
                {QStringLiteral("theme"), QStringLiteral("wonen")}};
    case 2:
        return {{QStringLiteral("position"), i % 7}};
    default:
        return {{QStringLiteral("score"), 1 + i % 5}};
    }
}

const QStringList Activities{QStringLiteral("waarden"), QStringLiteral("kansen-en-zorgen"), QStringLiteral("dilemma-groei"),
                             QStringLiteral("tevredenheid")};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_child DATA_DIR PACK\n");
        return 2;
    }
    auto created = AppContext::create(QString::fromLocal8Bit(argv[1]), CorruptionPolicy::Refuse, QString::fromLocal8Bit(argv[2]));
    if (!created.context) {
        std::fprintf(stderr, "crash_child: %s\n", qPrintable(created.error.message));
        return 1;
    }
    SessionController &sessions = created.context->sessions();
    QSqlQuery last(created.context->store().db());
    if (!report("ready"))
        return 1;
    for (int i = 0;; ++i) {
        // A new participant every few answers, so session commits are killed too; a second
        // answer to the same activity within a session supersedes the first.
        if (i % 6 == 0)
            sessions.end();
        if (!sessions.submitJson(Activities.at(i % Activities.size()), answerFor(i))) {
            std::fprintf(stderr, "crash_child: %s\n", qPrintable(sessions.lastError()));
            return 1;
        }
        // The id of what was just committed: this process is the only writer.
        if (!last.exec(QStringLiteral("SELECT id FROM contributions ORDER BY seq DESC LIMIT 1")) || !last.next())
            return 1;
        const QByteArray id = last.value(0).toString().toLatin1();
        last.finish();
        if (!report("ack " + id))
            return 1;
    }
}
