#pragma once
// Reading text aloud, for residents who read poorly. Behind a small interface: the kiosk uses
// the system's speech engine (Qt TextToSpeech over speech-dispatcher and espeak-ng on Debian);
// tests, the self-test and the screenshots use RecordingSpeech, which only records.

#include <QList>
#include <QObject>
#include <QStringList>

namespace samenspraak::platform {

class Speech : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Why nothing can be read aloud, as the facilitator menu says it in words (problem() has
    // the technical detail): still starting, no engine installed (speech-dispatcher), an
    // engine that fails, no Dutch or English voice, or switched off after a reading that never
    // ended (no sound device).
    enum class Trouble { None, Starting, NoEngine, EngineError, NoVoice, Stuck };
    virtual Trouble trouble() const { return Trouble::None; }
    // Whether text in `language` ("nl", "en") can be read aloud: an engine that works and has
    // a voice for that language.
    virtual bool canSpeak(const QString &language) const = 0;
    // Reads `text` aloud in `language`, ending whatever was being read.
    virtual void say(const QString &text, const QString &language) = 0;
    virtual void stop() = 0;
    virtual bool isSpeaking() const = 0;
    // Why nothing can be read aloud, for the log and the facilitator menu (English, technical);
    // empty while the engine works.
    virtual QString problem() const { return {}; }

signals:
    void speakingChanged(bool speaking);
    // The languages that can be spoken changed (voices found, or the engine failed).
    void availabilityChanged();
};

// Records what it is asked to say and "speaks" until stop() or finish(). It has voices for the
// languages it is given: none means a device without speech (headless CI).
class RecordingSpeech : public Speech {
    Q_OBJECT
public:
    struct Utterance {
        QString text;
        QString language;
    };

    explicit RecordingSpeech(const QStringList &languages = {}, QObject *parent = nullptr)
        : Speech(parent), m_languages(languages)
    {
    }
    bool canSpeak(const QString &language) const override
    {
        return m_trouble == Trouble::None && m_languages.contains(language);
    }
    void say(const QString &text, const QString &language) override;
    void stop() override { setSpeaking(false); }
    bool isSpeaking() const override { return m_speaking; }
    QString problem() const override
    {
        if (m_trouble != Trouble::None)
            return m_problem;
        return m_languages.isEmpty() ? QStringLiteral("no voices (recording speech)") : QString();
    }
    Trouble trouble() const override
    {
        if (m_trouble != Trouble::None)
            return m_trouble;
        return m_languages.isEmpty() ? Trouble::NoVoice : Trouble::None;
    }
    // Acts as an engine in trouble (it then speaks no language), for tests; None ends it.
    void setTrouble(Trouble trouble, const QString &problem);

    // The reading came to its end by itself.
    void finish() { setSpeaking(false); }
    void setLanguages(const QStringList &languages);
    const QList<Utterance> &said() const { return m_said; }
    void clearSaid() { m_said.clear(); }

private:
    void setSpeaking(bool speaking);

    QStringList m_languages;
    QList<Utterance> m_said;
    bool m_speaking = false;
    Trouble m_trouble = Trouble::None;
    QString m_problem;
};

// The system's speech engine (Qt TextToSpeech's default, in a thread of its own), else a
// speech that can speak nothing; problem() says why. Returns at once: the engine's voices
// arrive later (availabilityChanged), or never where the engine does not answer.
Speech *createSystemSpeech(QObject *parent);

} // namespace samenspraak::platform
