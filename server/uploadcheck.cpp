#include "uploadcheck.h"

#include "answers.h"
#include "contentpack.h"

#include <QMutexLocker>

namespace samenspraak::server {

using namespace protocol;

std::optional<std::shared_ptr<const ContentPack>> PackCache::find(const QString &version) const
{
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_packs.constFind(version); it != m_packs.constEnd())
        return *it;
    return std::nullopt;
}

void PackCache::insert(const QString &version, std::shared_ptr<const ContentPack> pack)
{
    const QMutexLocker lock(&m_mutex);
    m_packs.insert(version, std::move(pack));
}

bool checkAgainstPacks(UploadBatch &batch, QList<RecordResult> &rejected, const PackLookup &pack)
{
    QList<RecordResult> refused;
    QList<ContributionRecord> valid;
    valid.reserve(batch.contributions.size());
    for (const ContributionRecord &c : std::as_const(batch.contributions)) {
        const std::optional<const ContentPack *> p = pack(c.contentVersion);
        if (!p)
            return false;
        QString reason;
        if (*p) {
            const Activity *activity = (*p)->activity(c.activityId);
            if (!activity)
                reason = QStringLiteral("activity '%1' is not in content version %2").arg(c.activityId, c.contentVersion);
            else if (activity->kind != c.kind)
                reason = QStringLiteral("activity '%1' is a %2 activity in content version %3, not %4")
                             .arg(c.activityId, activity->kind, c.contentVersion, c.kind);
            else if (const QString problem = answers::validate(**p, *activity, c.payload); !problem.isEmpty())
                reason = QStringLiteral("payload does not fit activity '%1' of content version %2: %3").arg(c.activityId, c.contentVersion, problem);
        }
        if (reason.isEmpty())
            valid.append(c);
        else
            refused.append({QStringLiteral("contribution"), c.id, RecordStatus::Rejected, reason});
    }
    batch.contributions = std::move(valid);
    rejected += refused;
    return true;
}

CheckedUpload checkUpload(const QByteArray &body, BatchShape shape, const PackCache &packs)
{
    CheckedUpload out{decodeBatch(body, shape), {}, false};
    if (out.decoded.fatal || !out.decoded.recordErrors.isEmpty())
        return out;
    // Packs are held here while checking, so none goes away under the check.
    QHash<QString, std::shared_ptr<const ContentPack>> held;
    out.packsChecked = checkAgainstPacks(out.decoded.batch, out.rejected, [&](const QString &version) -> std::optional<const ContentPack *> {
        if (const auto it = held.constFind(version); it != held.constEnd())
            return it->get();
        const auto found = packs.find(version);
        if (!found)
            return std::nullopt;
        held.insert(version, *found);
        return found->get();
    });
    return out;
}

} // namespace samenspraak::server
