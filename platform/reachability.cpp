#include "reachability.h"

#include <QNetworkInformation>

namespace samenspraak::platform {

namespace {
class SystemReachability : public Reachability {
public:
    SystemReachability(QNetworkInformation *info, QObject *parent) : Reachability(parent), m_info(info)
    {
        connect(info, &QNetworkInformation::reachabilityChanged, this, [this] { emit onlineChanged(isOnline()); });
    }
    bool isOnline() const override
    {
        const auto r = m_info->reachability();
        // Unknown means the backend cannot tell: try rather than wait forever.
        return r != QNetworkInformation::Reachability::Disconnected;
    }

private:
    QNetworkInformation *m_info;
};
} // namespace

Reachability *createSystemReachability(QObject *parent)
{
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance())
        return new SystemReachability(QNetworkInformation::instance(), parent);
    return new FixedReachability(true, parent);
}

} // namespace samenspraak::platform
