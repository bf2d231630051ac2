#include "serverhost.h"

#include "serverstore.h"

namespace samenspraak::server {

std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &spec)
{
    const int colon = int(spec.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const uint port = spec.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(spec.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

ServerHost::ServerHost() = default;

ServerHost::~ServerHost()
{
    stop();
}

void ServerHost::addRoutes(RouteGroup &group)
{
    m_groups.append(&group);
    if (m_api)
        m_api->addRoutes(group);
}

void ServerHost::useStore(std::unique_ptr<ServerStore> store)
{
    m_given = std::move(store);
}

ServerHost::Started ServerHost::start(const HostOptions &options)
{
    Started out;
    if (m_api) {
        out.error = QStringLiteral("the server is already running on port %1").arg(m_port);
        return out;
    }
    if (m_given) {
        m_store = std::move(m_given);
    } else {
        ServerStore::Opened opened = ServerStore::open(options.database);
        if (!opened.store) {
            out.error = opened.error;
            return out;
        }
        m_store = std::move(opened.store);
    }
    auto api = std::make_unique<HttpApi>(*m_store, options.api);
    for (RouteGroup *group : std::as_const(m_groups))
        api->addRoutes(*group);
    if ((!options.tlsCertificate.isEmpty() || !options.tlsKey.isEmpty())
        && !api->setupTls(options.tlsCertificate, options.tlsKey, &out.error)) {
        api.reset();
        m_store.reset();
        return out;
    }
    const quint16 port = api->listen(options.address, options.port, &out.error);
    if (!port) {
        api.reset();
        m_store.reset();
        return out;
    }
    m_api = std::move(api);
    m_port = out.port = port;
    return out;
}

void ServerHost::stop()
{
    m_api.reset();  // QHttpServer closes its listening server and connections with it
    m_store.reset();
    m_port = 0;
}

} // namespace samenspraak::server
