#pragma once
// Everything one running device has: its store, the content pack in use, the language and
// the controllers the UI calls. Built once in main (or a test) and handed to QML through
// the singletons' create() functions.

#include "contentpack.h"
#include "store.h"

#include <QJSEngine>
#include <QObject>

#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace samenspraak {

class SessionController;
class ContentService;

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

    static AppContext *current() { return s_current; }

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

    // QML singletons hand out objects the context owns; QML must never delete them.
    template <typename T>
    static T *exposeToQml(T *object)
    {
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
        return object;
    }

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
    static inline AppContext *s_current = nullptr;
};

} // namespace samenspraak
