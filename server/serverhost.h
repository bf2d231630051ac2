#pragma once
// A running server: the store, the HTTP API on it, TLS and the listening port, as one object
// that `samenspraak-server serve` starts and that the app can start in-process (the room hub).
//
//     ServerHost host;
//     host.addRoutes(roomRoutes);              // RouteGroups, before or after start()
//     const auto started = host.start(options);
//     if (!started.ok()) ... started.error ...
//     ...
//     host.stop();                             // the port is free and the store closed again
//
// Each start() opens the store (or takes the one given with useStore()), builds a fresh
// HttpApi with the route groups added to it, and listens; stop() destroys both. Not thread
// safe: use it on the thread whose event loop serves the requests, and not from inside one of
// its own request handlers.

#include "httpapi.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace samenspraak::server {

class ServerStore;

// "HOST:PORT" (an IPv6 host in brackets) as an address and port, or nullopt when it is not one.
std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &spec);

struct HostOptions {
    QString database;                              // ServerStore::open spec; unused when a store was given
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                              // 0 picks a free one
    QString tlsCertificate, tlsKey;                // PEM files: both for HTTPS, neither for HTTP
    ApiOptions api;
};

class ServerHost {
public:
    ServerHost();
    ~ServerHost();  // stops
    ServerHost(const ServerHost &) = delete;
    ServerHost &operator=(const ServerHost &) = delete;

    // The group's routes are added to the API at every start (and at once when running). The
    // host does not own the group: keep it alive as long as the host.
    void addRoutes(RouteGroup &group);
    // The next start() uses this store instead of opening HostOptions::database (stop() closes it).
    void useStore(std::unique_ptr<ServerStore> store);

    struct Started {
        quint16 port = 0;  // the bound port; 0 when it did not start
        QString error;     // one line for a person, e.g. "cannot listen on 127.0.0.1:8080 (...)"
        bool ok() const { return port != 0; }
    };
    // Opens the store, sets up TLS and listens. Fails when already running.
    [[nodiscard]] Started start(const HostOptions &options);
    // Closes the listening port and every connection, and the store. Harmless when stopped.
    void stop();

    bool isRunning() const { return m_api != nullptr; }
    quint16 port() const { return m_port; }
    bool tls() const { return m_api && m_api->tls(); }
    // The API and the store while running; null when stopped.
    HttpApi *api() { return m_api.get(); }
    ServerStore *store() { return m_store.get(); }

private:
    QList<RouteGroup *> m_groups;
    std::unique_ptr<ServerStore> m_given;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<HttpApi> m_api;  // after m_store: destroyed first
    quint16 m_port = 0;
};

} // namespace samenspraak::server
