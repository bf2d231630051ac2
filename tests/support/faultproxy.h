#pragma once
// A fault-injecting HTTP/1.1 proxy for sync tests: it sits between a device and a real
// samenspraak-server on loopback and, per request, with a configurable probability picks
// one fault. It runs on its own thread, so a test may block (QProcess::waitForFinished)
// while a device syncs through it. Bytes are forwarded untouched (Authorization included).

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>

class QThread;

namespace samenspraak::testing {

enum class Fault {
    None,
    DropRequest,   // forward part of the request, then close both sides: the server never sees all of it
    DropResponse,  // the server stores the batch, the device gets a cut-off answer: the hard case
    Delay,         // hold the request a few hundred ms, then forward it
    Answer500,     // answer 500 without forwarding (a broken reverse proxy)
    Answer503,     // answer 503 without forwarding
    Answer429,     // answer 429 without forwarding
    Duplicate,     // forward the request twice, return the second answer
};
inline constexpr int FaultKinds = int(Fault::Duplicate) + 1;
QString faultName(Fault fault);

class ProxyWorker;

class FaultProxy {
public:
    // Listens on a free loopback port and forwards to 127.0.0.1:upstreamPort.
    FaultProxy(quint16 upstreamPort, quint32 seed, double faultRate);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    quint16 port() const { return m_port; }  // 0 if it could not listen
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    // Thread-safe; take effect from the next request.
    void setFaultRate(double rate) { m_state->faultRate = rate; }
    void setUpstreamPort(quint16 port) { m_state->upstreamPort = port; }
    // Restricts the faults to requests whose target starts with `prefix` (e.g.
    // "/api/v1/moderation-decisions"); the others pass untouched. Empty: every request.
    void setFaultPath(const QByteArray &prefix)
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->faultPath = prefix;
    }
    // How long a Delay holds a request: `ms`, or 0 for a few hundred ms (the default).
    void setDelayMs(int ms) { m_state->delayMs = ms; }
    // Restricts the faults picked to these kinds (all by default).
    void setFaultKinds(std::initializer_list<Fault> kinds)
    {
        quint32 mask = 0;
        for (Fault kind : kinds)
            mask |= 1u << int(kind);
        m_state->kindMask = mask;
    }

    int requests() const { return m_state->requests; }           // complete requests seen from devices
    int onFaultPath() const { return m_state->onPath; }           // of them, those setFaultPath() names
    int count(Fault fault) const { return m_state->counts[std::size_t(fault)]; }
    int withAuthorization() const { return m_state->authorized; } // requests that carried an Authorization header
    int forwarded() const { return m_state->forwarded; }         // requests the server received in full
    QString summary() const;  // "requests 84: none 59, drop-request 4, ..."

    // Shared with the worker thread.
    struct State {
        std::atomic<double> faultRate{0};
        std::atomic<quint16> upstreamPort{0};
        std::atomic<quint32> kindMask{~0u};
        std::atomic<int> requests{0};
        std::atomic<int> authorized{0};
        std::atomic<int> forwarded{0};
        std::atomic<int> onPath{0};
        std::atomic<int> delayMs{0};
        std::array<std::atomic<int>, FaultKinds> counts{};
        std::mutex mutex;  // guards faultPath
        QByteArray faultPath;
    };

private:
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    ProxyWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace samenspraak::testing
