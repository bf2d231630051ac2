#pragma once
// The wide, analysable form of a round for staff (spreadsheets, R, SPSS): per activity one row
// per participant and one column per option or statement; ideas one row per idea. Built from
// the typed answers (answers.h), current answers only. These tables hold individual answers,
// not aggregates: they go to staff through `samenspraak-server export`, never to the public.

#include "contentpack.h"
#include "results.h"

namespace samenspraak::results {

struct Table {
    QString name;            // the activity id, or "sessions"
    QStringList header;
    QList<QStringList> rows;
};

// One table per activity of the pack (profile included), in pack order.
QList<Table> wideTables(const ContentPack &pack, const Round &round);
// The sessions that took part: id, channel, workshop, language, started at.
Table sessionsTable(const Round &round, const QList<protocol::SessionRecord> &sessions);
// The statements as Pol.is exports a conversation's votes (participants-votes.csv): one row per
// participant who answered a statements activity, the columns participant, group-id (empty: no
// clustering here), n-comments (0: residents do not write statements), n-votes, n-agree,
// n-disagree, then one column per statement with 1 agree, -1 disagree, 0 pass, empty when not
// shown. Statement columns are the statement ids, "<activity>/<statement>" when the pack has
// more than one statements activity.
Table polisVotes(const ContentPack &pack, const Round &round);

} // namespace samenspraak::results
