#pragma once
// Dot-voting: spread K dots over the options (more than one on an option is fine), or
// divide 100 points. The budget is enforced here: nothing can be spent twice.

#include "activitymodel.h"

#include <QList>
#include <QStringList>

namespace samenspraak {

class DotsModel : public ActivityModel {
    Q_OBJECT
    Q_PROPERTY(int budget READ budget NOTIFY activityIdChanged)
    // "dots" or "points"
    Q_PROPERTY(QString unit READ unit NOTIFY activityIdChanged)
    // How much one tap adds or takes away: 1 dot, or a tenth of the points.
    Q_PROPERTY(int step READ step NOTIFY activityIdChanged)
    Q_PROPERTY(int spent READ spent NOTIFY spentChanged)
    Q_PROPERTY(int remaining READ remaining NOTIFY spentChanged)

public:
    enum Role { OptionIdRole = Qt::UserRole + 1, NameRole, AmountRole };

    explicit DotsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int budget() const { return m_budget; }
    QString unit() const { return m_points ? QStringLiteral("points") : QStringLiteral("dots"); }
    int step() const { return m_step; }
    int spent() const;
    int remaining() const { return m_budget - spent(); }

    // Adds one step to an option; false (and limitReached) when nothing is left.
    Q_INVOKABLE bool add(int row);
    // Takes one step back from an option; false when it has none.
    Q_INVOKABLE bool remove(int row);

    // Dots may be left over; points must all be divided (as payload.cpp requires).
    bool canContinue() const override { return m_points ? spent() == m_budget : spent() > 0; }
    bool answered() const override { return spent() > 0; }
    QJsonObject payloadJson() const override;

signals:
    void spentChanged();
    void limitReached();

protected:
    void load(const ContentPack &pack, const Activity &activity) override;
    void restore(const QJsonObject &payload) override;
    QList<int> textRoles() const override { return {NameRole}; }
    QStringList spokenItems(int first, int end) const override;
    int rows() const override { return int(m_ids.size()); }

private:
    void changed(int row);

    bool m_points = false;
    int m_budget = 0;
    int m_step = 1;
    QStringList m_ids;
    QList<int> m_amounts;
};

} // namespace samenspraak
