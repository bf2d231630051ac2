#pragma once
// One participant's visit, from the first tap to "thank you". The UI and the `simulate`
// command both go through here: there is no other way into the contributions table.

#include "protocol.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantMap>


namespace samenspraak {

class AppContext;

class SessionController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // What went wrong, for the log, staff and the facilitator menu (names fields, paths).
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The same failure in one plain sentence for the participant, in their language: never a
    // path, a field name or a technical word. Empty when nothing went wrong.
    Q_PROPERTY(QString residentError READ residentError NOTIFY lastErrorChanged)
    Q_PROPERTY(int savedCount READ savedCount NOTIFY savedCountChanged)
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY channelChanged)
    // "assisted" or "paper" while the facilitator records the next (or current) session on a
    // resident's behalf (prepareOnBehalf); empty otherwise.
    Q_PROPERTY(QString onBehalf READ onBehalf NOTIFY onBehalfChanged)

public:
    explicit SessionController(AppContext &context, QObject *parent = nullptr);

    bool active() const { return !m_session.id.isEmpty(); }
    QString lastError() const { return m_lastError; }
    QString residentError() const;
    int savedCount() const { return m_savedCount; }
    QString channel() const { return m_channel; }
    void setChannel(const QString &channel);

    QString onBehalf() const { return m_onBehalf.channel; }
    // Assisted and paper entry (docs/architecture.md, "Assisted and paper entry"): the next
    // session is tagged with `channel` ("assisted": a facilitator taps for a resident; "paper":
    // a paper form typed in afterwards) instead of the device's channel, once; end() returns to
    // the device's channel. A paper session starts on the form's `formDate` (yyyy-MM-dd, empty:
    // today; not in the future, at most MaxPaperAgeDays old). Ends a session still open first.
    // Returns why not, in one sentence for the facilitator, or empty when prepared.
    Q_INVOKABLE QString prepareOnBehalf(const QString &channel, const QString &formDate = {});
    static constexpr int MaxPaperAgeDays = 366;

    // Starts a new anonymous session (committed at once). False with lastError on failure.
    Q_INVOKABLE bool begin();
    // Validates and commits one answer; only then may the UI move on.
    Q_INVOKABLE bool submit(const QString &activityId, const QVariantMap &payload);
    bool submitJson(const QString &activityId, const QJsonObject &payload);
    // Forgets the participant: nothing of them stays in memory.
    Q_INVOKABLE void end();

    QString sessionId() const { return m_session.id; }
    // This participant's latest answer to an activity (empty when none), so a screen they go
    // back to shows it again. end() forgets it with the rest.
    Q_INVOKABLE QVariantMap answer(const QString &activityId) const { return m_answers.value(activityId).toVariantMap(); }
    QJsonObject answerJson(const QString &activityId) const { return m_answers.value(activityId); }
    bool hasAnswers() const { return !m_answers.isEmpty(); }

signals:
    void activeChanged();
    void lastErrorChanged();
    void savedCountChanged();
    void channelChanged();
    void onBehalfChanged();
    void saved(const QString &activityId);

private:
    // Why the last call failed, so residentError() can say it in plain words.
    enum class Failure { None, Start, Answer, Storage };
    bool fail(Failure failure, const QString &message);
    void clearError();

    AppContext &m_context;
    protocol::SessionRecord m_session;
    QHash<QString, QString> m_lastContributionByActivity;  // for supersede on a changed answer
    QHash<QString, QJsonObject> m_answers;                 // the payloads behind those contributions
    QString m_channel = QStringLiteral("kiosk");
    struct OnBehalf {
        QString channel;    // assisted | paper | empty
        QString startedAt;  // a paper form's date as the session's start; empty: now
    } m_onBehalf;
    QString m_lastError;
    Failure m_failure = Failure::None;
    int m_savedCount = 0;
};

} // namespace samenspraak
