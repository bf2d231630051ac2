#include "appcontext.h"

#include "contentservice.h"
#include "sessioncontroller.h"

namespace samenspraak {

AppContext::AppContext(std::unique_ptr<Store> store, ContentPack pack)
    : m_store(std::move(store)), m_pack(std::move(pack)), m_sessions(std::make_unique<SessionController>(*this)),
      m_content(std::make_unique<ContentService>(*this))
{
    s_current = this;
}

AppContext::~AppContext()
{
    if (s_current == this)
        s_current = nullptr;
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
    return result;
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
