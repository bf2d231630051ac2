#include "appcontext.h"

#include "contentservice.h"
#include "reachability.h"
#include "sessioncontroller.h"
#include "syncservice.h"

#include <QDateTime>

Q_LOGGING_CATEGORY(lcContext, "samenspraak.context")

namespace samenspraak {

AppContext::AppContext(std::unique_ptr<Store> store, ContentPack pack)
    : m_store(std::move(store)), m_pack(std::move(pack)), m_sessions(std::make_unique<SessionController>(*this)),
      m_content(std::make_unique<ContentService>(*this))
{
    // The session boundary: a pack that arrived during a participant's visit applies now.
    connect(m_sessions.get(), &SessionController::activeChanged, this, [this] {
        if (!m_sessions->active())
            applyPendingPack();
    });
}

bool AppContext::adoptPack(const ContentPack &pack)
{
    if (pack.version == m_pack.version && pack.sha256 == m_pack.sha256) {
        m_pendingPack.reset();  // back to what is in use: nothing to switch
        return false;
    }
    m_pendingPack = pack;
    if (m_sessions->active()) {
        qCInfo(lcContext) << "content" << pack.version << "waits for the current session to end";
        return false;
    }
    applyPendingPack();
    return true;
}

void AppContext::applyPendingPack()
{
    if (!m_pendingPack)
        return;
    m_pack = std::move(*m_pendingPack);
    m_pendingPack.reset();
    if (StoreError e = m_store->setSetting(QStringLiteral("content_version"), m_pack.version))
        qCWarning(lcContext) << "could not remember content version" << m_pack.version << ":" << e.message;
    // Older versions stay as long as a session or contribution refers to them.
    m_store->pruneContent(m_pack.version);
    qCInfo(lcContext) << "now using content" << m_pack.id << m_pack.version;
    emit packChanged();
}

AppContext::~AppContext()
{
    m_sync.reset();  // it may still hold a reply that refers to the store
}

sync::SyncConfig AppContext::syncConfig(const QUrl &server)
{
    return {server, m_store->deviceId(), m_store->deviceToken(), QStringLiteral(SAMENSPRAAK_VERSION),
            m_pack.version};
}

SyncService &AppContext::startSync(platform::Reachability *reachability)
{
    if (!m_sync) {
        if (reachability)
            reachability->setParent(this);
        m_sync = std::make_unique<SyncService>(*this, reachability);
    } else {
        delete reachability;
    }
    return *m_sync;
}

AppContext::Created AppContext::create(const QString &dataDir, CorruptionPolicy policy, const QString &contentPath)
{
    Created result;
    Store::Opened opened = Store::open(dataDir, policy);
    if (opened.error) {
        result.error = opened.error;
        return result;
    }
    if (!opened.movedAsideTo.isEmpty())
        result.notice = QStringLiteral("The database was damaged and has been moved aside to %1; a fresh one was started. "
                                       "Give that file to the municipality's support.").arg(opened.movedAsideTo);

    // A pack the server published and this device installed wins over the bundled one.
    ParsedPack parsed;
    const QString currentVersion = opened.store->setting(QStringLiteral("content_version"));
    if (!currentVersion.isEmpty())
        parsed = parseContentPack(opened.store->contentJson(currentVersion));
    if (!parsed.pack)
        parsed = loadContentPack(contentPath);
    if (!parsed.pack) {
        const ContentProblem first = parsed.problems.value(0);
        result.error = {StoreError::Invalid, QStringLiteral("The content pack %1 is not valid: %2: %3 (run `samenspraak content "
                                                            "check %1` for every problem).").arg(contentPath, first.path, first.message)};
        return result;
    }
    if (StoreError e = opened.store->installContent(*parsed.pack)) {
        result.error = e;
        return result;
    }
    result.context.reset(new AppContext(std::move(opened.store), *parsed.pack));
    result.context->m_notice = result.notice;
    result.context->purgeExpired();  // a full disk or a busy reader: next time
    return result;
}

int AppContext::purgeExpired()
{
    int purged = 0;
    if (StoreError e = m_store->purge(m_pack.privacy.deviceRetentionDays, QDateTime::currentDateTimeUtc(), &purged)) {
        qCWarning(lcStore) << "removing answers past their retention failed:" << e.message;
        return -1;
    }
    return purged;
}

void AppContext::setLanguage(const QString &language)
{
    const QString normalized = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    if (normalized == m_language)
        return;
    m_language = normalized;
    emit languageChanged();
}

} // namespace samenspraak
