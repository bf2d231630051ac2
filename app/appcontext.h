#pragma once
// Everything one running device has: its store, the content pack in use, the language, the
// participant's session, and the background sync. Built in main (or a test or a command) and
// passed to whoever needs it; QML reaches it through its engine's services (services.h).

#include "contentpack.h"
#include "store.h"
#include "syncclient.h"

#include <QObject>

#include <memory>
#include <optional>


namespace samenspraak {

class SessionController;
class ContentService;
class SyncService;
namespace platform { class Reachability; }

// The pack compiled into the app (content/dalfsen-2040.json).
inline QString bundledContentPackPath()
{
    return QStringLiteral(":/content/dalfsen-2040.json");
}

class AppContext : public QObject {
    Q_OBJECT
public:
    // Opens (and migrates) the store and installs the bundled pack if missing.
    struct Created {
        std::unique_ptr<AppContext> context;
        StoreError error;
        QString notice;  // e.g. a damaged database that was moved aside
    };
    [[nodiscard]] static Created create(const QString &dataDir, CorruptionPolicy policy,
                                        const QString &contentPath = bundledContentPackPath());
    ~AppContext() override;

    Store &store() { return *m_store; }
    // The pack in use. Read it through here each time: it changes (packChanged) when a newer
    // pack is adopted, and only between participants.
    const ContentPack &pack() const { return m_pack; }

    // Switches to `pack` (already installed in the store) at a session boundary: at once when
    // no participant is busy, else when the current session ends. Never in the middle of a
    // participant. Returns true when it switched at once.
    bool adoptPack(const ContentPack &pack);
    // The pack waiting for the current session to end, or null.
    const ContentPack *pendingPack() const { return m_pendingPack ? &*m_pendingPack : nullptr; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    SessionController &sessions() { return *m_sessions; }
    ContentService &content() { return *m_content; }
    QString notice() const { return m_notice; }
    // Removes what the pack's retention says may no longer stay on the device (Store::purge);
    // run at start and after each upload. The number removed, or -1 when it failed (logged).
    int purgeExpired();

    // Starts uploading in the background (whenever a server is set and the network is there)
    // and checking for new content; `reachability` is taken over. Once; later calls do nothing.
    SyncService &startSync(platform::Reachability *reachability);
    // What an upload to `server` sends as this device: its id, token and versions.
    sync::SyncConfig syncConfig(const QUrl &server);
    // The running sync service, or null before startSync().
    SyncService *sync() const { return m_sync.get(); }

signals:
    void languageChanged();
    void packChanged();

private:
    AppContext(std::unique_ptr<Store> store, ContentPack pack);
    void applyPendingPack();

    std::unique_ptr<Store> m_store;
    ContentPack m_pack;
    std::optional<ContentPack> m_pendingPack;
    QString m_language = QStringLiteral("nl");
    QString m_notice;
    std::unique_ptr<SessionController> m_sessions;
    std::unique_ptr<ContentService> m_content;
    std::unique_ptr<SyncService> m_sync;  // last: it uses the store and sessions above
};

} // namespace samenspraak
