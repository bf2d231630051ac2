#include "speech.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QThread>
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

void RecordingSpeech::setTrouble(Trouble trouble, const QString &problem)
{
    m_trouble = trouble;
    m_problem = problem;
    setSpeaking(false);
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

// Qt TextToSpeech with the system's default engine (speech-dispatcher on Debian), in a thread
// of its own: connecting to a speech-dispatcher that is stuck (its sound device never opened)
// blocks for good, and the kiosk must not freeze. Until the engine has answered, and if it
// never does, nothing can be spoken.
class SpeechWorker : public QObject {
    Q_OBJECT
public:
    explicit SpeechWorker(QString engineName) : m_engineName(std::move(engineName)) {}

public slots:
    void start()
    {
        m_engine = new QTextToSpeech(m_engineName, this);
        // A little slower than the engine's default: easier to follow for older residents.
        m_engine->setRate(-0.2);
        QHash<QString, QLocale> locales;
        for (const QLocale &locale : m_engine->availableLocales()) {
            const QString code = languageCode(locale);
            if (!locales.contains(code))
                locales.insert(code, locale);
        }
        QString problem;
        Speech::Trouble trouble = Speech::Trouble::None;
        if (m_engine->state() == QTextToSpeech::Error) {
            problem = QStringLiteral("speech engine '%1': %2").arg(m_engineName, m_engine->errorString());
            trouble = Speech::Trouble::EngineError;
        } else if (!locales.contains(QStringLiteral("nl")) && !locales.contains(QStringLiteral("en"))) {
            problem = QStringLiteral("speech engine '%1' has no Dutch or English voice").arg(m_engineName);
            trouble = Speech::Trouble::NoVoice;
        }
        connect(m_engine, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            emit stateChanged(state == QTextToSpeech::Speaking, state == QTextToSpeech::Error ? m_engine->errorString() : QString());
        });
        emit ready(locales, problem, int(trouble));
    }
    void say(const QString &text, const QLocale &locale)
    {
        if (!m_engine)
            return;
        // Only when something is being read: speech-dispatcher cancels asynchronously, and a
        // cancel sent just before would end the new reading too.
        if (m_engine->state() == QTextToSpeech::Speaking)
            m_engine->stop();
        if (m_engine->locale().language() != locale.language())
            m_engine->setLocale(locale);
        m_engine->say(text);
    }
    void stop()
    {
        if (m_engine)
            m_engine->stop();
    }

signals:
    void ready(const QHash<QString, QLocale> &locales, const QString &problem, int trouble);
    void stateChanged(bool speaking, const QString &error);

private:
    QString m_engineName;
    QTextToSpeech *m_engine = nullptr;
};

// A sound device that cannot be opened makes some engines "speak" for ever: a watchdog ends
// a reading that runs far past its length and then offers no more speech, rather than hang.
class SystemSpeech : public Speech {
public:
    SystemSpeech(const QString &engineName, QObject *parent)
        : Speech(parent), m_worker(new SpeechWorker(engineName)), m_problem(QStringLiteral("the speech engine has not answered yet")),
          m_trouble(Trouble::Starting)
    {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("speech"));
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_thread, &QThread::started, m_worker, &SpeechWorker::start);
        connect(m_worker, &SpeechWorker::ready, this, [this](const QHash<QString, QLocale> &locales, const QString &problem, int trouble) {
            m_locales = locales;
            m_problem = problem;
            m_trouble = Trouble(trouble);
            if (!problem.isEmpty())
                qCInfo(lcSpeech) << "reading aloud is off:" << problem;
            emit availabilityChanged();
        });
        connect(m_worker, &SpeechWorker::stateChanged, this, [this](bool speaking, const QString &error) {
            if (!error.isEmpty())
                fail(Trouble::EngineError, QStringLiteral("speech engine error: %1").arg(error));
            setSpeaking(speaking);
        });
        m_watchdog.setSingleShot(true);
        connect(&m_watchdog, &QTimer::timeout, this, [this] { fail(Trouble::Stuck, QStringLiteral("speech did not end (no sound device?)")); });
        m_thread->start();
    }
    ~SystemSpeech() override
    {
        m_thread->quit();
        // A thread stuck in the engine is left to the end of the process: waiting for it
        // would hang the app as it quits.
        if (!m_thread->wait(1000))
            qCWarning(lcSpeech) << "the speech engine does not answer; leaving it behind";
        else
            delete m_thread;
    }

    bool canSpeak(const QString &language) const override { return m_problem.isEmpty() && m_locales.contains(language); }
    void say(const QString &text, const QString &language) override
    {
        if (!canSpeak(language))
            return;
        QMetaObject::invokeMethod(m_worker, "say", Qt::QueuedConnection, Q_ARG(QString, text),
                                  Q_ARG(QLocale, m_locales.value(language)));
        // About 12 characters a second at this rate; twice that, and ten seconds more, is surely too long.
        m_watchdog.start(10'000 + int(text.size()) * 1000 / 6);
    }
    void stop() override
    {
        m_watchdog.stop();
        QMetaObject::invokeMethod(m_worker, "stop", Qt::QueuedConnection);
        setSpeaking(false);
    }
    bool isSpeaking() const override { return m_speaking; }
    QString problem() const override { return m_problem; }
    Trouble trouble() const override { return m_trouble; }

private:
    void setSpeaking(bool speaking)
    {
        if (!speaking)
            m_watchdog.stop();
        if (speaking != m_speaking)
            emit speakingChanged(m_speaking = speaking);
    }
    void fail(Trouble trouble, const QString &problem)
    {
        qCWarning(lcSpeech) << "reading aloud switched off:" << problem;
        m_problem = problem;
        m_trouble = trouble;
        m_watchdog.stop();
        QMetaObject::invokeMethod(m_worker, "stop", Qt::QueuedConnection);
        setSpeaking(false);
        emit availabilityChanged();
    }

    SpeechWorker *m_worker;
    QThread *m_thread;
    QHash<QString, QLocale> m_locales;
    QString m_problem;
    Trouble m_trouble;
    QTimer m_watchdog;
    bool m_speaking = false;
};

// No engine at all: nothing can be read aloud, and problem() says why.
class NoSpeech : public RecordingSpeech {
public:
    NoSpeech(const QString &problem, QObject *parent) : RecordingSpeech({}, parent) { setTrouble(Trouble::NoEngine, problem); }
};

} // namespace

Speech *createSystemSpeech(QObject *parent)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        qCInfo(lcSpeech) << "no speech engine installed: reading aloud is off";
        return new NoSpeech(QStringLiteral("no speech engine installed (qt6-speech-speechd-plugin)"), parent);
    }
    return new SystemSpeech(engines.constFirst(), parent);
}

} // namespace samenspraak::platform

#include "speech.moc"
