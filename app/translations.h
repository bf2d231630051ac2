#pragma once
// The Qt translator kept in step with the content language, for one QML engine (the app's
// window, and a QML test that checks the English screens).

#include "appcontext.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QObject>
#include <QQmlEngine>
#include <QTranslator>

namespace samenspraak {

// Keeps the Qt translator in step with the content language. Dutch is the source language;
// its .qm only adds the plural forms ("1 seconde", "2 seconden").
class Translations : public QObject {
public:
    Translations(AppContext &context, QQmlEngine &engine) : m_context(context), m_engine(engine)
    {
        connect(&context, &AppContext::languageChanged, this, &Translations::apply);
        apply();
    }
    ~Translations() override { QCoreApplication::removeTranslator(&m_translator); }
    void apply()
    {
        QCoreApplication::removeTranslator(&m_translator);
        if (m_translator.load(QStringLiteral(":/i18n/samenspraak_%1.qm").arg(m_context.language())))
            QCoreApplication::installTranslator(&m_translator);
        else
            qWarning() << "no translations for" << m_context.language();
        m_engine.retranslate();
    }

private:
    AppContext &m_context;
    QQmlEngine &m_engine;
    QTranslator m_translator;
};

} // namespace samenspraak
