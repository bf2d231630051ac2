#pragma once
// Capped exponential backoff with "equal jitter" (DESIGN.md §4.5): the delay is random in
// [ceiling/2, ceiling], so devices that lost the network together do not retry in lockstep.

#include <QtGlobal>
#include <random>

namespace samenspraak::sync {

class Backoff {
public:
    explicit Backoff(int baseMs = 1000, int capMs = 5 * 60 * 1000, quint32 seed = std::random_device{}())
        : m_baseMs(baseMs), m_capMs(capMs), m_rng(seed) {}

    // Delay before the next attempt after one more failure.
    int nextDelayMs()
    {
        const qint64 ceiling = qMin<qint64>(m_capMs, qint64(m_baseMs) << qMin(m_failures, 20));
        ++m_failures;
        return int(std::uniform_int_distribution<qint64>(ceiling / 2, ceiling)(m_rng));
    }
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_baseMs;
    int m_capMs;
    int m_failures = 0;
    std::mt19937 m_rng;
};

} // namespace samenspraak::sync
