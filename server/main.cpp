// samenspraak-server: the municipal server (see README.md and docs/operations.md).

#include "exporter.h"
#include "httpapi.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <cstdio>

using namespace samenspraak::server;

namespace {

enum ExitCode { Ok = 0, Failed = 1, BadUsage = 2 };

void printError(const QString &message)
{
    std::fprintf(stderr, "samenspraak-server: %s\n", qPrintable(message));
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return false;
    }
    return true;
}

const QCommandLineOption DbOption(QStringLiteral("db"), QStringLiteral("SQLite file, or postgresql://user:pass@host:port/db"),
                                  QStringLiteral("PATH|URL"));

std::unique_ptr<ServerStore> openStore(const QCommandLineParser &parser)
{
    if (!parser.isSet(DbOption)) {
        printError(QStringLiteral("--db is required (a file path, or a postgresql:// URL)"));
        return nullptr;
    }
    auto opened = ServerStore::open(parser.value(DbOption));
    if (!opened.store)
        printError(opened.error);
    return std::move(opened.store);
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 127.0.0.1:8080 (port 0 picks a free one)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    parser.addOptions({DbOption, listen});
    if (!parse(parser, arguments))
        return BadUsage;
    const QString spec = parser.value(listen);
    const int colon = int(spec.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const uint port = spec.mid(colon + 1).toUInt(&portOk);
    QHostAddress address(spec.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon < 0 || !portOk || port > 65535 || address.isNull()) {
        printError(QStringLiteral("--listen %1 is not HOST:PORT, e.g. 127.0.0.1:8080").arg(spec));
        return BadUsage;
    }
    auto store = openStore(parser);
    if (!store)
        return Failed;
    HttpApi api(*store);
    QString error;
    const quint16 bound = api.listen(address, quint16(port), &error);
    if (!bound) {
        printError(error);
        return Failed;
    }
    std::printf("listening on http://%s:%u\n", qPrintable(address.toString()), bound);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write to FILE instead of stdout."), QStringLiteral("FILE"));
    const QCommandLineOption separator(QStringLiteral("separator"), QStringLiteral("CSV separator: comma or semicolon (Dutch Excel)."),
                                       QStringLiteral("comma|semicolon"), QStringLiteral("comma"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), QStringLiteral("Leave out the UTF-8 byte order mark."));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("Only contributions received at or after this ISO time."),
                                   QStringLiteral("TIME"));
    parser.addOptions({DbOption, format, out, separator, noBom, since});
    if (!parse(parser, arguments))
        return BadUsage;
    ExportOptions options;
    options.format = parser.value(format);
    if (options.format != QLatin1String("csv") && options.format != QLatin1String("json")) {
        printError(QStringLiteral("--format must be csv or json"));
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
    auto store = openStore(parser);
    if (!store)
        return Failed;
    const QList<ExportRow> rows = store->exportRows(options.since);
    QFile file;
    if (parser.isSet(out)) {
        file.setFileName(parser.value(out));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            printError(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return Failed;
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return Failed;
    }
    writeExport(rows, options, file);
    file.close();
    if (parser.isSet(out))
        std::fprintf(stderr, "exported %lld contributions to %s\n", qlonglong(rows.size()), qPrintable(parser.value(out)));
    return Ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("samenspraak-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMENSPRAAK_VERSION));
    QStringList arguments = app.arguments();
    const QString command = arguments.value(1);
    const QString usage = QStringLiteral("usage: samenspraak-server serve|export [options]   (each has --help)");
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::printf("%s\n", qPrintable(usage));
        return command.isEmpty() ? BadUsage : Ok;
    }
    arguments.removeAt(1);
    if (command == QLatin1String("serve"))
        return serve(arguments);
    if (command == QLatin1String("export"))
        return exportCommand(arguments);
    printError(QStringLiteral("unknown command '%1'. %2").arg(command, usage));
    return BadUsage;
}
