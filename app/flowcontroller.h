#pragma once
// The participant's way through the kiosk, as a list of steps made from the content pack:
//   attract -> welcome (language, text size) -> privacy notice (when the pack has one) -> per open phase: its intro (the question and
//   what happens with the input) and its activities -> the optional profile -> satisfaction
//   -> thank-you -> attract.
// QML shows the screen of the current step and calls next()/back(); nothing about the
// order lives in QML. reset() forgets the participant completely.

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantList>


namespace samenspraak {

class AppContext;

class FlowController : public QObject {
    Q_OBJECT
    // attract, welcome, privacy, intro, thanks, or the activity kind (values, ideas, dots, ...);
    // "followup" while the attract screen's "what was done with your input" page is open.
    Q_PROPERTY(QString screen READ screen NOTIFY stepChanged)
    Q_PROPERTY(QString activityId READ activityId NOTIFY stepChanged)
    Q_PROPERTY(QString phaseId READ phaseId NOTIFY stepChanged)
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY stepChanged)
    // "Question 3 of 9": the activity's number (1-based; 0 on other screens) and the total.
    Q_PROPERTY(int activityNumber READ activityNumber NOTIFY stepChanged)
    Q_PROPERTY(int activityCount READ activityCount NOTIFY stepChanged)
    // The one progress scheme along the top: "Deel 2 van 3 · vraag 1 van 4". A part is an
    // open phase, or the closing questions (profile, satisfaction); the question is counted
    // within its part. Empty outside the questions; an intro says only its part.
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressTextChanged)
    // Between the welcome and the thank-you screen.
    Q_PROPERTY(bool inSession READ inSession NOTIFY stepChanged)
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QVariantList textScales READ textScales CONSTANT)
    // Whether the on-screen keyboard is in use (QT_IM_MODULE=qtvirtualkeyboard).
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard CONSTANT)
    // Every screen name the flow can show.
    Q_PROPERTY(QStringList screens READ screens NOTIFY stepChanged)
    // "Do you want to stop?" is on screen.
    Q_PROPERTY(bool stopAsked READ stopAsked NOTIFY stopAskedChanged)

public:
    struct Step {
        QString screen;
        QString activityId;
        QString phaseId;
        bool closing = false;  // the session-level profile and satisfaction
    };

    explicit FlowController(AppContext &context, QObject *parent = nullptr);

    QString screen() const { return m_aside.isEmpty() ? current().screen : m_aside; }
    QString activityId() const { return current().activityId; }
    QString phaseId() const { return current().phaseId; }
    int step() const { return m_step; }
    int stepCount() const { return int(m_steps.size()); }
    int activityNumber() const;
    int activityCount() const;
    QString progressText() const;
    bool inSession() const;
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    QVariantList textScales() const { return {1.0, 1.5, 2.0}; }
    bool virtualKeyboard() const;
    QStringList screens() const;
    const QList<Step> &steps() const { return m_steps; }
    bool stopAsked() const { return m_stopAsked; }

    // The attract screen was tapped (also from the follow-up page: "take part yourself").
    Q_INVOKABLE void start();
    // From the attract screen: the page of what the municipality did with the input (when the
    // pack has one). No session starts; back(), start() or the idle guard leave it.
    Q_INVOKABLE void showFollowUp();
    // On to the next step (after the screen saved its answer, or skipped it).
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    // The participant wants to stop: askStop() shows the question, cancelStop() goes on,
    // stop() thanks them when something was saved, else starts over.
    Q_INVOKABLE void askStop();
    Q_INVOKABLE void cancelStop();
    Q_INVOKABLE void stop();
    // Ends the session and forgets everything of it: answers in memory, language, text
    // size; back to the attract screen in the default language.
    Q_INVOKABLE void reset();

    // Jumps to the first step showing `screen` (and `id`: its activity or phase, if given).
    bool jumpTo(const QString &screen, const QString &id = {});
    // A room's chosen activities (RoomController): only these, of the open phases, are asked;
    // empty: all of them. The steps are built again, between participants.
    void setRoomActivities(const QStringList &activityIds);
    // The language every session starts in.
    QString defaultLanguage() const;

signals:
    void stepChanged();
    void textScaleChanged();
    void stopAskedChanged();
    void progressTextChanged();
    // After reset(): everything of the previous participant is gone.
    void sessionReset();
    // A participant who had started answering is gone: a good moment to upload.
    void participantLeft();

private:
    const Step &current() const { return m_steps.at(m_step); }
    // The part a step belongs to: its phase, or one shared part for the closing questions.
    QString partOf(const Step &step) const;
    void build();
    void go(int step);

    AppContext &m_context;
    QList<Step> m_steps;
    int m_step = 0;
    double m_textScale = 1.0;
    bool m_stopAsked = false;
    QStringList m_roomActivities;
    // A page shown beside the steps, from the attract screen; empty when none is.
    QString m_aside;
};

} // namespace samenspraak
