#pragma once
// The headless hub's console (`samenspraak hub` reads it from standard input): the facilitator's
// moderation without a screen, for tests, benchmarks and a hub run from a laptop. One command a
// line, one answer a line on standard output:
//   queue               every free text: "<state> <contribution id> <activity> <text>", then "end"
//   approve <id>        "approved <id>" once the decision is stored, or "error: <why>"
//   reject <id>         "rejected <id>", or "error: <why>"
// A socket notifier on standard input: nothing runs while nothing is typed; at end of input the
// console stops listening (the hub runs on).

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace samenspraak {

class RoomHub;

class HubConsole : public QObject {
    Q_OBJECT
public:
    explicit HubConsole(RoomHub &hub, QObject *parent = nullptr);
    ~HubConsole() override;
    // The answer to one line (without its newline); empty for an empty line.
    QString execute(const QString &line);

private:
    void readable();

    RoomHub &m_hub;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
};

} // namespace samenspraak
