#pragma once
// The projector view's model (qml/ProjectorView.qml): the room's live results per activity,
// read from the hub's round (RoomHub::round) with the shared results engine
// (results::activityFigures, the figures summarize() gives, the minimum group of 5 included) and
// the free text the facilitator approved (moderation::shown). It refreshes when the hub says its
// contents changed (RoomHub::contentsChanged: an upload stored, a decision made), never on a
// timer, and recomputes only the activities whose answers changed since the last refresh (the
// rest are kept, by the ids of the answers they counted). One row per activity of the room (the profile is not
// shown: it is about who people are, not what the room said).

#include "hubmodel.h"
#include "moderation.h"
#include "resultssummary.h"

namespace samenspraak {

class ProjectorModel : public HubModel {
    Q_OBJECT
    Q_PROPERTY(int participants READ participants NOTIFY updated)
    Q_PROPERTY(bool withheld READ withheld NOTIFY updated)
    Q_PROPERTY(QString title READ title NOTIFY updated)
    Q_PROPERTY(QString status READ status NOTIFY updated)
    Q_PROPERTY(QString rule READ rule NOTIFY updated)
    Q_PROPERTY(QString roomCode READ roomCode NOTIFY updated)
    Q_PROPERTY(int updates READ updates NOTIFY updated)

public:
    enum Role {
        ActivityIdRole = Qt::UserRole + 1, KindRole, TitleRole, CountRole, WithheldRole, NoteRole, ItemsRole,
        LeftLabelRole, RightLabelRole, AgreedRole, DividedRole, TextsRole, SummaryRole
    };

    explicit ProjectorModel(QObject *parent = nullptr) : HubModel(parent) {}

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int participants() const { return m_participants; }
    bool withheld() const { return results::withheld(m_participants); }
    QString title() const { return m_title; }
    QString status() const;
    QString rule() const;
    QString roomCode() const;
    int updates() const { return m_updates; }
    // The sessions the last update counted (the benchmark matches them to its tablets).
    const QStringList &countedSessions() const { return m_sessions; }

    void refresh() override;

private:
    struct Row {
        QString activityId, kind, title, note, summary, leftLabel, rightLabel;
        int n = 0;
        bool withheld = false;
        QVariantList items;
        QStringList agreed, divided, texts;
    };
    // The row of one activity, without its approved texts (added per refresh).
    Row rowFor(const ContentPack &pack, const results::ActivityResult &result) const;
    struct Cached {
        QString key;  // pack version, language and the ids of the answers it counted
        Row row;
    };

    QList<Row> m_rows;
    QHash<QString, Cached> m_cache;  // by activity id: the last refresh's rows
    QStringList m_sessions;
    QString m_title;
    int m_participants = 0;
    int m_updates = 0;
};

} // namespace samenspraak
