#pragma once
// Ranking: put the options in order with "up" and "down" buttons (no drag-only
// interaction: a tap works for everyone). The top one matters most.

#include "activitymodel.h"

#include <QStringList>

namespace samenspraak {

class RankingModel : public ActivityModel {
    Q_OBJECT
    // True once the participant moved anything (or came back to an order they saved).
    Q_PROPERTY(bool moved READ answered NOTIFY answerChanged)

public:
    enum Role { OptionIdRole = Qt::UserRole + 1, NameRole, PositionRole, FirstRole, LastRole };

    explicit RankingModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool moveUp(int row);
    Q_INVOKABLE bool moveDown(int row);

    // The order as given is an answer too: someone may agree with it.
    bool canContinue() const override { return !m_order.isEmpty(); }
    bool answered() const override { return m_moved; }
    QJsonObject payloadJson() const override;

protected:
    void load(const ContentPack &pack, const Activity &activity) override;
    void restore(const QJsonObject &payload) override;
    QList<int> textRoles() const override { return {NameRole}; }
    QStringList spokenItems(int first, int end) const override;
    int rows() const override { return int(m_order.size()); }

private:
    bool swap(int row, int other);

    QStringList m_order;
    bool m_moved = false;
};

} // namespace samenspraak
