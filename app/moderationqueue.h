#pragma once
// The facilitator's moderation queue (qml/ModerationQueue.qml): every free text the hub holds
// (ideas, values of one's own, remarks) with its state. What waits comes first (the word list's
// flags before the rest), then what was decided, newest decision first. Approve and reject go to
// the hub's HubModeration; nothing is ever deleted. Refreshes on RoomHub::contentsChanged.

#include "hubmodel.h"
#include "moderation.h"

namespace samenspraak {

class ModerationQueue : public HubModel {
    Q_OBJECT
    Q_PROPERTY(int waiting READ waiting NOTIFY updated)
    Q_PROPERTY(QString summary READ summary NOTIFY updated)

public:
    enum Role { ContributionIdRole = Qt::UserRole + 1, ActivityRole, FieldRole, TextRole, StateRole, StateLabelRole, WhenRole, WaitingRole };

    explicit ModerationQueue(QObject *parent = nullptr) : HubModel(parent) {}

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int waiting() const { return m_waiting; }  // pending and flagged
    QString summary() const;

    // Empty when stored, else why not (one line for the facilitator).
    Q_INVOKABLE QString approve(const QString &contributionId);
    Q_INVOKABLE QString reject(const QString &contributionId);
    void refresh() override;

private:
    struct Row {
        moderation::FreeText text;
        moderation::State state = moderation::State::Pending;
        QString activityTitle, decidedAt;
    };
    QString decide(const QString &contributionId, moderation::State state);

    QList<Row> m_rows;
    int m_waiting = 0;
};

} // namespace samenspraak
