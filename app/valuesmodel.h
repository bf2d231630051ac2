#pragma once
// The values palette of one activity, with the participant's picks and, where the pack
// allows it, a value of their own. The limit on picks (the own value counts as one) is
// enforced here, not in QML.

#include "activitymodel.h"
#include "answers.h"

#include <QStringList>

namespace samenspraak {

class ValuesModel : public ActivityModel {
    Q_OBJECT
    Q_PROPERTY(int maxPicks READ maxPicks NOTIFY activityIdChanged)
    Q_PROPERTY(bool ranked READ ranked NOTIFY activityIdChanged)
    Q_PROPERTY(bool allowOwn READ allowOwn NOTIFY activityIdChanged)
    Q_PROPERTY(int maxOwnLength READ maxOwnLength CONSTANT)
    Q_PROPERTY(int pickedCount READ pickedCount NOTIFY picksChanged)
    Q_PROPERTY(QString ownValue READ ownValue WRITE setOwnValue NOTIFY picksChanged)
    // Whether a value of one's own can still be typed (it takes a place among the picks).
    Q_PROPERTY(bool canAddOwn READ canAddOwn NOTIFY picksChanged)

public:
    enum Role { ValueIdRole = Qt::UserRole + 1, NameRole, DescriptionRole, ColourRole, TextColourRole, PickedRole, RankRole };
    static constexpr int MaxOwnLength = answers::Values::MaxOwnLength;

    explicit ValuesModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int maxPicks() const { return m_maxPicks; }
    bool ranked() const { return m_ranked; }
    bool allowOwn() const { return m_allowOwn; }
    int maxOwnLength() const { return MaxOwnLength; }
    int pickedCount() const { return int(m_picks.size()) + (hasOwn() ? 1 : 0); }
    QString ownValue() const { return m_own; }
    void setOwnValue(const QString &text);
    bool canAddOwn() const { return m_allowOwn && (hasOwn() || pickedCount() < m_maxPicks); }
    bool canContinue() const override { return pickedCount() > 0 && pickedCount() <= m_maxPicks; }
    bool answered() const override { return pickedCount() > 0; }

    // Picks or unpicks a value; false (and limitReached) when the maximum is already picked.
    Q_INVOKABLE bool toggle(int row);
    QJsonObject payloadJson() const override;

signals:
    void picksChanged();
    void limitReached();

protected:
    void load(const ContentPack &pack, const Activity &activity) override;
    void restore(const QJsonObject &payload) override;
    QList<int> textRoles() const override { return {NameRole, DescriptionRole}; }
    QStringList spokenItems(int first, int end) const override;
    int rows() const override { return int(m_ids.size()); }

private:
    bool hasOwn() const { return !m_own.trimmed().isEmpty(); }
    void changed();

    int m_maxPicks = 3;
    bool m_ranked = false;
    bool m_allowOwn = false;
    QStringList m_ids;
    QStringList m_picks;  // in the order picked: that order is the ranking when ranked
    QString m_own;
};

} // namespace samenspraak
