#pragma once
// The optional profile: each question (kern, age band, relation, first time?) may be
// skipped, and so may all of them: then nothing is recorded.

#include "activitymodel.h"

#include <QStringList>
#include <QVariantList>

namespace samenspraak {

class ProfileModel : public ActivityModel {
    Q_OBJECT
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answerChanged)
    // Every option of every question: the screen pages through options (a question with many
    // options, such as where one lives, may take more than one page at large text).
    Q_PROPERTY(int optionCount READ optionCount NOTIFY countChanged)

public:
    enum Role { QuestionIdRole = Qt::UserRole + 1, QuestionRole, OptionsRole, AnswerRole, NumberRole, FirstOptionRole };

    explicit ProfileModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int answeredCount() const;
    int optionCount() const;
    // Chooses an option for a question; choosing it again clears the answer.
    Q_INVOKABLE bool choose(int row, const QString &optionId);

    // Skipping everything is an answer too (nothing is recorded), so one may always go on.
    bool canContinue() const override { return true; }
    bool answered() const override { return answeredCount() > 0; }
    QJsonObject payloadJson() const override;

protected:
    void load(const ContentPack &pack, const Activity &activity) override;
    void restore(const QJsonObject &payload) override;
    bool emptyAnswerSkips() const override { return true; }
    QList<int> textRoles() const override { return {QuestionRole, OptionsRole}; }
    // `first` and `end` count options (optionCount), not questions.
    QStringList spokenItems(int first, int end) const override;
    int itemCount() const override { return optionCount(); }
    int rows() const override { return int(m_ids.size()); }

private:
    QStringList m_ids;
    QStringList m_answers;  // option id, "" when skipped
};

} // namespace samenspraak
