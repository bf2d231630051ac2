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

} // namespace samenspraak::server
