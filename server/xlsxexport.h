#pragma once
// The round as an Excel workbook (libxlsxwriter): one sheet per activity in wide form (one row
// per participant, one column per option or statement; ideas one row per idea), the sessions,
// and the reach per channel and profile answer with the minimum-cell rule applied. Also the
// same wide tables as CSV files, one per sheet, in a folder.

#include "resultssummary.h"
#include "resultstable.h"

#include <QString>

namespace samenspraak::server {

// Empty on success, else why not.
[[nodiscard]] QString writeWorkbook(const QString &path, const QList<results::Table> &tables);
// One CSV per table (NAME.csv) in `directory`, created when missing. Empty on success.
[[nodiscard]] QString writeCsvTables(const QString &directory, const QList<results::Table> &tables, QChar separator, bool byteOrderMark);
// The reach as a table (dimension, group, count, percent; withheld cells read "<5").
results::Table reachTable(const ContentPack &pack, const results::Summary &summary);

} // namespace samenspraak::server
