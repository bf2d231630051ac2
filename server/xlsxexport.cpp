#include "xlsxexport.h"

#include "exporter.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <xlsxwriter.h>

namespace samenspraak::server {

namespace {

// Excel sheet names: at most 31 characters, none of []:*?/\, unique.
QString sheetName(const QString &name, QSet<QString> &taken)
{
    QString n = name;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        n.replace(c, QLatin1Char('_'));
    n = n.left(31);
    QString unique = n;
    for (int i = 2; taken.contains(unique.toLower()); ++i)
        unique = n.left(28) + QLatin1Char('~') + QString::number(i);
    taken.insert(unique.toLower());
    return unique;
}

// Columns that hold text even when it looks like a number.
bool textColumn(const QString &header)
{
    static const QSet<QString> text{QStringLiteral("participant"), QStringLiteral("text"), QStringLiteral("own"), QStringLiteral("remark"),
                                    QStringLiteral("workshop"), QStringLiteral("started_at_device")};
    return text.contains(header);
}

} // namespace

QString writeWorkbook(const QString &path, const QList<results::Table> &tables)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return QStringLiteral("cannot create %1").arg(path);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    QSet<QString> taken;
    for (const results::Table &t : tables) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(t.name, taken).toUtf8().constData());
        for (int c = 0; c < t.header.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), t.header[c].toUtf8().constData(), bold);
        worksheet_freeze_panes(sheet, 1, 0);
        for (int r = 0; r < t.rows.size(); ++r) {
            const QStringList &row = t.rows[r];
            for (int c = 0; c < row.size(); ++c) {
                if (row[c].isEmpty())
                    continue;
                bool number = false;
                const double value = row[c].toDouble(&number);
                if (number && !textColumn(t.header.value(c)))
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), value, nullptr);
                else
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), row[c].toUtf8().constData(), nullptr);
            }
        }
    }
    const lxw_error error = workbook_close(workbook);
    return error == LXW_NO_ERROR ? QString() : QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error)));
}

QString writeCsvTables(const QString &directory, const QList<results::Table> &tables, QChar separator, bool byteOrderMark)
{
    if (!QDir().mkpath(directory))
        return QStringLiteral("cannot create the folder %1").arg(directory);
    for (const results::Table &t : tables) {
        QFile file(QDir(directory).filePath(t.name + QStringLiteral(".csv")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        writeCsvTable(t.header, t.rows, separator, byteOrderMark, file);
    }
    return {};
}

results::Table reachTable(const ContentPack &pack, const results::Summary &summary)
{
    results::Table t{QStringLiteral("bereik"),
                     {QStringLiteral("dimension"), QStringLiteral("group"), QStringLiteral("label"), QStringLiteral("count"),
                      QStringLiteral("of"), QStringLiteral("percent")},
                     {}};
    const QString lang = summary.language;
    for (const results::ReachDimension &d : summary.reach.dimensions) {
        auto add = [&](const results::Cell &c, const QString &label) {
            const QString count = c.withheld ? QStringLiteral("<%1").arg(results::MinimumAnswers) : QString::number(c.count);
            t.rows.append({d.dimension.id, c.id, label, count, QString::number(c.of), c.withheld ? QString() : QString::number(c.percent())});
        };
        for (const results::Cell &c : d.groups)
            add(c, results::groupLabel(pack, d.dimension, c.id, lang));
        add(d.unanswered, lang == QLatin1String("en") ? QStringLiteral("did not say") : QStringLiteral("niet ingevuld"));
    }
    return t;
}

} // namespace samenspraak::server
