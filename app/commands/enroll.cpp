// samenspraak enroll: makes this device known to the municipal server with a one-time code.
#include "commands.h"

#include "appcontext.h"
#include "commandline.h"
#include "syncclient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>

namespace samenspraak::commands {

int enroll(const QStringList &arguments)
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
    parser.addOptions({dataDirOption(), server, code, name});
    if (!commandline::parse(parser, arguments))
        return commandline::BadUsage;
    const QUrl url = serverUrlFrom(parser.value(server));
    if (url.isEmpty()) {
        commandline::printError(QStringLiteral("No valid server URL. Give one with --server http://HOST:PORT."));
        return commandline::BadUsage;
    }
    if (protocol::normalizeEnrollmentCode(parser.value(code)).isEmpty()) {
        commandline::printError(QStringLiteral("--code '%1' is not an enrollment code: 16 letters and digits, e.g. K7QM-3XRT-9WPA-HC2D.")
                       .arg(parser.value(code)));
        return commandline::BadUsage;
    }
    const std::unique_ptr<AppContext> device = openDevice(parser);
    if (!device)
        return commandline::Failed;
    Store &store = device->store();

    QNetworkRequest request = sync::apiRequest(url, QStringLiteral("/enrollments"), {});
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const protocol::EnrollmentRequest body{parser.value(code), store.deviceId(), QStringLiteral(SAMENSPRAAK_VERSION), parser.value(name)};
    QNetworkAccessManager network;
    const sync::Answer reply = sync::postAndWait(network, request, protocol::encode(body));
    const int status = reply.status;
    const QByteArray answer = reply.body;
    if (status == 0) {
        commandline::printError(QStringLiteral("Cannot reach the server at %1 (%2). Check the address and the network, then try again "
                                  "with the same code.").arg(url.toString(), reply.error));
        return commandline::Unreachable;
    }
    if (status != 201) {
        const QString detail = protocol::problemDetail(answer);
        commandline::printError(QStringLiteral("The server did not enroll this device (HTTP %1%2).")
                       .arg(status).arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
        return status >= 500 || status == 429 ? commandline::Unreachable : commandline::Refused;
    }
    QString error;
    const auto enrolled = protocol::decodeEnrollmentResponse(answer, &error);
    if (!enrolled) {
        commandline::printError(QStringLiteral("The answer from %1 is not an enrollment: %2.").arg(url.toString(), error));
        return commandline::Failed;
    }
    // Token, server and id together: a half-enrolled device (an id that does not match its
    // token) would have every upload refused. The token goes in its own file readable by the
    // app's user only (Store::setDeviceToken); id and server in one transaction.
    StoreError e = store.setDeviceToken(enrolled->token);
    if (!e)
        e = store.setSettings({{QStringLiteral("device_id"), enrolled->deviceId}, {QStringLiteral("server_url"), url.toString()}});
    if (e) {
        commandline::printError(QStringLiteral("Enrolled, but could not save it on this device: %1 Ask staff for a new code.").arg(e.message));
        return commandline::Failed;
    }
    std::printf("enrolled device %s%s with %s\n", qPrintable(enrolled->deviceId),
                enrolled->name.isEmpty() ? "" : qPrintable(QStringLiteral(" (%1)").arg(enrolled->name)), qPrintable(url.toString()));
    return commandline::Ok;
}

} // namespace samenspraak::commands
