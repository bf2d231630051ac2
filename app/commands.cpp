#include "commands.h"

#include "appcontext.h"
#include "contentupdater.h"
#include "datadir.h"
#include "backoff.h"
#include "sessioncontroller.h"
#include "simulator.h"
#include "syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstdio>

namespace samenspraak {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "samenspraak: %s\n", qPrintable(message));
}

// Parses `arguments` (the subcommand's own, with argv[0] first) or prints why not.
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

const QCommandLineOption DataDirOption(QStringLiteral("data-dir"), QStringLiteral("The device's data directory."),
                                       QStringLiteral("DIR"), platform::defaultDataDir());

// An http(s) URL, or an invalid one.
QUrl serverUrlFrom(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty() || !url.isValid() || !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        return {};
    return url;
}

void waitMs(int ms)
{
    QEventLoop wait;
    QTimer::singleShot(ms, &wait, &QEventLoop::quit);
    wait.exec();
}

// Fetches the published content pack, retrying transient failures like the upload does.
ContentCheck checkContent(AppContext &context, QNetworkAccessManager &network, const QUrl &url, const QString &token, int maxRetries)
{
    ContentUpdater updater(context, &network);
    sync::Backoff backoff(500, 4000);
    for (int attempt = 0;; ++attempt) {
        QEventLoop loop;
        ContentCheck check;
        QObject::connect(&updater, &ContentUpdater::finished, &loop, [&](const ContentCheck &c) {
            check = c;
            loop.quit();
        });
        updater.start(url, token);
        loop.exec();
        QObject::disconnect(&updater, nullptr, &loop, nullptr);
        if (check.failure != sync::FailureKind::Transient || attempt >= maxRetries)
            return check;
        waitMs(backoff.nextDelayMs());
    }
}

} // namespace

int commandSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Records synthetic participants through the same code as the UI."));
    const QCommandLineOption participants(QStringLiteral("participants"), QStringLiteral("How many participants."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (same seed, same answers)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("kiosk, workshop, event, assisted or paper."), QStringLiteral("CHANNEL"), QStringLiteral("kiosk"));
    parser.addOptions({DataDirOption, participants, seed, channel});
    if (!parse(parser, arguments))
        return BadUsage;
    bool ok1 = false, ok2 = false;
    const int n = parser.value(participants).toInt(&ok1);
    const uint s = parser.value(seed).toUInt(&ok2);
    if (!ok1 || n < 0 || !ok2) {
        printError(QStringLiteral("--participants and --seed must be whole numbers of 0 or more."));
        return BadUsage;
    }
    auto created = AppContext::create(parser.value(DataDirOption), CorruptionPolicy::Refuse);
    if (!created.context) {
        printError(created.error.message);
        return Failed;
    }
    created.context->sessions().setChannel(parser.value(channel));
    const SimulationResult result = simulateParticipants(*created.context, n, s);
    std::printf("simulated %d participants, %d contributions saved in %s\n", result.participants, result.contributions,
                qPrintable(created.context->store().path()));
    if (!result.error.isEmpty()) {
        printError(result.error);
        return Failed;
    }
    return Ok;
}

int commandSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Uploads every saved answer the server has not acknowledged yet, then fetches "
                                                    "the content pack the municipality publishes (in use from the next participant).\n"
                                                    "The exit code says whether the answers are safe: 0 when nothing is pending; the "
                                                    "`content:` line says what happened to the content.\n"
                                                    "The device must be enrolled first (samenspraak enroll)."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server base URL, e.g. http://192.168.1.10:8080 (remembered)."), QStringLiteral("URL"));
    const QCommandLineOption retries(QStringLiteral("retries"), QStringLiteral("Retries after a network failure."), QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({DataDirOption, server, retries});
    if (!parse(parser, arguments))
        return BadUsage;

    auto created = AppContext::create(parser.value(DataDirOption), CorruptionPolicy::Refuse);
    if (!created.context) {
        printError(created.error.message);
        return Failed;
    }
    Store &store = created.context->store();
    QString serverUrl = parser.value(server);
    if (serverUrl.isEmpty())
        serverUrl = store.setting(QStringLiteral("server_url"));
    const QUrl url = serverUrlFrom(serverUrl);
    if (url.isEmpty()) {
        printError(QStringLiteral("No valid server URL. Give one with --server http://HOST:PORT."));
        return BadUsage;
    }
    if (parser.isSet(server) && store.setSetting(QStringLiteral("server_url"), url.toString()))
        printError(QStringLiteral("could not remember the server URL (continuing)"));

    QNetworkAccessManager network;
    sync::SyncConfig config{url, store.deviceId(), store.setting(QStringLiteral("device_token")),
                            QStringLiteral(SAMENSPRAAK_VERSION), created.context->pack().version};
    sync::SyncClient client(store, config, &network);
    sync::Backoff backoff(500, 4000);
    const int maxRetries = qMax(0, parser.value(retries).toInt());
    sync::SyncSummary total;
    for (int attempt = 0;; ++attempt) {
        QEventLoop loop;
        sync::SyncSummary summary;
        QObject::connect(&client, &sync::SyncClient::finished, &loop, [&](const sync::SyncSummary &s) {
            summary = s;
            loop.quit();
        });
        client.start();
        if (client.isRunning())
            loop.exec();
        total.sent += summary.sent;
        total.acknowledged += summary.acknowledged;
        total.conflicts += summary.conflicts;
        total.rejected += summary.rejected;
        total.pending = summary.pending;
        total.quarantined = summary.quarantined;
        total.failure = summary.failure;
        total.httpStatus = summary.httpStatus;
        total.error = summary.error;
        if (summary.failure != sync::FailureKind::Transient || attempt >= maxRetries)
            break;
        const int delay = backoff.nextDelayMs();
        printError(QStringLiteral("%1; retrying in %2 ms").arg(summary.error).arg(delay));
        waitMs(delay);
    }
    std::printf("sent %d, acknowledged %d, conflicts %d, rejected %d, pending %d, quarantined %d\n", total.sent,
                total.acknowledged, total.conflicts, total.rejected, total.pending, total.quarantined);
    // Then the content the municipality publishes. Its failure does not change the exit code:
    // that tells whether the answers are safe; the line says what happened to the content.
    if (total.failure == sync::FailureKind::None || total.failure == sync::FailureKind::Refused) {
        const ContentCheck check = checkContent(*created.context, network, url, config.token, maxRetries);
        std::printf("content: %s\n", qPrintable(describe(check)));
        if (check.failure == sync::FailureKind::Unauthorized) {
            total.failure = check.failure;
            total.httpStatus = check.httpStatus;
            total.error = check.error;
        }
    }
    switch (total.failure) {
    case sync::FailureKind::None:
        break;
    case sync::FailureKind::Transient:
        printError(QStringLiteral("Cannot reach the server at %1 (%2). Check the address and the network; the %3 pending "
                                  "answers stay saved on this device.").arg(url.toString(), total.error).arg(total.pending));
        return Unreachable;
    case sync::FailureKind::Unauthorized:
        if (total.httpStatus == 403)
            printError(QStringLiteral("The municipality has revoked this device (%1). It may no longer send; ask staff to "
                                      "enroll it again. The %2 pending answers stay saved here.").arg(total.error).arg(total.pending));
        else
            printError(QStringLiteral("The server does not know this device (%1). Enroll it with `samenspraak enroll --server "
                                      "URL --code CODE` (staff make the code); the %2 pending answers stay saved here.")
                           .arg(total.error).arg(total.pending));
        return Refused;
    case sync::FailureKind::Refused:
        printError(QStringLiteral("The server refused the upload (%1). The answers stay saved here.").arg(total.error));
        return Refused;
    }
    return total.pending == 0 ? Ok : Failed;
}

int commandEnroll(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Enrolls this device with the municipal server, using a one-time code "
                                                    "from `samenspraak-server devices enroll-code`."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server base URL, e.g. https://samenspraak.dalfsen.nl."),
                                    QStringLiteral("URL"));
    const QCommandLineOption code(QStringLiteral("code"), QStringLiteral("The enrollment code, e.g. K7QM-3XRT-9WPA-HC2D."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("A name for this device, if the code has none."),
                                  QStringLiteral("NAME"));
    parser.addOptions({DataDirOption, server, code, name});
    if (!parse(parser, arguments))
        return BadUsage;
    const QUrl url = serverUrlFrom(parser.value(server));
    if (url.isEmpty()) {
        printError(QStringLiteral("No valid server URL. Give one with --server http://HOST:PORT."));
        return BadUsage;
    }
    if (protocol::normalizeEnrollmentCode(parser.value(code)).isEmpty()) {
        printError(QStringLiteral("--code '%1' is not an enrollment code: 16 letters and digits, e.g. K7QM-3XRT-9WPA-HC2D.")
                       .arg(parser.value(code)));
        return BadUsage;
    }
    auto created = AppContext::create(parser.value(DataDirOption), CorruptionPolicy::Refuse);
    if (!created.context) {
        printError(created.error.message);
        return Failed;
    }
    Store &store = created.context->store();

    QUrl endpoint = url;
    endpoint.setPath(endpoint.path().chopped(endpoint.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QLatin1String(protocol::ApiBasePath)
                     + QStringLiteral("/enrollments"));
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("API-Version", protocol::ApiVersion);
    request.setTransferTimeout(30'000);
    const protocol::EnrollmentRequest body{parser.value(code), store.deviceId(), QStringLiteral(SAMENSPRAAK_VERSION), parser.value(name)};
    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(request, protocol::encode(body));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status == 0) {
        printError(QStringLiteral("Cannot reach the server at %1 (%2). Check the address and the network, then try again "
                                  "with the same code.").arg(url.toString(), reply->errorString()));
        return Unreachable;
    }
    if (status != 201) {
        const QString detail = protocol::problemDetail(answer);
        printError(QStringLiteral("The server did not enroll this device (HTTP %1%2).")
                       .arg(status).arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
        return status >= 500 || status == 429 ? Unreachable : Refused;
    }
    QString error;
    const auto enrolled = protocol::decodeEnrollmentResponse(answer, &error);
    if (!enrolled) {
        printError(QStringLiteral("The answer from %1 is not an enrollment: %2.").arg(url.toString(), error));
        return Failed;
    }
    // Token, server and id in one go: a half-enrolled device would be confusing.
    for (const auto &[key, value] : {std::pair{QStringLiteral("device_id"), enrolled->deviceId},
                                     std::pair{QStringLiteral("device_token"), enrolled->token},
                                     std::pair{QStringLiteral("server_url"), url.toString()}}) {
        if (StoreError e = store.setSetting(key, value)) {
            printError(QStringLiteral("Enrolled, but could not save it on this device: %1 Ask staff for a new code.").arg(e.message));
            return Failed;
        }
    }
    std::printf("enrolled device %s%s with %s\n", qPrintable(enrolled->deviceId),
                enrolled->name.isEmpty() ? "" : qPrintable(QStringLiteral(" (%1)").arg(enrolled->name)), qPrintable(url.toString()));
    return Ok;
}

int commandContent(const QStringList &arguments)
{
    // samenspraak content check FILE...
    // arguments: program, "check", FILE...
    if (arguments.size() < 3 || arguments.at(1) != QLatin1String("check")) {
        printError(QStringLiteral("usage: samenspraak content check FILE..."));
        return BadUsage;
    }
    int invalid = 0;
    for (const QString &file : arguments.mid(2)) {
        const ParsedPack parsed = loadContentPack(file);
        for (const ContentProblem &p : parsed.problems)
            std::printf("%s:%s: %s\n", qPrintable(file), qPrintable(p.path), qPrintable(p.message));
        if (parsed.pack)
            std::printf("%s: ok (%s version %s, %lld activities)\n", qPrintable(file), qPrintable(parsed.pack->id),
                        qPrintable(parsed.pack->version), qlonglong(parsed.pack->activities.size()));
        else
            ++invalid;
    }
    return invalid == 0 ? Ok : Failed;
}

} // namespace samenspraak
