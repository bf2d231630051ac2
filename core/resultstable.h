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

} // namespace samenspraak::results
