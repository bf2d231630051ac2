#pragma once
// Statements: agree / disagree / pass on each, and "important to me". Statements left
// unanswered are simply not in the answer; at least one answer is needed to record it.

#include "activitymodel.h"

#include <QList>
#include <QStringList>

namespace samenspraak {

class StatementsModel : public ActivityModel {
    Q_OBJECT
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answerChanged)

public:
    enum Role { StatementIdRole = Qt::UserRole + 1, TextRole, AnswerRole, ImportantRole, NumberRole };

    explicit StatementsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int answeredCount() const;

    // answer: "agree", "disagree", "pass"; the same answer again takes it back (and the
    // "important" mark with it). False for anything else.
    Q_INVOKABLE bool setAnswer(int row, const QString &answer);
    // Only an answered statement can be marked important.
    Q_INVOKABLE bool setImportant(int row, bool important);

    bool canContinue() const override { return answeredCount() > 0; }
    bool answered() const override { return answeredCount() > 0; }
    QJsonObject payloadJson() const override;

protected:
    void load(const ContentPack &pack, const Activity &activity) override;
    void restore(const QJsonObject &payload) override;
    QList<int> textRoles() const override { return {TextRole}; }
    QStringList spokenItems(int first, int end) const override;
    int rows() const override { return int(m_ids.size()); }

private:
    QStringList m_ids;
    QStringList m_answers;  // "" when not answered
    QList<bool> m_important;
};

} // namespace samenspraak
