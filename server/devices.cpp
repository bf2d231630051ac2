// The device registry of the server store: one-time enrollment codes and the devices they
// enrolled, with the hash of each device's token (never the token).

#include "serverstore.h"
#include "storesql_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace samenspraak::server {

using namespace protocol;

DeviceRegistry::CreatedCode DeviceRegistry::createEnrollmentCode(const QString &name, int validHours)
{
    CreatedCode out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out.code = newEnrollmentCode();
    out.expiresAt = now.addSecs(qint64(validHours) * 3600).toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO enrollment_codes(code_hash, name, created_at, expires_at) VALUES(?,?,?,?)"));
    q.addBindValue(QString::fromLatin1(hashSecret(out.code)));
    q.addBindValue(detail::nonNull(name));
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    q.addBindValue(out.expiresAt);
    if (!q.exec()) {
        out.error = QStringLiteral("Cannot store the enrollment code: %1").arg(q.lastError().text());
        out.code.clear();
    }
    return out;
}

DeviceRegistry::Enrollment DeviceRegistry::redeemEnrollmentCode(const EnrollmentRequest &request)
{
    Enrollment out;
    const QString code = normalizeEnrollmentCode(request.code);
    const QString codeHash = QString::fromLatin1(hashSecret(code));
    const QString now = detail::nowUtc();
    auto failed = [&](const QSqlQuery &q) {
        out.result = Enrollment::Failed;
        out.error = q.lastError().text();
        m_db.rollback();
        qCWarning(lcServerStore) << "enrollment failed:" << out.error;
        return out;
    };
    if (code.isEmpty()) {
        out.result = Enrollment::UnknownCode;
        return out;
    }
    if (!m_db.transaction()) {
        out.error = m_db.lastError().text();
        return out;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?"));
    q.addBindValue(codeHash);
    if (!q.exec())
        return failed(q);
    if (!q.next()) {
        m_db.rollback();
        out.result = Enrollment::UnknownCode;
        return out;
    }
    const QString codeName = q.value(0).toString();
    const QString expiresAt = q.value(1).toString();
    const QString usedAt = q.value(2).toString();
    q.finish();
    if (!usedAt.isEmpty() || expiresAt <= now) {
        m_db.rollback();
        out.result = usedAt.isEmpty() ? Enrollment::ExpiredCode : Enrollment::UsedCode;
        out.when = usedAt.isEmpty() ? expiresAt : usedAt;
        return out;
    }
    out.deviceId = request.deviceId.isEmpty() ? newId() : request.deviceId;
    // The name staff gave the code wins, then the name the registry has, then the device's own.
    q.prepare(QStringLiteral("SELECT name FROM devices WHERE id = ?"));
    q.addBindValue(out.deviceId);
    if (!q.exec())
        return failed(q);
    const QString knownName = q.next() ? q.value(0).toString() : QString();
    q.finish();
    out.name = !codeName.isEmpty() ? codeName : !knownName.isEmpty() ? knownName : request.name;
    out.token = newToken();
    // Single use even under a race: only the request that flips used_at wins.
    q.prepare(QStringLiteral("UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(out.deviceId);
    q.addBindValue(codeHash);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1) {
        m_db.rollback();
        out.result = Enrollment::UsedCode;
        out.when = now;
        return out;
    }
    // A device enrolled again (new code from staff) gets a new token; the old one stops working,
    // and the numbers of its reports start afresh (its store may be a new one, numbering lower).
    q.prepare(QStringLiteral("INSERT INTO devices(id, name, token_hash, enrolled_at, revoked_at, app_version) VALUES(?,?,?,?,?,?)"
                             " ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, enrolled_at = excluded.enrolled_at,"
                             " revoked_at = NULL, app_version = excluded.app_version, name = excluded.name, pending_report_seq = NULL"));
    q.addBindValue(out.deviceId);
    q.addBindValue(detail::nonNull(out.name));
    q.addBindValue(QString::fromLatin1(hashSecret(out.token)));
    q.addBindValue(now);
    q.addBindValue(detail::nullText());
    q.addBindValue(detail::nonNull(request.appVersion));
    if (!q.exec())
        return failed(q);
    if (!m_db.commit())
        return failed(q);
    out.result = Enrollment::Enrolled;
    return out;
}

DeviceRegistry::Auth DeviceRegistry::authenticate(const QString &token)
{
    Auth out;
    if (!m_authenticate) {
        m_authenticate = std::make_unique<QSqlQuery>(m_db);
        m_authenticate->setForwardOnly(true);
        if (!m_authenticate->prepare(QStringLiteral("SELECT id, revoked_at FROM devices WHERE token_hash = ?"))) {
            qCWarning(lcServerStore) << "token check failed:" << m_authenticate->lastError().text();
            m_authenticate.reset();
            return out;
        }
    }
    QSqlQuery &q = *m_authenticate;
    q.addBindValue(QString::fromLatin1(hashSecret(token)));
    if (!q.exec()) {
        qCWarning(lcServerStore) << "token check failed:" << q.lastError().text();
        return out;
    }
    if (!q.next()) {
        q.finish();
        out.result = Auth::UnknownToken;
        return out;
    }
    out.deviceId = q.value(0).toString();
    out.revokedAt = q.value(1).toString();
    q.finish();
    out.result = out.revokedAt.isEmpty() ? Auth::Ok : Auth::Revoked;
    return out;
}

QList<DeviceInfo> DeviceRegistry::list()
{
    QList<DeviceInfo> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, COALESCE(enrolled_at, ''), COALESCE(last_seen, ''), COALESCE(revoked_at, ''),"
                               " COALESCE(app_version, ''), COALESCE(content_version, ''), pending_reported, token_hash,"
                               " (SELECT count(*) FROM sessions s WHERE s.device_id = devices.id AND s.clock_flag IS NOT NULL)"
                               " + (SELECT count(*) FROM contributions c WHERE c.device_id = devices.id AND c.clock_flag IS NOT NULL)"
                               " FROM devices ORDER BY name, id"))) {
        qCWarning(lcServerStore) << "listing devices failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                    q.value(9).toLongLong(), !q.value(8).isNull()});
    return out;
}

DeviceRegistry::Revoke DeviceRegistry::revoke(const QString &deviceId, QString *revokedAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(revoked_at, '') FROM devices WHERE id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return Revoke::Failed;
    if (!q.next())
        return Revoke::Unknown;
    if (!q.value(0).toString().isEmpty()) {
        if (revokedAt)
            *revokedAt = q.value(0).toString();
        return Revoke::AlreadyRevoked;
    }
    q.finish();
    const QString now = detail::nowUtc();
    q.prepare(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(deviceId);
    if (!q.exec())
        return Revoke::Failed;
    if (revokedAt)
        *revokedAt = now;
    return Revoke::Revoked;
}

void DeviceRegistry::touch(const QString &deviceId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE devices SET last_seen = ? WHERE id = ?"));
    q.addBindValue(detail::nowUtc());
    q.addBindValue(deviceId);
    if (!q.exec())
        qCWarning(lcServerStore) << "could not update device" << deviceId << q.lastError().text();
}

} // namespace samenspraak::server
