#pragma once
// The values palette of one activity, with the participant's picks. The limit on picks is
// enforced here, not in QML.

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace samenspraak {

class ValuesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString activityId READ activityId WRITE setActivityId NOTIFY activityIdChanged)
    Q_PROPERTY(int maxPicks READ maxPicks NOTIFY activityIdChanged)
    Q_PROPERTY(int pickedCount READ pickedCount NOTIFY picksChanged)
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY picksChanged)

public:
    enum Role { ValueIdRole = Qt::UserRole + 1, NameRole, DescriptionRole, ColourRole, TextColourRole, PickedRole, RankRole };

    explicit ValuesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString activityId() const { return m_activityId; }
    void setActivityId(const QString &id);
    int maxPicks() const { return m_maxPicks; }
    int pickedCount() const { return int(m_picks.size()); }
    bool canContinue() const { return !m_picks.isEmpty(); }

    // Picks or unpicks a value; false (and limitReached) when the maximum is already picked.
    Q_INVOKABLE bool toggle(int row);
    Q_INVOKABLE void clear();
    // The answer as the values activity records it.
    Q_INVOKABLE QVariantMap payload() const;

signals:
    void activityIdChanged();
    void picksChanged();
    void limitReached();

private:
    void reload();

    QString m_activityId;
    int m_maxPicks = 3;
    QStringList m_ids;
    QStringList m_picks;  // in the order picked: that order is the ranking when ranked
};

} // namespace samenspraak
