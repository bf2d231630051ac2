#pragma once
// What is checked of an upload before it is queued for the group commit: its body decoded
// strictly and each answer checked against the content pack it was given under. Runs on worker
// threads (HttpApi's checking pool), so that parsing uses the other cores while the main thread
// reads sockets and commits groups (docs/architecture.md, "Uploads: group commit").
// Nothing here touches the database: packs come from a PackCache that the main thread fills.

#include "protocol.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace samenspraak {
struct ContentPack;
}

namespace samenspraak::server {

// Published content packs by version, shared by the main thread (which loads them) and the
// checking threads (which only read). Versions are immutable, so an entry never changes.
class PackCache {
public:
    // The pack, or nullopt when this version was not loaded yet.
    std::optional<std::shared_ptr<const ContentPack>> find(const QString &version) const;
    void insert(const QString &version, std::shared_ptr<const ContentPack> pack);

private:
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<const ContentPack>> m_packs;
};

// A pack by version: null when the server has no such version (its answers are stored as
// sent), nullopt when the caller cannot tell here (then the check is left to the main thread).
using PackLookup = std::function<std::optional<const ContentPack *>(const QString &version)>;

// Takes every contribution that does not fit its pack out of batch.contributions, into
// `rejected` with the reason. False, with the batch unchanged, when `pack` could not tell.
[[nodiscard]] bool checkAgainstPacks(protocol::UploadBatch &batch, QList<protocol::RecordResult> &rejected, const PackLookup &pack);

struct CheckedUpload {
    protocol::DecodedBatch decoded;
    QList<protocol::RecordResult> rejected;  // answers that do not fit their pack
    bool packsChecked = false;               // false: a pack was not in the cache yet
};

// Thread-safe: decodes `body` and, when it decoded without errors, checks it against the
// packs in `packs`.
[[nodiscard]] CheckedUpload checkUpload(const QByteArray &body, protocol::BatchShape shape, const PackCache &packs);

} // namespace samenspraak::server
