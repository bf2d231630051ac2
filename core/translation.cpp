#include "translation.h"

#include <QHash>
#include <QTranslator>

#include <memory>

namespace samenspraak::i18n {

namespace {

// Loaded once, read-only afterwards (QTranslator::translate is const), so any thread may look up.
const QTranslator *translatorFor(const QString &language)
{
    static const QHash<QString, std::shared_ptr<QTranslator>> loaded = [] {
        QHash<QString, std::shared_ptr<QTranslator>> out;
        for (const QString &l : {QStringLiteral("nl"), QStringLiteral("en")}) {
            auto translator = std::make_shared<QTranslator>();
            if (translator->load(QStringLiteral(":/i18n/samenspraak_%1.qm").arg(l)))
                out.insert(l, translator);
        }
        return out;
    }();
    const auto it = loaded.constFind(language);
    return it == loaded.constEnd() ? nullptr : it->get();
}

} // namespace

QString translate(const QString &language, const char *context, const char *source, const char *disambiguation, int n)
{
    QString text;
    if (const QTranslator *translator = translatorFor(language))
        text = translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace samenspraak::i18n
