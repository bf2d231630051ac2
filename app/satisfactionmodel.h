#pragma once
// Process satisfaction: "Could you say what you wanted?" on a scale of 1 to 5, each step
// shown with its number and its words, and an optional remark.

#include "activitymodel.h"
#include "answers.h"

namespace samenspraak {

class SatisfactionModel : public ActivityModel {
    Q_OBJECT
    // 0 until a score is chosen
    Q_PROPERTY(int score READ score WRITE setScore NOTIFY scoreChanged)
    Q_PROPERTY(QString remark READ remark WRITE setRemark NOTIFY remarkChanged)
    Q_PROPERTY(QString remarkPrompt READ remarkPrompt NOTIFY textsChanged)
    Q_PROPERTY(int maxRemarkLength READ maxRemarkLength CONSTANT)

public:
    enum Role { ScoreRole = Qt::UserRole + 1, LabelRole, SelectedRole };
    static constexpr int MaxRemarkLength = answers::Satisfaction::MaxRemarkLength;

    explicit SatisfactionModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int score() const { return m_score; }
    void setScore(int score);
    QString remark() const { return m_remark; }
    void setRemark(const QString &remark);
    QString remarkPrompt() const;
    int maxRemarkLength() const { return MaxRemarkLength; }
    static QString scoreLabel(int score);

    bool canContinue() const override { return m_score >= 1; }
    bool answered() const override { return m_score >= 1 || !m_remark.trimmed().isEmpty(); }
    QJsonObject payloadJson() const override;

signals:
    void scoreChanged();
    void remarkChanged();

protected:
    void load(const ContentPack &pack, const Activity &activity) override;
    void restore(const QJsonObject &payload) override;
    QList<int> textRoles() const override { return {LabelRole}; }
    QStringList spokenItems(int first, int end) const override;
    int rows() const override { return 5; }

private:
    int m_score = 0;
    QString m_remark;
};

} // namespace samenspraak
