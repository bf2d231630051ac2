// samenspraak-server export: every contribution as CSV (Excel-friendly) or JSON, one row per
// contribution; or the wide form per activity as an Excel workbook (xlsx) or a folder of CSV
// files (wide-csv); the Pol.is votes; the free text alone. By default nothing in it links a row
// to a session, a device or an exact moment, and the free text is apart from the profile
// answers; --joined gives the whole records (docs/privacy.md, "Exports").

#include "commands.h"

#include "commandline.h"
#include "exporter.h"
#include "serverstore.h"
#include "resultstable.h"
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
                                    QStringLiteral("csv or json (one row per contribution), xlsx (a workbook, one sheet per activity),"
                                                   " wide-csv (a folder, one file per activity), polis (the statements as"
                                                   " Pol.is's participants-votes.csv: 1 agree, -1 disagree, 0 pass) or free-text (every"
                                                   " idea, own value and remark, with nothing about who wrote it)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write to FILE (a folder for wide-csv) instead of stdout."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption separator(QStringLiteral("separator"), QStringLiteral("CSV separator: comma or semicolon (Dutch Excel)."),
                                       QStringLiteral("comma|semicolon"), QStringLiteral("comma"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), QStringLiteral("Leave out the UTF-8 byte order mark."));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("Only contributions received at or after this ISO time."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption joined(QStringLiteral("joined"),
                                    QStringLiteral("The whole records: session and device ids, exact times, free text next to the profile"
                                                   " answers. Linkable personal data: only when the analysis needs it."));
    parser.addOptions({databaseOption(), format, out, separator, noBom, since, joined, phaseOption(), languageOption()});
    if (!parse(parser, arguments))
        return BadUsage;
    ExportOptions options;
    options.format = parser.value(format);
    const bool wide = options.format == QLatin1String("xlsx") || options.format == QLatin1String("wide-csv");
    const bool polis = options.format == QLatin1String("polis");
    const bool freeText = options.format == QLatin1String("free-text");
    if (options.format != QLatin1String("csv") && options.format != QLatin1String("json") && !wide && !polis && !freeText) {
        printError(QStringLiteral("--format must be csv, json, xlsx, wide-csv, polis or free-text"));
        return BadUsage;
    }
    options.joined = parser.isSet(joined);
    if (freeText && options.joined) {
        printError(QStringLiteral("--format free-text is the free text alone; for free text next to its session use --joined with csv,"
                                  " json, xlsx or wide-csv"));
        return BadUsage;
    }
    if (wide && !parser.isSet(out)) {
        printError(QStringLiteral("--format %1 needs --out").arg(options.format));
        return BadUsage;
    }
    if ((wide || polis || freeText) && parser.isSet(since)) {
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
    // One pseudonym per participant across this export's tables, none shared with another export.
    const results::Participants who = options.joined ? results::Participants::joined() : results::Participants::pseudonymous();
    if (options.joined)
        std::fprintf(stderr, "warning: --joined: this export holds linkable personal data (free text next to profile answers per"
                             " session, session and device ids, exact times). Keep it within the municipality's analysis, share it"
                             " with no one and delete it when the analysis is done.\n");
    if (wide) {
        const auto loaded = loadRound(parser);
        if (!loaded)
            return Failed;
        QList<results::Table> tables = results::wideTables(loaded->pack, loaded->round, who);
        tables.append(results::sessionsTable(loaded->round, loaded->sessions, who));
        tables.append(reachTable(loaded->pack, loaded->summary));
        if (!options.joined)
            tables.append(results::freeTextTable(loaded->pack, loaded->round, loaded->moderation));
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
    if (polis || freeText) {  // one table, one CSV file
        const auto loaded = loadRound(parser);
        if (!loaded)
            return Failed;
        const results::Table table = polis ? results::polisVotes(loaded->pack, loaded->round, who)
                                           : results::freeTextTable(loaded->pack, loaded->round, loaded->moderation);
        QFile file;
        if (!openOutput(file, parser, out))
            return Failed;
        writeCsvTable(table.header, table.rows, options.separator, options.byteOrderMark, file);
        file.close();
        const QString what = polis ? QStringLiteral("the votes of %1 participants") : QStringLiteral("%1 free texts");
        if (parser.isSet(out))
            std::fprintf(stderr, "exported %s to %s\n", qPrintable(what.arg(table.rows.size())), qPrintable(parser.value(out)));
        return Ok;
    }
    auto store = openStore(parser);
    if (!store)
        return Failed;
    const QList<ExportRow> rows = store->ingest().exportRows(options.since);
    QFile file;
    if (!openOutput(file, parser, out))
        return Failed;
    const qsizetype written = writeExport(rows, options, file);
    file.close();
    if (parser.isSet(out))
        std::fprintf(stderr, "exported %lld contributions to %s\n", qlonglong(written), qPrintable(parser.value(out)));
    if (!options.joined)
        std::fprintf(stderr, "the free text (ideas, own values, remarks) is not in this export: --format free-text gives it apart\n");
    return Ok;
}

} // namespace samenspraak::server::commands
