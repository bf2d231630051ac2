#include "moderationqueue.h"

#include "moderationlog.h"
#include "roomhub.h"
#include "serverstore.h"

#include <QDateTime>

namespace samenspraak {

QString ModerationQueue::summary() const
{
    if (!running())
        //: The moderation queue when no room runs on this tablet.
        return tr("Er loopt geen bijeenkomst op deze tablet.");
    if (m_rows.isEmpty())
        //: The moderation queue before anyone wrote something.
        return tr("Nog geen teksten. Ideeën en opmerkingen verschijnen hier zodra iemand ze instuurt.");
    //: The moderation queue's top line; %n texts wait for approval or rejection.
    return tr("%n teksten wachten op je oordeel. Alleen goedgekeurde tekst komt op het scherm.", nullptr, m_waiting);
}

void ModerationQueue::refresh()
{
    QList<Row> rows;
    m_waiting = 0;
    if (running()) {
        HubModeration &hubModeration = *hub()->moderation();
        const ContentPack &pack = hubModeration.pack();
        const results::Round round(hubModeration.store().ingest().contributions());
        const QHash<QString, moderation::Decision> latest = hubModeration.store().moderation().latest();
        for (const moderation::FreeText &t : moderation::freeTexts(pack, round)) {
            Row row{t, moderation::stateOf(latest, t.contributionId), {}, {}};
            const Activity *activity = pack.activity(t.activityId);
            row.activityTitle = activity ? activity->title.in(language()) : t.activityId;
            if (const auto d = latest.constFind(t.contributionId); d != latest.cend())
                row.decidedAt = d->decidedAt;
            if (row.state == moderation::State::Pending || row.state == moderation::State::Flagged)
                ++m_waiting;
            rows.append(row);
        }
        // Waiting first (flagged before pending, oldest first), then decided, newest decision first.
        auto rank = [](moderation::State s) {
            return s == moderation::State::Flagged ? 0 : s == moderation::State::Pending ? 1 : 2;
        };
        std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
            if (rank(a.state) != rank(b.state))
                return rank(a.state) < rank(b.state);
            return rank(a.state) < 2 ? a.text.createdAt < b.text.createdAt : a.decidedAt > b.decidedAt;
        });
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit updated();
}

QString ModerationQueue::approve(const QString &contributionId)
{
    return decide(contributionId, moderation::State::Approved);
}

QString ModerationQueue::reject(const QString &contributionId)
{
    return decide(contributionId, moderation::State::Rejected);
}

QString ModerationQueue::decide(const QString &contributionId, moderation::State state)
{
    if (!running())
        //: The facilitator tried to approve or reject while no room runs.
        return tr("Er loopt geen bijeenkomst: er is niets te beoordelen.");
    const QString error = hub()->moderation()->decide(contributionId, state);
    if (!error.isEmpty())
        //: Approving or rejecting a text failed; the text stays in the queue.
        return tr("Dat lukte niet. De tekst blijft in de lijst; probeer het nog eens.");
    refresh();
    return {};
}

int ModerationQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ModerationQueue::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ContributionIdRole: return r.text.contributionId;
    case ActivityRole: return r.activityTitle;
    case FieldRole: return r.text.field;
    case TextRole: return r.text.text;
    case StateRole: return moderation::toString(r.state);
    case StateLabelRole:
        switch (r.state) {
        //: A text in the moderation queue nobody judged yet.
        case moderation::State::Pending: return tr("Wacht op je oordeel");
        //: A text the word list held back: it holds a word on the list.
        case moderation::State::Flagged: return tr("Tegengehouden door de woordenlijst");
        //: A text the facilitator approved: it is on the projector.
        case moderation::State::Approved: return tr("Goedgekeurd: op het scherm");
        //: A text the facilitator rejected: kept, never shown.
        case moderation::State::Rejected: return tr("Afgewezen: bewaard, niet getoond");
        }
        return {};
    case WhenRole: {
        const QDateTime t = QDateTime::fromString(r.decidedAt, Qt::ISODateWithMs);
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
    }
    case WaitingRole: return r.state == moderation::State::Pending || r.state == moderation::State::Flagged;
    }
    return {};
}

QHash<int, QByteArray> ModerationQueue::roleNames() const
{
    return {{ContributionIdRole, "contributionId"}, {ActivityRole, "activity"}, {FieldRole, "field"}, {TextRole, "text"},
            {StateRole, "state"}, {StateLabelRole, "stateLabel"}, {WhenRole, "when"}, {WaitingRole, "waiting"}};
}

} // namespace samenspraak
