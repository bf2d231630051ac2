#pragma once
// A token bucket per key (the device id): `burst` requests at once, refilled at `ratePerSecond`.
// A device that syncs normally never meets it; one stuck in a tight loop gets 429 with
// Retry-After, which the client treats as transient and backs off from.

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <cmath>

namespace samenspraak::server {

class RateLimiter {
public:
    RateLimiter(double ratePerSecond, double burst) : m_rate(ratePerSecond), m_burst(burst) { m_clock.start(); }

    // Takes one token; returns 0 when allowed, else the whole seconds to wait before the next try.
    int take(const QString &key)
    {
        if (m_rate <= 0)
            return 0;  // disabled
        const double now = double(m_clock.nsecsElapsed()) / 1e9;
        Bucket &b = m_buckets[key];
        if (!b.initialised) {
            b = {m_burst, now, true};
        } else {
            b.tokens = std::min(m_burst, b.tokens + (now - b.at) * m_rate);
            b.at = now;
        }
        if (b.tokens >= 1.0) {
            b.tokens -= 1.0;
            return 0;
        }
        return std::max(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
    }

    // The whole seconds to wait before take(key) would succeed, without taking: 0 when it would.
    int wait(const QString &key)
    {
        if (m_rate <= 0)
            return 0;
        const auto it = m_buckets.constFind(key);
        if (it == m_buckets.constEnd())
            return 0;
        const double now = double(m_clock.nsecsElapsed()) / 1e9;
        const double tokens = std::min(m_burst, it->tokens + (now - it->at) * m_rate);
        return tokens >= 1.0 ? 0 : std::max(1, int(std::ceil((1.0 - tokens) / m_rate)));
    }

    double rate() const { return m_rate; }
    double burst() const { return m_burst; }

private:
    struct Bucket {
        double tokens = 0;
        double at = 0;
        bool initialised = false;
    };
    double m_rate;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

// Failed attempts at a code (enrollment, room join): a bucket per address and one for all
// addresses together, `perMinute` failures per address (also its burst) and ten times that in
// total. A successful attempt takes nothing. 0 turns it off.
class AttemptLimiter {
public:
    explicit AttemptLimiter(double perMinute) : m_perAddress(perMinute / 60, perMinute), m_total(perMinute * 10 / 60, perMinute * 10) {}
    // Whole seconds before `address` may try again; 0 when it may now.
    int wait(const QString &address) { return std::max(m_perAddress.wait(address), m_total.wait(All)); }
    void failed(const QString &address)
    {
        (void)m_perAddress.take(address);
        (void)m_total.take(All);
    }

private:
    inline static const QString All = QStringLiteral("*");
    RateLimiter m_perAddress;
    RateLimiter m_total;
};

} // namespace samenspraak::server
