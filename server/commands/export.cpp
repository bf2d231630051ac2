// samenspraak-server export: every contribution as CSV (Excel-friendly) or JSON, one row per
// contribution; or the wide form per activity as an Excel workbook (xlsx) or a folder of CSV
// files (wide-csv).

#include "commands.h"

#include "commandline.h"
#include "exporter.h"
#include "serverstore.h"
#include "xlsxexport.h"

#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

int exportContributions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("csv or json (one row per contribution), xlsx (a workbook, one sheet per activity) or"
                                                   " wide-csv (a folder, one file per activity) or polis (the statements as"
                                                   " Pol.is's participants-votes.csv: 1 agree, -1 disagree, 0 pass)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write to FILE (a folder for wide-csv) instead of stdout."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption separator(QStringLiteral("separator"), QStringLiteral("CSV separator: comma or semicolon (Dutch Excel)."),
                                       QStringLiteral("comma|semicolon"), QStringLiteral("comma"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), QStringLiteral("Leave out the UTF-8 byte order mark."));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("Only contributions received at or after this ISO time."),
                                   QStringLiteral("TIME"));
    parser.addOptions({databaseOption(), format, out, separator, noBom, since, phaseOption(), languageOption()});
    if (!parse(parser, arguments))
        return BadUsage;
    ExportOptions options;
    options.format = parser.value(format);
    const bool wide = options.format == QLatin1String("xlsx") || options.format == QLatin1String("wide-csv");
    const bool polis = options.format == QLatin1String("polis");
    if (options.format != QLatin1String("csv") && options.format != QLatin1String("json") && !wide && !polis) {
        printError(QStringLiteral("--format must be csv, json, xlsx, wide-csv or polis"));
        return BadUsage;
    }
    if (wide && !parser.isSet(out)) {
        printError(QStringLiteral("--format %1 needs --out").arg(options.format));
        return BadUsage;
    }
    if ((wide || polis) && parser.isSet(since)) {
        printError(QStringLiteral("--since works with csv and json only: the wide form holds every current answer"));
        return BadUsage;
    }
    const QString sep = parser.value(separator);
    if (sep != QLatin1String("comma") && sep != QLatin1String("semicolon")) {
        printError(QStringLiteral("--separator must be comma or semicolon"));
        return BadUsage;
    }
    options.separator = sep == QLatin1String("semicolon") ? QLatin1Char(';') : QLatin1Char(',');
    options.byteOrderMark = !parser.isSet(noBom);
    if (parser.isSet(since)) {
        const QDateTime t = QDateTime::fromString(parser.value(since), Qt::ISODateWithMs);
        if (!t.isValid()) {
            printError(QStringLiteral("--since %1 is not an ISO time such as 2026-05-01T00:00:00Z").arg(parser.value(since)));
            return BadUsage;
        }
        options.since = t.toUTC().toString(Qt::ISODateWithMs);
    }
    if (wide) {
        const auto loaded = loadRound(parser);
        if (!loaded)
            return Failed;
        QList<results::Table> tables = results::wideTables(loaded->pack, loaded->round);
        tables.append(results::sessionsTable(loaded->round, loaded->sessions));
        tables.append(reachTable(loaded->pack, loaded->summary));
        const QString error = options.format == QLatin1String("xlsx")
                                  ? writeWorkbook(parser.value(out), tables)
                                  : writeCsvTables(parser.value(out), tables, options.separator, options.byteOrderMark);
        if (!error.isEmpty()) {
            printError(error);
            return Failed;
        }
        std::fprintf(stderr, "exported %lld tables to %s\n", qlonglong(tables.size()), qPrintable(parser.value(out)));
        return Ok;
    }
    if (polis) {
        const auto loaded = loadRound(parser);
        if (!loaded)
            return Failed;
        const results::Table votes = results::polisVotes(loaded->pack, loaded->round);
        QFile file;
        if (!openOutput(file, parser, out))
            return Failed;
        writeCsvTable(votes.header, votes.rows, options.separator, options.byteOrderMark, file);
        file.close();
        if (parser.isSet(out))
            std::fprintf(stderr, "exported the votes of %lld participants to %s\n", qlonglong(votes.rows.size()), qPrintable(parser.value(out)));
        return Ok;
    }
    auto store = openStore(parser);
    if (!store)
        return Failed;
    const QList<ExportRow> rows = store->ingest().exportRows(options.since);
    QFile file;
    if (!openOutput(file, parser, out))
        return Failed;
    writeExport(rows, options, file);
    file.close();
    if (parser.isSet(out))
        std::fprintf(stderr, "exported %lld contributions to %s\n", qlonglong(rows.size()), qPrintable(parser.value(out)));
    return Ok;
}

} // namespace samenspraak::server::commands
