#include "contentservice.h"

#include "appcontext.h"

#include <QVariantList>

namespace samenspraak {

ContentService::ContentService(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    connect(&context, &AppContext::languageChanged, this, &ContentService::languageChanged);
}

ContentService *ContentService::create(QQmlEngine *, QJSEngine *)
{
    return AppContext::exposeToQml(&AppContext::current()->content());
}

QString ContentService::tr(const Text &text) const { return text.in(m_context.language()); }
QString ContentService::language() const { return m_context.language(); }
void ContentService::setLanguage(const QString &language) { m_context.setLanguage(language); }
QString ContentService::version() const { return m_context.pack().version; }
QString ContentService::title() const { return tr(m_context.pack().title); }
QString ContentService::municipality() const { return tr(m_context.pack().municipality); }
QString ContentService::invitation() const { return tr(m_context.pack().invitation); }

QStringList ContentService::attractQuestions() const
{
    QStringList out;
    for (const Text &t : m_context.pack().attractQuestions)
        out << tr(t);
    return out;
}

QStringList ContentService::flow() const
{
    QStringList out;
    for (const Activity *a : m_context.pack().flow())
        out << a->id;
    return out;
}

int ContentService::participantCount() const
{
    return m_context.store().participantCount();
}

QVariantMap ContentService::activity(const QString &activityId) const
{
    const Activity *a = m_context.pack().activity(activityId);
    if (!a)
        return {};
    return {{QStringLiteral("id"), a->id},
            {QStringLiteral("kind"), a->kind},
            {QStringLiteral("title"), tr(a->title)},
            {QStringLiteral("prompt"), tr(a->prompt)},
            {QStringLiteral("maxPicks"), a->maxPicks}};
}

QVariantMap ContentService::phaseOf(const QString &activityId) const
{
    const Activity *a = m_context.pack().activity(activityId);
    const Phase *p = a ? m_context.pack().phase(a->phase) : nullptr;
    if (!p)
        return {};
    return {{QStringLiteral("number"), p->number},
            {QStringLiteral("title"), tr(p->title)},
            {QStringLiteral("question"), tr(p->question)},
            {QStringLiteral("horizon"), p->horizon},
            {QStringLiteral("whatHappens"), tr(p->whatHappens)},
            {QStringLiteral("whoDecides"), tr(p->whoDecides)}};
}

} // namespace samenspraak
