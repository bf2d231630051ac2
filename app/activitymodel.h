#pragma once
// What every activity screen's model shares: it is bound to one activity of the pack, keeps
// the participant's answer as they give it (enforcing the pack's limits), builds the payload
// that payload.cpp validates, and commits it through the SessionController when the
// participant moves on. A screen they return to shows their earlier answer again.
//
// One subclass per activity kind; QML only binds to them and calls their invokables.

#include "devicemodel.h"

#include <QJsonObject>
#include <QVariantMap>

namespace samenspraak {

class AppContext;
struct Activity;
struct ContentPack;

class ActivityModel : public DeviceModel {
    Q_OBJECT
    Q_PROPERTY(QString activityId READ activityId WRITE setActivityId NOTIFY activityIdChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY activityIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString prompt READ prompt NOTIFY textsChanged)
    // An answer that may be recorded as it stands.
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY answerChanged)
    // Anything given at all (a screen with nothing given offers to skip).
    Q_PROPERTY(bool answered READ answered NOTIFY answerChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;


    QString activityId() const { return m_activityId; }
    void setActivityId(const QString &id);
    QString kind() const;
    QString title() const;
    QString prompt() const;
    virtual bool canContinue() const = 0;
    virtual bool answered() const = 0;
    int count() const { return rowCount(); }

    // The answer as the activity records it (payload.cpp).
    Q_INVOKABLE QVariantMap payload() const { return payloadJson().toVariantMap(); }
    virtual QJsonObject payloadJson() const = 0;
    // Commits the answer. True when it is saved (or unchanged since it was saved, or, for
    // kinds where every question may be skipped, when nothing was given: nothing is saved).
    // False with Participation.lastError when it could not be saved.
    Q_INVOKABLE bool submit();
    // Forgets the answer on screen (not what was already saved).
    Q_INVOKABLE void clear();
    // What "Lees voor" reads (ReadAloud): the title, the prompt and the items a screen shows,
    // `count` of them from row `first` (-1: all), in the participant's language.
    Q_INVOKABLE QString spokenText(int first = 0, int count = -1) const;

signals:
    void activityIdChanged();
    void textsChanged();
    void answerChanged();
    void countChanged();

protected:
    // Rebuilds the rows for `activity`, with no answer.
    virtual void load(const ContentPack &pack, const Activity &activity) = 0;
    // Puts a saved payload back on screen.
    virtual void restore(const QJsonObject &payload) = 0;
    // Empty answers are recorded for kinds that allow it; the rest refuse them.
    virtual bool emptyAnswerSkips() const { return false; }
    // Role names whose text depends on the language.
    virtual QList<int> textRoles() const { return {}; }
    // The shown items from `first` to before `end`, as the sentences to read aloud with the
    // question.
    virtual QStringList spokenItems(int first, int end) const = 0;
    // How many items the screen pages through: the rows, unless a kind pages otherwise.
    virtual int itemCount() const { return rows(); }
    // The text of `role` in `row` (for spokenItems).
    QString rowText(int row, int role) const { return data(index(row), role).toString(); }

    const Activity *activity() const;
    void refreshRows(const QList<int> &roles);
    void touched() { emit answerChanged(); }
    virtual int rows() const = 0;

private:
    void reload(bool restoreSaved);

    void contextChanged() override;
    void languageChanged() override;

    QString m_activityId;
};

} // namespace samenspraak
