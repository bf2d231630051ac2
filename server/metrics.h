#pragma once
// Counters for /metrics, in the Prometheus text format (version 0.0.4). Counters live in
// memory and restart at zero with the process, as Prometheus expects; gauges (contributions
// stored, conflicts kept, last seen per device) are read from the store on each scrape.

#include "protocol.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace samenspraak::server {

class ServerStore;

class Metrics {
public:
    void countRequest(const QString &route, const QString &method, int status);
    void countRecords(const QList<protocol::RecordResult> &results);
    // A failed enrollment attempt: "unknown", "expired", "used", "malformed" or "limited" (429).
    void countEnrollmentFailure(const QString &reason);
    // One group commit (HttpApi::commitGroup) of `uploads` uploads.
    void countGroupCommit(qsizetype uploads);
    QByteArray render(ServerStore &store) const;

    qint64 requests(const QString &route, int status) const;

private:
    struct RequestKey {
        QString route, method;
        int status = 0;
        friend bool operator<(const RequestKey &a, const RequestKey &b)
        {
            return std::tie(a.route, a.method, a.status) < std::tie(b.route, b.method, b.status);
        }
    };
    QMap<RequestKey, qint64> m_requests;
    QMap<std::pair<QString, QString>, qint64> m_records;  // (type, status) → count
    QMap<QString, qint64> m_enrollmentFailures;            // reason → count
    qint64 m_groupCommits = 0, m_groupedUploads = 0;
};

} // namespace samenspraak::server
