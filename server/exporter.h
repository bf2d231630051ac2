#pragma once
// Writes every contribution as CSV (Excel-friendly) or JSON.

#include "serverstore.h"

#include <QIODevice>

namespace samenspraak::server {

struct ExportOptions {
    QString format = QStringLiteral("csv");  // csv | json
    QChar separator = QLatin1Char(',');       // ';' for Dutch Excel
    bool byteOrderMark = true;                // Excel needs it to read UTF-8
    QString since;                            // ISO time: only what arrived since
};

void writeExport(const QList<ExportRow> &rows, const ExportOptions &options, QIODevice &out);
// One CSV table with the same conventions (CRLF, quoting, formula neutralising, optional BOM).
void writeCsvTable(const QStringList &header, const QList<QStringList> &rows, QChar separator, bool byteOrderMark, QIODevice &out);

} // namespace samenspraak::server
