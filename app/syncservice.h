#pragma once
// Background upload for the running app: in a room (samenspraak join), the room's answers go to
// the room hub first, over its pinned certificate; then, whenever a server is configured and the
// network is there, pending answers go out, then the published content pack is checked (by ETag)
// and what rooms this tablet ended as hub still hold goes too (summaries, records, decisions);
// failures back off (capped, jittered) and a regained network or "sync now" retries at once.
// A device the server does not know (401) or has revoked (403) says so and stops trying.
// Owned by AppContext (startSync), so a device syncs whether or not its UI is loaded. QML
// sees its state as the singleton `Sync`.

#include "backoff.h"
#include "contentupdater.h"
#include "syncclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>


namespace samenspraak {

namespace platform { class Reachability; }
class AppContext;

class SyncService : public QObject {
    Q_OBJECT
    Q_PROPERTY(int pending READ pending NOTIFY stateChanged)
    Q_PROPERTY(int quarantined READ quarantined NOTIFY stateChanged)
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY stateChanged)
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
    // What personal data is still on the device (free text, profiles), and what was removed.
    Q_PROPERTY(QString onDevice READ onDevice NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)

public:
    SyncService(AppContext &context, platform::Reachability *reachability, QObject *parent = nullptr);
    ~SyncService() override;

    int pending() const;
    int quarantined() const;
    bool running() const
    {
        return (m_client && m_client->isRunning()) || (m_roomClient && m_roomClient->isRunning()) || m_updater.isRunning();
    }
    QString lastSync() const;
    // Translated when read: the service starts before the UI installs its translator.
    QString status() const { return m_status.isEmpty() ? tr("Not synced yet") : m_status; }
    QString onDevice() const;
    double progress() const { return m_progress; }

    // Uses `reachability` (not owned) to wait for the network; without one the network is
    // assumed to be there and failures back off. May be set late: finding it may be slow.
    void setReachability(platform::Reachability *reachability);

    // Starts an upload now (resets the backoff); does nothing while one runs.
    Q_INVOKABLE void syncNow();
    // What rooms this tablet ended as hub still hold for the municipal server, their moderation
    // decisions included (endedrooms.h): part of every sync once the answers went, and asked for
    // by a starting room hub. Does nothing while it runs, or when the tablet is not enrolled.
    void forwardEndedRooms();
    // A participant finished: a good moment to upload.
    Q_INVOKABLE void sessionFinished() { schedule(2000); }

signals:
    void stateChanged();
    void progressChanged();

private:
    void schedule(int delayMs);
    void start();
    // The room hub's part (RoomOutbox), then startServer().
    void onRoomFinished(const sync::SyncSummary &summary);
    void startServer();
    void onFinished(const sync::SyncSummary &summary);
    void checkContent();
    // The workshop summaries of rooms this tablet ended as hub (workshopsummary.h), after the answers.
    void sendSummaries();
    void onContentChecked(const ContentCheck &check);
    void retryLater(const QString &why);

    AppContext &m_context;
    QPointer<platform::Reachability> m_reachability;
    QNetworkAccessManager m_network;
    std::unique_ptr<sync::SyncClient> m_client;
    // The room hub's connection: its own network access manager, so its certificate pin applies
    // to nothing else.
    std::unique_ptr<QNetworkAccessManager> m_roomNetwork;
    std::unique_ptr<class RoomOutbox> m_roomOutbox;
    std::unique_ptr<sync::SyncClient> m_roomClient;
    bool m_roomFailed = false;  // the hub could not be reached or refused: back off
    ContentUpdater m_updater;
    std::unique_ptr<class SummarySender> m_summaries;
    std::unique_ptr<class EndedRoomsForwarder> m_ended;
    QString m_uploadStatus;  // what the upload said, completed by the content check
    sync::Backoff m_backoff{5000, 10 * 60 * 1000};
    QTimer m_timer;
    QString m_status;
    double m_progress = 0;
};

} // namespace samenspraak
