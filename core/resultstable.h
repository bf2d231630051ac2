#pragma once
// The wide, analysable form of a round for staff (spreadsheets, R, SPSS): per activity one row
// per participant and one column per option or statement; ideas one row per idea. Built from
// the typed answers (answers.h), current answers only. These tables hold individual answers,
// not aggregates: they go to staff through `samenspraak-server export`, never to the public,
// and by default with pseudonyms and the free text apart (Participants, freeTextTable).

#include "contentpack.h"
#include "results.h"

namespace samenspraak::moderation {
struct Decision;
}

namespace samenspraak::results {

struct Table {
    QString name;            // the activity id, or "sessions"
    QStringList header;
    QList<QStringList> rows;
};

// Who a row of an export is about (docs/privacy.md, "Exports").
class Participants {
public:
    // The default: a pseudonym per participant, keyed by a secret drawn for this one export
    // and never stored, so the rows join with no other export and not with the database.
    static Participants pseudonymous();
    // `export --joined`, asked for explicitly: the session id itself.
    static Participants joined() { return Participants({}); }
    bool isJoined() const { return m_key.isEmpty(); }
    QString operator()(const QString &sessionId) const;

private:
    explicit Participants(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;  // empty: joined
};

// When, as much as staff need it: the date and the part of day (nacht before 6, ochtend before
// 12, middag before 18, avond) of an ISO time, in the device's own offset. Empty when it does
// not parse.
struct DayPart {
    QString date;  // 2026-11-14
    QString part;  // avond
};
DayPart dayPart(const QString &isoTime);

// One table per activity of the pack (profile included), in pack order. Pseudonymous, the
// free text is left out (ideas have no table, values no "own", satisfaction no "remark"): it is
// in freeTextTable. Joined, it stays in its activity's table next to the session id.
QList<Table> wideTables(const ContentPack &pack, const Round &round, const Participants &who);
// Every free text of the current answers (ideas, values of one's own, remarks): activity,
// field (text, own, remark), an idea's kind and theme, the text and its moderation mark
// (pending, flagged, approved, rejected: the latest of `decisions`, moderation.h). Nothing about
// who wrote it or when, sorted by activity, field and text so the order does not follow the sessions.
Table freeTextTable(const ContentPack &pack, const Round &round, const QHash<QString, moderation::Decision> &decisions = {});
// The sessions that took part: participant, channel, workshop, language, and the date and part
// of day it started (joined: the device's exact start time instead).
Table sessionsTable(const Round &round, const QList<protocol::SessionRecord> &sessions, const Participants &who);
// The statements as Pol.is exports a conversation's votes (participants-votes.csv): one row per
// participant who answered a statements activity, the columns participant, group-id (empty: no
// clustering here), n-comments (0: residents do not write statements), n-votes, n-agree,
// n-disagree, then one column per statement with 1 agree, -1 disagree, 0 pass, empty when not
// shown. Statement columns are the statement ids, "<activity>/<statement>" when the pack has
// more than one statements activity.
Table polisVotes(const ContentPack &pack, const Round &round, const Participants &who);

} // namespace samenspraak::results
