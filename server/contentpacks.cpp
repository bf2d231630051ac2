// The published content packs of the server store: immutable per version; publishing an old
// version again makes it current again.

#include "serverstore.h"
#include "storesql_p.h"

#include "contentpack.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace samenspraak::server {

ContentRegistry::Publish ContentRegistry::publish(const ContentPack &pack, QString *error)
{
    auto failed = [&](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        m_db.rollback();
        return Publish::Failed;
    };
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return Publish::Failed;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sha256 FROM content_packs WHERE version = ?"));
    q.addBindValue(pack.version);
    if (!q.exec())
        return failed(q);
    const bool known = q.next();
    const QString knownSha = known ? q.value(0).toString() : QString();
    q.finish();
    if (known && knownSha.toLatin1() != pack.sha256) {
        m_db.rollback();
        if (error)
            *error = knownSha;
        return Publish::VersionTaken;
    }
    if (known) {
        const auto current = this->current(false);
        if (current && current->version == pack.version) {
            m_db.rollback();
            return Publish::AlreadyCurrent;
        }
    }
    qint64 next = 1;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(current_seq), 0) + 1 FROM content_packs")) || !q.next())
        return failed(q);
    next = q.value(0).toLongLong();
    q.finish();
    if (known) {
        q.prepare(QStringLiteral("UPDATE content_packs SET current_seq = ? WHERE version = ?"));
        q.addBindValue(next);
        q.addBindValue(pack.version);
    } else {
        q.prepare(QStringLiteral("INSERT INTO content_packs(version, pack_id, sha256, pack_json, published_at, current_seq)"
                                 " VALUES(?,?,?,?,?,?)"));
        q.addBindValue(pack.version);
        q.addBindValue(pack.id);
        q.addBindValue(QString::fromLatin1(pack.sha256));
        q.addBindValue(pack.raw);
        q.addBindValue(detail::nowUtc());
        q.addBindValue(next);
    }
    if (!q.exec())
        return failed(q);
    if (!m_db.commit())
        return failed(q);
    return known ? Publish::MadeCurrent : Publish::Published;
}

namespace {
PublishedPack packFrom(const QSqlQuery &q, bool withJson)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString().toLatin1(),
            withJson ? q.value(4).toByteArray() : QByteArray()};
}
} // namespace

std::optional<PublishedPack> ContentRegistry::current(bool withJson)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, pack_id, published_at, sha256%1 FROM content_packs ORDER BY current_seq DESC LIMIT 1")
                    .arg(withJson ? QStringLiteral(", pack_json") : QString()))
        || !q.next())
        return std::nullopt;
    return packFrom(q, withJson);
}

std::optional<PublishedPack> ContentRegistry::published(const QString &version)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version, pack_id, published_at, sha256, pack_json FROM content_packs WHERE version = ?"));
    q.addBindValue(version);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return packFrom(q, true);
}

QList<PublishedPack> ContentRegistry::list()
{
    QList<PublishedPack> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT version, pack_id, published_at, sha256 FROM content_packs ORDER BY current_seq DESC")))
        while (q.next())
            out.append(packFrom(q, false));
    return out;
}

} // namespace samenspraak::server
