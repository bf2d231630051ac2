#include "metrics.h"

#include "serverstore.h"

#include <QDateTime>

namespace samenspraak::server {

namespace {

// Label values escape backslash, double quote and newline.
QByteArray label(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return v.toUtf8();
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

} // namespace

void Metrics::countRequest(const QString &route, const QString &method, int status)
{
    ++m_requests[{route, method, status}];
}

void Metrics::countRecords(const QList<protocol::RecordResult> &results)
{
    for (const auto &r : results)
        ++m_records[{r.type, protocol::toString(r.status)}];
}

void Metrics::countEnrollmentFailure(const QString &reason)
{
    ++m_enrollmentFailures[reason];
}

void Metrics::countGroupCommit(qsizetype uploads)
{
    ++m_groupCommits;
    m_groupedUploads += uploads;
}

qint64 Metrics::requests(const QString &route, int status) const
{
    qint64 n = 0;
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it)
        if (it.key().route == route && it.key().status == status)
            n += it.value();
    return n;
}

QByteArray Metrics::render(ServerStore &store) const
{
    QByteArray out;
    header(out, "samenspraak_http_requests_total", "counter", "HTTP requests answered, by route, method and status.");
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it)
        out += "samenspraak_http_requests_total{route=\"" + label(it.key().route) + "\",method=\"" + label(it.key().method)
               + "\",status=\"" + QByteArray::number(it.key().status) + "\"} " + QByteArray::number(it.value()) + '\n';

    header(out, "samenspraak_records_total", "counter",
           "Uploaded records by type and result: stored, duplicate (already had it), conflict (kept aside), rejected.");
    for (const char *type : {"session", "contribution"})
        for (auto status : {protocol::RecordStatus::Stored, protocol::RecordStatus::Duplicate, protocol::RecordStatus::Conflict,
                            protocol::RecordStatus::Rejected}) {
            const QString s = protocol::toString(status);
            out += QByteArray("samenspraak_records_total{type=\"") + type + "\",status=\"" + s.toUtf8() + "\"} "
                   + QByteArray::number(m_records.value({QString::fromLatin1(type), s})) + '\n';
        }

    header(out, "samenspraak_enrollment_failures_total", "counter",
           "Failed enrollment attempts by reason: unknown, expired or used code, malformed request, or limited (429).");
    for (const char *reason : {"unknown", "expired", "used", "malformed", "limited"})
        out += QByteArray("samenspraak_enrollment_failures_total{reason=\"") + reason + "\"} "
               + QByteArray::number(m_enrollmentFailures.value(QString::fromLatin1(reason))) + '\n';

    header(out, "samenspraak_upload_commits_total", "counter", "Transactions that stored uploads: one per group commit.");
    out += "samenspraak_upload_commits_total " + QByteArray::number(m_groupCommits) + '\n';
    header(out, "samenspraak_uploads_committed_total", "counter",
           "Uploads stored by those transactions (divided by samenspraak_upload_commits_total: the mean group size).");
    out += "samenspraak_uploads_committed_total " + QByteArray::number(m_groupedUploads) + '\n';

    header(out, "samenspraak_contributions_stored", "gauge", "Contributions in the server store.");
    out += "samenspraak_contributions_stored " + QByteArray::number(store.ingest().contributionCount()) + '\n';
    header(out, "samenspraak_conflicts_kept", "gauge", "Records kept aside because a different record had the same id.");
    out += "samenspraak_conflicts_kept " + QByteArray::number(store.ingest().conflictCount()) + '\n';

    const QList<DeviceInfo> devices = store.devices().list();
    header(out, "samenspraak_device_last_seen_timestamp_seconds", "gauge", "When each device last reached the server (Unix time).");
    for (const DeviceInfo &d : devices) {
        if (d.lastSeen.isEmpty())
            continue;
        const qint64 seconds = QDateTime::fromString(d.lastSeen, Qt::ISODateWithMs).toSecsSinceEpoch();
        out += "samenspraak_device_last_seen_timestamp_seconds{device=\"" + label(d.id) + "\",name=\"" + label(d.name) + "\"} "
               + QByteArray::number(seconds) + '\n';
    }
    header(out, "samenspraak_device_pending_records", "gauge", "Records still waiting on each device, as it last reported.");
    for (const DeviceInfo &d : devices)
        out += "samenspraak_device_pending_records{device=\"" + label(d.id) + "\",name=\"" + label(d.name) + "\"} "
               + QByteArray::number(d.pendingReported) + '\n';
    header(out, "samenspraak_device_clock_suspect_records", "gauge",
           "Records of each device whose device time was implausible (before 2020, or more than a day ahead of the server).");
    for (const DeviceInfo &d : devices)
        out += "samenspraak_device_clock_suspect_records{device=\"" + label(d.id) + "\",name=\"" + label(d.name) + "\"} "
               + QByteArray::number(d.clockSuspect) + '\n';
    header(out, "samenspraak_device_revoked", "gauge", "1 for a revoked device, 0 for an active one.");
    for (const DeviceInfo &d : devices)
        out += "samenspraak_device_revoked{device=\"" + label(d.id) + "\",name=\"" + label(d.name) + "\"} "
               + (d.revokedAt.isEmpty() ? "0" : "1") + '\n';
    return out;
}

} // namespace samenspraak::server
