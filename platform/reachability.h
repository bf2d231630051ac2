#pragma once
// Whether the network is worth trying. Behind a small interface so tests and the CLI can
// use a fixed answer; the app uses QNetworkInformation where the OS provides a backend.

#include <QObject>

namespace samenspraak::platform {

class Reachability : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual bool isOnline() const = 0;
signals:
    void onlineChanged(bool online);  // a regained network resets the sync backoff
};

// Always online: tests, the CLI, and platforms without a QNetworkInformation backend
// (then we simply try, and backoff handles the failures).
class FixedReachability : public Reachability {
    Q_OBJECT
public:
    explicit FixedReachability(bool online = true, QObject *parent = nullptr) : Reachability(parent), m_online(online) {}
    bool isOnline() const override { return m_online; }
    void setOnline(bool online)
    {
        if (online != m_online)
            emit onlineChanged(m_online = online);
    }

private:
    bool m_online;
};

// Returns the OS-backed implementation when one loads, else FixedReachability(true).
Reachability *createSystemReachability(QObject *parent);

} // namespace samenspraak::platform
