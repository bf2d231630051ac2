#include "readaloud.h"

#include "activitymodel.h"
#include "appcontext.h"
#include "contentservice.h"
#include "flowcontroller.h"
#include "speech.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReadAloud, "samenspraak.readaloud")

namespace samenspraak {

QString spokenSentences(const QStringList &parts)
{
    QStringList sentences;
    for (const QString &part : parts) {
        const QString s = part.trimmed();
        if (s.isEmpty())
            continue;
        const QChar last = s.back();
        const bool closed = last == u'.' || last == u'?' || last == u'!' || last == u':' || last == u'”';
        sentences << (closed ? s : s + u'.');
    }
    return sentences.join(u' ');
}

ReadAloud::ReadAloud(AppContext &context, FlowController &flow, QObject *parent)
    : QObject(parent), m_context(context), m_flow(flow)
{
    // What was being read belongs to the screen and the language it was read on.
    connect(&flow, &FlowController::stepChanged, this, &ReadAloud::stop);
    connect(&context, &AppContext::languageChanged, this, [this] {
        stop();
        emit availableChanged();
    });
    // The status sentence is translated when read: again once the UI's new translator is in
    // place (queued, as SessionController does for its errors).
    connect(&context, &AppContext::languageChanged, this, &ReadAloud::availableChanged, Qt::QueuedConnection);
}

void ReadAloud::setSpeech(platform::Speech *speech)
{
    if (speech == m_speech)
        return;
    if (m_speech) {
        m_speech->stop();
        disconnect(m_speech, nullptr, this, nullptr);
    }
    m_speech = speech;
    if (speech) {
        connect(speech, &platform::Speech::speakingChanged, this, &ReadAloud::speakingChanged);
        connect(speech, &platform::Speech::availabilityChanged, this, &ReadAloud::availableChanged);
        connect(speech, &QObject::destroyed, this, [this] {
            emit availableChanged();
            emit speakingChanged();
        });
        if (!speech->problem().isEmpty())
            qCInfo(lcReadAloud) << "reading aloud is off:" << speech->problem();
    }
    emit availableChanged();
    emit speakingChanged();
}

bool ReadAloud::available() const
{
    return m_speech && m_speech->canSpeak(m_context.language());
}

bool ReadAloud::speaking() const
{
    return m_speech && m_speech->isSpeaking();
}

QString ReadAloud::problem() const
{
    if (!m_speech)
        return QStringLiteral("no speech engine");
    if (!m_speech->problem().isEmpty())
        return m_speech->problem();
    return available() ? QString() : QStringLiteral("no voice for '%1'").arg(m_context.language());
}

QString ReadAloud::status() const
{
    using Trouble = platform::Speech::Trouble;
    switch (m_speech ? m_speech->trouble() : Trouble::NoEngine) {
    case Trouble::Starting:
        //: Facilitator menu, reading aloud: the speech program has not answered yet
        return tr("Nog niet klaar: het spraakprogramma start nog.");
    case Trouble::NoEngine:
        //: Facilitator menu, reading aloud: no speech program installed (speech-dispatcher is its name, keep it)
        return tr("Uit: er is geen spraakprogramma op dit apparaat (speech-dispatcher).");
    case Trouble::EngineError:
        //: Facilitator menu, reading aloud: the speech program gave an error
        return tr("Uit: het spraakprogramma geeft een fout. Start het apparaat opnieuw.");
    case Trouble::Stuck:
        //: Facilitator menu, reading aloud: switched off after a reading that never ended
        return tr("Uit: het voorlezen stopte niet vanzelf. Misschien werkt het geluid niet. Start de app opnieuw.");
    case Trouble::NoVoice:
    case Trouble::None:
        break;
    }
    const bool dutch = m_speech->canSpeak(QStringLiteral("nl"));
    const bool english = m_speech->canSpeak(QStringLiteral("en"));
    if (dutch && english)
        //: Facilitator menu, reading aloud: works in both languages
        return tr("Aan, in het Nederlands en het Engels.");
    if (dutch)
        //: Facilitator menu, reading aloud: works in Dutch only
        return tr("Aan in het Nederlands. Niet in het Engels: er is geen Engelse stem (espeak-ng).");
    if (english)
        //: Facilitator menu, reading aloud: works in English only
        return tr("Aan in het Engels. Niet in het Nederlands: er is geen Nederlandse stem (espeak-ng).");
    //: Facilitator menu, reading aloud: no Dutch and no English voice installed (espeak-ng is its name, keep it)
    return tr("Uit: er is geen Nederlandse en geen Engelse stem op dit apparaat (espeak-ng).");
}

void ReadAloud::setActivity(ActivityModel *model)
{
    if (model == m_activity)
        return;
    m_activity = model;
    emit shownChanged();
}

void ReadAloud::setFirstShown(int first)
{
    if (first == m_first)
        return;
    m_first = first;
    emit shownChanged();
}

void ReadAloud::setShownCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    emit shownChanged();
}

QString ReadAloud::textToRead() const
{
    const QString screen = m_flow.screen();
    if (screen == QLatin1String("welcome"))
        return welcomeText();
    if (screen == QLatin1String("privacy"))
        return privacyText();
    if (screen == QLatin1String("intro"))
        return introText();
    // An activity: its own model, once the screen showing it has said so.
    if (!m_flow.activityId().isEmpty() && m_activity && m_activity->activityId() == m_flow.activityId())
        return m_activity->spokenText(m_first, m_count);
    return {};
}

void ReadAloud::toggle()
{
    if (speaking()) {
        stop();
        return;
    }
    if (!available())
        return;
    const QString text = textToRead();
    if (!text.isEmpty())
        m_speech->say(text, m_context.language());
}

void ReadAloud::stop()
{
    if (m_speech && m_speech->isSpeaking())
        m_speech->stop();
}

QString ReadAloud::welcomeText() const
{
    //: Read aloud on the welcome screen (the same words as on screen)
    return spokenSentences({tr("Welkom!"), tr("Kies eerst je taal en hoe groot je de letters wilt. Daarna beginnen de vragen.")});
}

QString ReadAloud::privacyText() const
{
    const QVariantMap p = m_context.content().privacy();
    //: Read aloud on the privacy notice (the same words as on screen)
    QStringList parts{tr("Voordat je begint"), tr("Je doet anoniem mee. We vragen niet je naam. Schrijf ook geen namen op.")};
    //: Read aloud on the privacy notice: who collects the answers, %1 the organisation
    parts << tr("Wie vraagt dit? %1").arg(p.value(QStringLiteral("controller")).toString());
    //: Read aloud on the privacy notice: what the answers are for, %1 the purpose
    parts << tr("Waarvoor? %1").arg(p.value(QStringLiteral("purpose")).toString());
    //: Read aloud on the privacy notice: how long the answers are kept, %1 the period
    parts << tr("Hoe lang bewaren we het? %1").arg(p.value(QStringLiteral("retention")).toString());
    //: Read aloud on the privacy notice: where to ask questions, %1 the contact
    parts << tr("Vragen? %1").arg(p.value(QStringLiteral("contact")).toString());
    return spokenSentences(parts);
}

QString ReadAloud::introText() const
{
    const QVariantMap phase = m_context.content().phase(m_flow.phaseId());
    if (phase.isEmpty())
        return {};
    //: Read aloud on a phase's introduction: %1 its number, %2 how many phases
    return spokenSentences({tr("Fase %1 van %2").arg(phase.value(QStringLiteral("number")).toInt()).arg(m_context.content().phaseCount()),
                            phase.value(QStringLiteral("title")).toString(), phase.value(QStringLiteral("question")).toString(),
                            //: Read aloud on a phase's introduction, before what happens with the answers
                            tr("Wat gebeurt er met je antwoorden?"), phase.value(QStringLiteral("whatHappens")).toString()});
}

} // namespace samenspraak
