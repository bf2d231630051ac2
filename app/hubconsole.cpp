#include "hubconsole.h"

#include "hubmoderation.h"
#include "moderationlog.h"
#include "roomhub.h"
#include "serverstore.h"

#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace samenspraak {

HubConsole::HubConsole(RoomHub &hub, QObject *parent) : QObject(parent), m_hub(hub)
{
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &HubConsole::readable);
}

HubConsole::~HubConsole() = default;

void HubConsole::readable()
{
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_notifier->setEnabled(false);  // end of input: a closed stdin would wake us forever
        return;
    }
    m_buffer.append(chunk, n);
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        const QString answer = execute(line);
        if (!answer.isEmpty()) {
            std::printf("%s\n", qPrintable(answer));
            std::fflush(stdout);
        }
    }
}

QString HubConsole::execute(const QString &line)
{
    if (line.isEmpty())
        return {};
    HubModeration *hubModeration = m_hub.moderation();
    if (!hubModeration)
        return QStringLiteral("error: the hub is not running");
    const QString command = line.section(QLatin1Char(' '), 0, 0);
    const QString argument = line.section(QLatin1Char(' '), 1).trimmed();
    if (command == QLatin1String("queue")) {
        const results::Round round(hubModeration->store().ingest().contributions());
        const auto latest = hubModeration->store().moderation().latest();
        QStringList out;
        for (const moderation::FreeText &t : moderation::freeTexts(hubModeration->pack(), round))
            out << QStringLiteral("%1 %2 %3 %4").arg(moderation::toString(moderation::stateOf(latest, t.contributionId)), t.contributionId,
                                                    t.activityId, QString(t.text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        out << QStringLiteral("end");
        return out.join(QLatin1Char('\n'));
    }
    if (command == QLatin1String("approve") || command == QLatin1String("reject")) {
        const bool approve = command == QLatin1String("approve");
        const QString error = hubModeration->decide(argument, approve ? moderation::State::Approved : moderation::State::Rejected);
        if (!error.isEmpty())
            return QStringLiteral("error: ") + error;
        return (approve ? QStringLiteral("approved ") : QStringLiteral("rejected ")) + argument;
    }
    return QStringLiteral("error: unknown command '%1' (queue, approve ID, reject ID)").arg(command);
}

} // namespace samenspraak
