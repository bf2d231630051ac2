#pragma once
// Writes every contribution as CSV (Excel-friendly) or JSON. By default without what links a
// row to a device, a moment or the free text (docs/privacy.md, "Exports"); joined, everything.

#include "serverstore.h"

#include <QIODevice>

namespace samenspraak::server {

struct ExportOptions {
    QString format = QStringLiteral("csv");  // csv | json
    QChar separator = QLatin1Char(',');       // ';' for Dutch Excel
    bool byteOrderMark = true;                // Excel needs it to read UTF-8
    QString since;                            // ISO time: only what arrived since
    // false (the default): participant pseudonyms, date and part of day, no device id, no
    // free text (ideas have no row, values no "own", satisfaction no "remark").
    // true (`--joined`): the session and device ids, exact times and the whole answer.
    bool joined = false;
};

// Returns the number of rows written.
qsizetype writeExport(const QList<ExportRow> &rows, const ExportOptions &options, QIODevice &out);
// One CSV table with the same conventions (CRLF, quoting, formula neutralising, optional BOM).
void writeCsvTable(const QStringList &header, const QList<QStringList> &rows, QChar separator, bool byteOrderMark, QIODevice &out);

} // namespace samenspraak::server
