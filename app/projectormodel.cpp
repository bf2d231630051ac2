#include "projectormodel.h"

#include "contentpack.h"
#include "contrast.h"
#include "moderationlog.h"
#include "roomhub.h"
#include "serverstore.h"

#include <QColor>
#include <algorithm>
#include <QLocale>

namespace samenspraak {

namespace {

QVariantMap item(const QString &label, const QString &value, double fraction, const QString &colour = {})
{
    QVariantMap m{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}, {QStringLiteral("fraction"), fraction},
                  {QStringLiteral("colour"), colour}, {QStringLiteral("textColour"), QString()}};
    if (!colour.isEmpty())
        m.insert(QStringLiteral("textColour"), readableTextOn(QColor(colour)).name());
    return m;
}

} // namespace

QString ProjectorModel::roomCode() const
{
    return running() ? protocol::formatRoomCode(hub()->room().code) : QString();
}

QString ProjectorModel::status() const
{
    if (!running())
        return
            //: The projector when the facilitator has not started a room.
            tr("Op deze tablet is geen bijeenkomst gestart.");
    if (withheld())
        return
            //: The projector's top line before there is anything to show; %n is fewer than 5.
            tr("Tot nu toe deden %n mensen mee.", nullptr, m_participants);
    return
            //: The projector's top line; %1 is the number of people who answered something.
            tr("%1 mensen deden mee.").arg(m_participants);
}

QString ProjectorModel::rule() const
{
    //: The projector explains why a figure is not shown yet.
    return tr("Uitslagen verschijnen vanaf %1 mensen. Zo herkent niemand een ander.").arg(results::MinimumAnswers);
}

ProjectorModel::Row ProjectorModel::rowFor(const ContentPack &pack, const results::ActivityResult &r) const
{
    const QLocale locale(language() == QLatin1String("en") ? QLocale::English : QLocale::Dutch);
    const Activity *activity = pack.activity(r.id);
    Row row;
    row.activityId = r.id;
    row.kind = r.kind;
    row.title = activity ? activity->title.in(language()) : r.id;
    row.n = r.n;
    row.withheld = r.withheld;
    auto label = [&](const QString &id) { return results::optionLabel(pack, r.id, id, language()); };
    if (r.withheld) {
        row.note =
            //: An activity on the projector with too few answers to show.
            tr("Nog niet te zien: minder dan %1 antwoorden.").arg(results::MinimumAnswers);
        return row;
    }
    row.note =
            //: Under an activity's title on the projector.
            tr("%1 antwoorden").arg(r.n);
    if (r.kind == Kind::Values) {
        const int top = r.shares.isEmpty() ? 0 : r.shares.first().count;
        for (const results::Share &s : r.shares) {
            const Option *value = pack.paletteValue(s.id);
            row.items.append(item(label(s.id), locale.toString(s.count), top > 0 ? double(s.count) / top : 0,
                                  value ? value->colour : QString()));
        }
    } else if (r.kind == Kind::Dots) {
        const int top = r.shares.isEmpty() ? 0 : r.shares.first().count;
        const bool points = activity && activity->points > 0;
        for (const results::Share &s : r.shares)
            row.items.append(item(label(s.id),
                                  //: Points or dots given to an option on the projector.
                                  points ? tr("%1 punten").arg(s.count) : tr("%1 stippen").arg(s.count),
                                  top > 0 ? double(s.count) / top : 0));
    } else if (r.kind == Kind::Ranking) {
        const int top = r.ranking.isEmpty() ? 0 : r.ranking.first().points;
        int place = 0;
        for (const results::RankItem &i : r.ranking)
            row.items.append(item(QStringLiteral("%1. %2").arg(++place).arg(label(i.id)),
                                  //: Borda points of a ranked option on the projector.
                                  tr("%1 punten").arg(i.points),
                                  top > 0 ? double(i.points) / top : 0));
    } else if (r.kind == Kind::Dilemma && r.dilemma) {
        const results::DilemmaTally &d = *r.dilemma;
        const int top = d.histogram.isEmpty() ? 0 : *std::max_element(d.histogram.begin(), d.histogram.end());
        for (int i = 0; i < d.histogram.size(); ++i)
            row.items.append(item(QString::number(i + 1), locale.toString(d.histogram.at(i)), top > 0 ? double(d.histogram.at(i)) / top : 0));
        row.leftLabel = activity ? activity->left.in(language()) : QString();
        row.rightLabel = activity ? activity->right.in(language()) : QString();
        const double middle = (d.histogram.size() - 1) / 2.0;
        if (d.split)
            row.summary =
            //: A dilemma on the projector where two groups lean to opposite sides.
            tr("De zaal is in tweeën verdeeld.");
        else if (d.mean < middle - 0.5)
            row.summary =
            //: %1 is the left pole of the dilemma.
            tr("De meesten neigen naar: %1").arg(row.leftLabel);
        else if (d.mean > middle + 0.5)
            row.summary = tr("De meesten neigen naar: %1").arg(row.rightLabel);  // the right pole
        else
            row.summary =
            //: A dilemma on the projector whose mean is near the middle.
            tr("Gemiddeld zit de zaal in het midden.");
    } else if (r.kind == Kind::Statements) {
        for (const results::StatementResult &s : r.statements) {
            const QString text = label(s.overall.id);
            switch (results::stance(s.overall)) {
            case results::Stance::Agrees:
            case results::Stance::Disagrees: row.agreed.append(text); break;
            case results::Stance::Divided: row.divided.append(text); break;
            default: break;
            }
            if (s.withheld || results::withheld(s.overall.answered()))
                continue;
            row.items.append(item(text,
                                  //: Share agreeing with a statement on the projector, among those who took a side.
                                  tr("%1% eens").arg(s.overall.agreePercent()),
                                  s.overall.agreePercent() / 100.0));
        }
    } else if (r.kind == Kind::Ideas && r.ideas) {
        for (const results::Share &s : r.ideas->byKind)
            row.items.append(item(label(s.id), locale.toString(s.count), s.of > 0 ? double(s.count) / s.of : 0));
    } else if (r.kind == Kind::Satisfaction && r.satisfaction) {
        const results::SatisfactionTally &t = *r.satisfaction;
        row.summary =
            //: Process satisfaction on the projector.
            tr("%1% is tevreden (een 4 of 5).").arg(t.satisfiedPercent());
    }
    return row;
}

void ProjectorModel::refresh()
{
    QList<Row> rows;
    m_participants = 0;
    m_sessions.clear();
    m_title.clear();
    const std::shared_ptr<const results::Round> held = running() ? hub()->round() : nullptr;
    if (held) {
        const results::Round &round = *held;
        server::ServerStore &store = *hub()->host().store();
        const ContentPack &pack = hub()->pack();
        const QList<moderation::FreeText> texts = moderation::shown(pack, round, store.moderation().latest());
        m_participants = round.participants();
        m_sessions = round.sessions();
        m_title = hub()->room().title.isEmpty() ? pack.title.in(language()) : hub()->room().title;
        QHash<QString, Cached> cache;
        for (const Activity &a : pack.activities) {
            if (a.kind == Kind::Profile)
                continue;
            if (!hub()->room().phase.isEmpty() && !a.phase.isEmpty() && a.phase != hub()->room().phase)
                continue;  // the room works on one phase
            // An activity's figures depend on its own answers only: recomputed when they changed.
            QStringList answers;
            for (const results::Answer &c : round.answers(a.id))
                answers.append(c.id);
            const QString key = pack.version + QLatin1Char('/') + language() + QLatin1Char('/') + answers.join(QLatin1Char(','));
            auto cached = m_cache.constFind(a.id);
            Row row = cached != m_cache.cend() && cached->key == key
                          ? cached->row
                          : rowFor(pack, results::activityFigures(a, round));
            cache.insert(a.id, {key, row});
            for (const moderation::FreeText &t : texts)
                if (t.activityId == a.id)
                    row.texts.append(t.text);
            rows.append(row);
        }
        // Below the minimum in all, every activity is below it too (the engine withholds it).
        m_cache = cache;
    } else {
        m_cache.clear();
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    ++m_updates;
    emit updated();
}

int ProjectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProjectorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ActivityIdRole: return r.activityId;
    case KindRole: return r.kind;
    case TitleRole: return r.title;
    case CountRole: return r.n;
    case WithheldRole: return r.withheld;
    case NoteRole: return r.note;
    case ItemsRole: return r.items;
    case LeftLabelRole: return r.leftLabel;
    case RightLabelRole: return r.rightLabel;
    case AgreedRole: return r.agreed;
    case DividedRole: return r.divided;
    case TextsRole: return r.texts;
    case SummaryRole: return r.summary;
    }
    return {};
}

QHash<int, QByteArray> ProjectorModel::roleNames() const
{
    return {{ActivityIdRole, "activityId"}, {KindRole, "kind"},         {TitleRole, "title"},          {CountRole, "count"},
            {WithheldRole, "withheld"},     {NoteRole, "note"},         {ItemsRole, "items"},          {LeftLabelRole, "leftLabel"},
            {RightLabelRole, "rightLabel"}, {AgreedRole, "agreed"},     {DividedRole, "divided"},      {TextsRole, "texts"},
            {SummaryRole, "summary"}};
}

} // namespace samenspraak
