#include "contentservice.h"

#include "appcontext.h"
#include "qrmodel.h"

#include <QDate>
#include <QLocale>
#include <QVariantList>

namespace samenspraak {

ContentService::ContentService(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    connect(&context, &AppContext::languageChanged, this, &ContentService::languageChanged);
    connect(&context, &AppContext::languageChanged, this, &ContentService::textsChanged);
    connect(&context, &AppContext::packChanged, this, &ContentService::packChanged);
    connect(&context, &AppContext::packChanged, this, &ContentService::textsChanged);
}

QString ContentService::tr(const Text &text) const { return text.in(m_context.language()); }
QString ContentService::language() const { return m_context.language(); }
void ContentService::setLanguage(const QString &language) { m_context.setLanguage(language); }
QString ContentService::version() const { return m_context.pack().version; }
QString ContentService::title() const { return tr(m_context.pack().title); }
QString ContentService::municipality() const { return tr(m_context.pack().municipality); }
QString ContentService::invitation() const { return tr(m_context.pack().invitation); }

QVariantMap ContentService::privacy() const
{
    const PrivacyNotice &p = m_context.pack().privacy;
    if (p.isEmpty())
        return {};
    return {{QStringLiteral("controller"), tr(p.controller)},
            {QStringLiteral("purpose"), tr(p.purpose)},
            {QStringLiteral("retention"), tr(p.retention)},
            {QStringLiteral("contact"), tr(p.contact)},
            {QStringLiteral("url"), p.url}};
}

QVariantMap ContentService::afterwards() const
{
    const Afterwards &a = m_context.pack().afterwards;
    if (a.isEmpty())
        return {};
    QVariantMap out = qrModel(a.url);
    out.insert(QStringLiteral("text"), tr(a.text));
    out.insert(QStringLiteral("url"), a.url);
    return out;
}

QVariantMap ContentService::followUp() const
{
    const FollowUp &f = m_context.pack().followUp;
    if (f.isEmpty())
        return {};
    QVariantList items;
    for (const FollowUpItem &i : f.items) {
        const Phase *phase = m_context.pack().phase(i.phase);
        items << QVariantMap{{QStringLiteral("id"), i.id},
                             {QStringLiteral("phase"), phase ? tr(phase->title) : QString()},
                             {QStringLiteral("phaseNumber"), phase ? phase->number : 0},
                             {QStringLiteral("heard"), tr(i.heard)},
                             {QStringLiteral("response"), tr(i.response)},
                             {QStringLiteral("status"), i.status}};
    }
    const QLocale locale(m_context.language() == QLatin1String("en") ? QLocale::English : QLocale::Dutch);
    return {{QStringLiteral("intro"), tr(f.intro)},
            {QStringLiteral("updated"), locale.toString(QDate::fromString(f.updated, Qt::ISODate), QStringLiteral("d MMMM yyyy"))},
            {QStringLiteral("url"), f.url},
            {QStringLiteral("items"), items}};
}

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
            {QStringLiteral("phase"), a->phase},
            {QStringLiteral("title"), tr(a->title)},
            {QStringLiteral("prompt"), tr(a->prompt)},
            {QStringLiteral("maxPicks"), a->maxPicks},
            {QStringLiteral("rank"), a->rank},
            {QStringLiteral("allowOwn"), a->allowOwn},
            {QStringLiteral("maxLength"), a->maxLength},
            {QStringLiteral("dots"), a->dots},
            {QStringLiteral("points"), a->points},
            {QStringLiteral("left"), tr(a->left)},
            {QStringLiteral("right"), tr(a->right)},
            {QStringLiteral("steps"), a->steps},
            {QStringLiteral("remarkPrompt"), tr(a->remarkPrompt)}};
}

QVariantMap ContentService::phaseMap(const Phase &p) const
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("status"), p.status},
            {QStringLiteral("title"), tr(p.title)},
            {QStringLiteral("question"), tr(p.question)},
            {QStringLiteral("horizon"), p.horizon},
            {QStringLiteral("product"), tr(p.product)},
            {QStringLiteral("whoTakesPart"), tr(p.whoTakesPart)},
            {QStringLiteral("whoDecides"), tr(p.whoDecides)},
            {QStringLiteral("ladder"), p.ladder},
            {QStringLiteral("whatHappens"), tr(p.whatHappens)},
            {QStringLiteral("result"), tr(p.result)}};
}

QVariantMap ContentService::phaseOf(const QString &activityId) const
{
    const Activity *a = m_context.pack().activity(activityId);
    const Phase *p = a ? m_context.pack().phase(a->phase) : nullptr;
    return p ? phaseMap(*p) : QVariantMap();
}

QVariantMap ContentService::phase(const QString &phaseId) const
{
    const Phase *p = m_context.pack().phase(phaseId);
    return p ? phaseMap(*p) : QVariantMap();
}

QVariantList ContentService::phases() const
{
    QVariantList out;
    for (const Phase &p : m_context.pack().phases)
        out << phaseMap(p);
    return out;
}

int ContentService::phaseCount() const
{
    return int(m_context.pack().phases.size());
}

} // namespace samenspraak
