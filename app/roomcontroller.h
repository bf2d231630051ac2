#pragma once
// The facilitator menu's room (docs/architecture.md, "Room hub"): this tablet as the hub of a
// workshop (start, show code and QR, push next activity / pause / results, see the tablets,
// end), or as a member (find or type the hub, compare the fingerprint, join, follow the room's
// state, leave). QML shows what this says; every sentence for a person is made here.

#include "roomdiscovery.h"
#include "roomfollower.h"
#include "roomhub.h"

#include <QHostAddress>
#include <QObject>
#include <QVariantList>

#include <memory>

namespace samenspraak {

class AppContext;
class FlowController;

class RoomController : public QObject {
    Q_OBJECT
    // "" (no room), "hub" (this tablet is the room hub) or "member" (joined a room).
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The last thing that went wrong, in one or two plain sentences; empty when nothing did.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // What the start form offers: [{id, title, phase}] of the pack's activities, [{id, title}] of
    // its open phases and of its kernen.
    Q_PROPERTY(QVariantList activityChoices READ activityChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList phaseChoices READ phaseChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList kernChoices READ kernChoices NOTIFY choicesChanged)
    Q_PROPERTY(QString today READ today CONSTANT)

    // The room (hub or member).
    Q_PROPERTY(QString title READ title NOTIFY roleChanged)
    Q_PROPERTY(QString details READ details NOTIFY roleChanged)  // "Lemelerveld · Dorpshuis · 2026-12-03 · fase 2"
    // Hub only.
    Q_PROPERTY(QString code READ code NOTIFY roleChanged)        // "123 456"
    Q_PROPERTY(QString joinUrl READ joinUrl NOTIFY roleChanged)
    Q_PROPERTY(QVariantMap qr READ qr NOTIFY roleChanged)        // {qrSize, qrModules} of the join URL
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY roleChanged)  // in groups of four
    Q_PROPERTY(QString mode READ mode NOTIFY stateChanged)       // free, activity, pause, results
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(bool canGoNext READ canGoNext NOTIFY stateChanged)
    Q_PROPERTY(int participants READ participants NOTIFY membersChanged)
    // [{name, seen, connected}] of the tablets that joined.
    Q_PROPERTY(QVariantList tablets READ tablets NOTIFY membersChanged)
    Q_PROPERTY(QString tabletsText READ tabletsText NOTIFY membersChanged)

    // Member only.
    // Hubs found on the network: [{title, details, hub, fingerprint (grouped), fingerprintHex}].
    Q_PROPERTY(QVariantList found READ found NOTIFY foundChanged)
    Q_PROPERTY(bool searched READ searched NOTIFY foundChanged)
    // After a join that needs the fingerprint compared: the hub's, in groups of four.
    Q_PROPERTY(QString seenFingerprint READ seenFingerprint NOTIFY errorChanged)
    // The room's pack differs from this tablet's: said in one sentence; else empty.
    Q_PROPERTY(QString packNotice READ packNotice NOTIFY roleChanged)
    Q_PROPERTY(bool hubReachable READ hubReachable NOTIFY reachableChanged)
    Q_PROPERTY(QString connectionText READ connectionText NOTIFY reachableChanged)
    // What this tablet follows: free, activity, pause or results (free when the hub is lost).
    Q_PROPERTY(QString followMode READ followMode NOTIFY stateChanged)

public:
    RoomController(AppContext &context, FlowController &flow, QObject *parent = nullptr);
    ~RoomController() override;

    // Where the hub listens and answers discovery (tests: loopback, any port, no discovery).
    struct HubNetwork {
        QHostAddress address = QHostAddress::Any;
        quint16 port = 8443;           // when taken, any free port
        quint16 discoveryPort = DefaultDiscoveryPort;
        quint16 discoverOnPort = DefaultDiscoveryPort;  // where a member looks for hubs
        QHostAddress discoverAt = QHostAddress::Broadcast;
        int followWaitSeconds = 25;
        int followRetryMaxMs = 30'000;
    };
    void setHubNetwork(const HubNetwork &network) { m_network = network; }

    QString role() const;
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QVariantList activityChoices() const;
    QVariantList phaseChoices() const;
    QVariantList kernChoices() const;
    QString today() const;
    QString title() const;
    QString details() const;
    QString code() const;
    QString joinUrl() const;
    QVariantMap qr() const;
    QString fingerprint() const;
    QString mode() const;
    QString stateText() const;
    bool canGoNext() const;
    int participants() const;
    QVariantList tablets() const;
    QString tabletsText() const;
    QVariantList found() const { return m_found; }
    bool searched() const { return m_searched; }
    QString seenFingerprint() const;
    QString packNotice() const;
    bool hubReachable() const { return m_follower.reachable(); }
    QString connectionText() const;
    QString followMode() const;

    // Makes this tablet the room's hub. `activities`: the ids chosen (empty: all). False with
    // `error` set when it could not start.
    Q_INVOKABLE bool startRoom(const QString &title, const QString &kern, const QString &place, const QString &date, const QString &phase,
                               const QStringList &activities);
    // Ends the room: the hub stops; what it received is kept (DATA_DIR/rooms-ended/).
    Q_INVOKABLE void endRoom();
    Q_INVOKABLE void next();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void showResults();

    // Looks for hubs on the network (about 1.5 s).
    Q_INVOKABLE void discover();
    // Joins with a typed address or a scanned join URL and the code (a join URL carries both).
    // `fingerprint`: the one compared on the hub's screen (or from discovery); empty for a typed
    // address: the hub's fingerprint is then shown to compare (seenFingerprint) and nothing is sent.
    Q_INVOKABLE bool join(const QString &address, const QString &code, const QString &fingerprint = {});
    // After comparing: joins again, trusting the fingerprint that was shown.
    Q_INVOKABLE bool joinTrustingSeen(const QString &address, const QString &code);
    Q_INVOKABLE void leave();
    Q_INVOKABLE void clearError();

    // For tests and the headless hub: the running hub, or null.
    RoomHub *hub() { return m_hub.get(); }
    RoomFollower &follower() { return m_follower; }

signals:
    void roleChanged();
    void busyChanged();
    void errorChanged();
    void choicesChanged();
    void stateChanged();
    void membersChanged();
    void foundChanged();
    void reachableChanged();

private:
    void setError(const QString &error, const QByteArray &seenFingerprint = {});
    void setBusy(bool busy);
    void command(server::RoomControl::Command command);
    void followJoinedRoom();
    void applyRoomActivities();
    void onFollowed();
    QString activityTitle(const QString &id) const;

    AppContext &m_context;
    FlowController &m_flow;
    HubNetwork m_network;
    std::unique_ptr<RoomHub> m_hub;
    RoomFollower m_follower;
    bool m_busy = false;
    QString m_error;
    QByteArray m_seenFingerprint;
    QVariantList m_found;
    bool m_searched = false;
};

} // namespace samenspraak
