#pragma once
// "Lees voor": reads the current screen's question and options aloud in the participant's
// language, for residents who read poorly. The text is built here and by the activity models
// (ActivityModel::spokenText), never in QML; the voice is a platform::Speech passed in. Without
// a voice for the language (no engine, headless CI) `available` is false and the button hides.
// Whatever is being read stops when the screen or the language changes.

#include "activitymodel.h"
#include "speech.h"

#include <QObject>
#include <QPointer>

namespace samenspraak {

class AppContext;
class FlowController;

class ReadAloud : public QObject {
    Q_OBJECT
    // A voice for the participant's language: the button is offered.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    // Set by the activity screen on show: its model builds the text, from the first item on
    // the page (lists shown a page at a time) for as many as the page shows (-1: all).
    Q_PROPERTY(samenspraak::ActivityModel *activity READ activity WRITE setActivity NOTIFY shownChanged)
    Q_PROPERTY(int firstShown READ firstShown WRITE setFirstShown NOTIFY shownChanged)
    Q_PROPERTY(int shownCount READ shownCount WRITE setShownCount NOTIFY shownChanged)
    // Why nothing can be read aloud, for the log (technical, English).
    Q_PROPERTY(QString problem READ problem NOTIFY availableChanged)
    // Whether reading aloud works, and if not why, in one plain sentence in the menu's
    // language, for the facilitator menu ("Uit: er is geen Nederlandse stem ...").
    Q_PROPERTY(QString status READ status NOTIFY availableChanged)

public:
    ReadAloud(AppContext &context, FlowController &flow, QObject *parent = nullptr);

    // The engine to read with (not owned; it must outlive this object or be replaced first).
    // Null: nothing can be read aloud.
    void setSpeech(platform::Speech *speech);
    platform::Speech *speech() const { return m_speech; }

    bool available() const;
    bool speaking() const;
    QString problem() const;
    QString status() const;
    ActivityModel *activity() const { return m_activity; }
    void setActivity(ActivityModel *model);
    int firstShown() const { return m_first; }
    void setFirstShown(int first);
    int shownCount() const { return m_count; }
    void setShownCount(int count);

    // What the button reads on the current screen, in the participant's language; empty
    // where there is nothing to read.
    Q_INVOKABLE QString textToRead() const;
    // Reads the screen aloud, or stops when it is being read.
    Q_INVOKABLE void toggle();
    Q_INVOKABLE void stop();

signals:
    void availableChanged();
    void speakingChanged();
    void shownChanged();

private:
    QString welcomeText() const;
    QString privacyText() const;
    QString introText() const;

    AppContext &m_context;
    FlowController &m_flow;
    QPointer<platform::Speech> m_speech;
    QPointer<ActivityModel> m_activity;
    int m_first = 0;
    int m_count = -1;
};

// Joins the parts of a text to be read aloud into sentences: each part ends in a full stop
// (or its own ? ! :), empty parts are left out. The models build their texts with it.
QString spokenSentences(const QStringList &parts);

} // namespace samenspraak
