// Exactly-once through a flaky network: a device syncs through a proxy that drops, delays,
// fails and duplicates requests, then the network heals; every contribution is on the
// server once and only once. The first test checks the proxy itself does what it claims.

#include <catch2/catch.hpp>

#include "appcontext.h"
#include "faultproxy.h"
#include "faultsetup.h"
#include "syncclient.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>

using namespace samenspraak;
using namespace samenspraak::testing;

namespace {

// An upstream that records what reached it and echoes the body.
struct EchoServer {
    QHttpServer http;
    quint16 port = 0;
    int requests = 0;
    QByteArray authorization, body;

    EchoServer()
    {
        http.route(QStringLiteral("/echo"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            ++requests;
            authorization = request.value(QByteArrayLiteral("Authorization"));
            body = request.body();
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("echo:") + request.body());
        });
        port = http.listen(QHostAddress::LocalHost, 0);
    }
};

struct Answer {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body, retryAfter;
};

Answer post(QNetworkAccessManager &network, const FaultProxy &proxy, const QByteArray &body)
{
    QNetworkRequest request(QUrl(proxy.url() + QStringLiteral("/echo")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    request.setRawHeader("Authorization", "Bearer s3cr3t-token");
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(), reply->readAll(),
             reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return a;
}

} // namespace

TEST_CASE("the fault proxy forwards untouched and each fault does what it says", "[faults][proxy]")
{
    EchoServer upstream;
    REQUIRE(upstream.port != 0);
    FaultProxy proxy(upstream.port, 1, 0.0);
    REQUIRE(proxy.port() != 0);
    QNetworkAccessManager network;
    const QByteArray body(10'000, 'x');

    // No fault: bytes and the Authorization header arrive as sent, and the answer comes back.
    Answer a = post(network, proxy, body);
    CHECK(a.status == 200);
    CHECK(a.body == "echo:" + body);
    CHECK(upstream.requests == 1);
    CHECK(upstream.authorization == "Bearer s3cr3t-token");
    CHECK(upstream.body == body);
    CHECK(proxy.withAuthorization() == 1);

    proxy.setFaultRate(1.0);
    const std::pair<Fault, int> answers[] = {{Fault::Answer500, 500}, {Fault::Answer503, 503}, {Fault::Answer429, 429}};
    for (const auto &[fault, status] : answers) {
        INFO(faultName(fault).toStdString());
        proxy.setFaultKinds({fault});
        a = post(network, proxy, body);
        CHECK(a.status == status);
        CHECK(a.body.contains("injected by the fault proxy"));
        CHECK(upstream.requests == 1);  // never forwarded
        CHECK(proxy.count(fault) == 1);
    }
    CHECK(a.retryAfter == "1");

    proxy.setFaultKinds({Fault::Delay});
    a = post(network, proxy, body);
    CHECK(a.status == 200);
    CHECK(a.body == "echo:" + body);
    CHECK(upstream.requests == 2);

    proxy.setFaultKinds({Fault::Duplicate});
    a = post(network, proxy, body);
    CHECK(a.status == 200);
    CHECK(a.body == "echo:" + body);
    CHECK(upstream.requests == 4);  // the server saw it twice, the client one answer

    // Stored upstream, but the answer is cut off: the client sees an error.
    proxy.setFaultKinds({Fault::DropResponse});
    a = post(network, proxy, body);
    CHECK(a.error != QNetworkReply::NoError);
    CHECK(a.body != "echo:" + body);
    CHECK(upstream.requests == 5);

    // Half the body reaches the server, which never sees a whole request (Qt may resend once
    // on a fresh connection; that one is cut as well).
    proxy.setFaultKinds({Fault::DropRequest});
    a = post(network, proxy, body);
    CHECK(a.error != QNetworkReply::NoError);
    CHECK(upstream.requests == 5);
    CHECK(proxy.count(Fault::DropRequest) >= 1);
    CHECK(proxy.count(Fault::None) == 1);
}

TEST_CASE("through a proxy faulting 30% of requests, every contribution arrives exactly once", "[e2e][faults][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    // The proxy brings its own 429s; the test retries at once (the app would back off),
    // which the server's rate limit would rightly refuse.
    const auto setup = simulatedDeviceAndServer(backend, 400, 31, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    const QString &device = setup->device;
    ServerProcess &server = *setup->server;

    FaultProxy proxy(quint16(server.port()), 20260501, 0.30);
    REQUIRE(proxy.port() != 0);
    {
        // The device's own upload engine, retried at once after each failure (the app backs
        // off; the test need not), with small batches so that many requests meet the proxy.
        auto created = AppContext::create(device, CorruptionPolicy::Refuse, sourcePath(QStringLiteral("content/dalfsen-2040.json")));
        REQUIRE(created.context);
        Store &store = created.context->store();
        REQUIRE_FALSE(store.deviceToken().isEmpty());
        QNetworkAccessManager network;
        sync::SyncConfig config{QUrl(proxy.url()), store.deviceId(), store.deviceToken(),
                                QStringLiteral("fault-test"), created.context->pack().version};
        config.batchSize = 25;
        sync::SyncClient client(store, config, &network);
        int runs = 0;
        sync::SyncSummary summary;
        while (runs < 300) {
            summary = sync::runOnce(client);
            ++runs;
            INFO("run " << runs << ": " << summary.error.toStdString());
            REQUIRE((summary.failure == sync::FailureKind::None || summary.failure == sync::FailureKind::Transient));
            if (summary.failure == sync::FailureKind::None && summary.pending == 0)
                break;
        }
        std::printf("%s: fault proxy after %d sync runs: %s\n", qPrintable(backend), runs, qPrintable(proxy.summary()));
        CHECK(summary.pending == 0);
    }
    INFO(proxy.summary().toStdString());
    for (int kind = 1; kind < FaultKinds; ++kind) {
        INFO(faultName(Fault(kind)).toStdString());
        CHECK(proxy.count(Fault(kind)) > 0);
    }

    // The network heals: one more sync, by the command a device runs.
    proxy.setFaultRate(0);
    CHECK(checkEveryContributionOnce(*setup, proxy.url()).onDevice > 2000);
    // Every request carried the device's bearer token through the proxy, untouched (the
    // server refuses uploads without it).
    CHECK(proxy.withAuthorization() == proxy.requests());
}
