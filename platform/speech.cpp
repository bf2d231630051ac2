#include "speech.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSpeech, "samenspraak.speech")

namespace samenspraak::platform {

void RecordingSpeech::say(const QString &text, const QString &language)
{
    m_said.append({text, language});
    setSpeaking(true);
}

void RecordingSpeech::setLanguages(const QStringList &languages)
{
    if (languages == m_languages)
        return;
    m_languages = languages;
    emit availabilityChanged();
}

void RecordingSpeech::setSpeaking(bool speaking)
{
    if (speaking != m_speaking)
        emit speakingChanged(m_speaking = speaking);
}

namespace {

// The language a locale speaks, as the app names it ("nl", "en").
QString languageCode(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
}

// Qt TextToSpeech with the system's default engine (speech-dispatcher on Debian). A sound
// device that cannot be opened makes some engines "speak" for ever: a watchdog ends a
// reading that runs far past its length and then offers no more speech, rather than hang.
class SystemSpeech : public Speech {
public:
    SystemSpeech(QTextToSpeech *engine, QObject *parent) : Speech(parent), m_engine(engine)
    {
        engine->setParent(this);
        // A little slower than the engine's default: easier to follow for older residents.
        engine->setRate(-0.2);
        for (const QLocale &locale : engine->availableLocales()) {
            const QString code = languageCode(locale);
            if (!m_locales.contains(code))
                m_locales.insert(code, locale);
        }
        if (engine->state() == QTextToSpeech::Error)
            m_problem = QStringLiteral("speech engine '%1': %2").arg(engine->engine(), engine->errorString());
        else if (!m_locales.contains(QStringLiteral("nl")) && !m_locales.contains(QStringLiteral("en")))
            m_problem = QStringLiteral("speech engine '%1' has no Dutch or English voice").arg(engine->engine());
        connect(engine, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Error)
                fail(QStringLiteral("speech engine error: %1").arg(m_engine->errorString()));
            setSpeaking(state == QTextToSpeech::Speaking);
        });
        m_watchdog.setSingleShot(true);
        connect(&m_watchdog, &QTimer::timeout, this, [this] {
            fail(QStringLiteral("speech did not end (no sound device?)"));
        });
    }

    bool canSpeak(const QString &language) const override { return m_problem.isEmpty() && m_locales.contains(language); }
    void say(const QString &text, const QString &language) override
    {
        if (!canSpeak(language))
            return;
        m_engine->stop();
        if (m_engine->locale().language() != m_locales.value(language).language())
            m_engine->setLocale(m_locales.value(language));
        m_engine->say(text);
        // About 12 characters a second at this rate; twice that, and ten seconds more, is surely too long.
        m_watchdog.start(10'000 + int(text.size()) * 1000 / 6);
    }
    void stop() override
    {
        m_watchdog.stop();
        m_engine->stop();
        setSpeaking(false);
    }
    bool isSpeaking() const override { return m_speaking; }
    QString problem() const override { return m_problem; }

private:
    void setSpeaking(bool speaking)
    {
        if (!speaking)
            m_watchdog.stop();
        if (speaking != m_speaking)
            emit speakingChanged(m_speaking = speaking);
    }
    void fail(const QString &problem)
    {
        qCWarning(lcSpeech) << "reading aloud switched off:" << problem;
        m_problem = problem;
        m_watchdog.stop();
        m_engine->stop();
        setSpeaking(false);
        emit availabilityChanged();
    }

    QTextToSpeech *m_engine;
    QHash<QString, QLocale> m_locales;
    QString m_problem;
    QTimer m_watchdog;
    bool m_speaking = false;
};

// No engine at all: nothing can be read aloud, and problem() says why.
class NoSpeech : public RecordingSpeech {
public:
    NoSpeech(QString problem, QObject *parent) : RecordingSpeech({}, parent), m_problem(std::move(problem)) {}
    QString problem() const override { return m_problem; }

private:
    QString m_problem;
};

} // namespace

Speech *createSystemSpeech(QObject *parent)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        qCInfo(lcSpeech) << "no speech engine installed: reading aloud is off";
        return new NoSpeech(QStringLiteral("no speech engine installed (qt6-speech-speechd-plugin)"), parent);
    }
    auto *speech = new SystemSpeech(new QTextToSpeech(engines.constFirst()), parent);
    if (!speech->problem().isEmpty())
        qCInfo(lcSpeech) << "reading aloud is off:" << speech->problem();
    return speech;
}

} // namespace samenspraak::platform
