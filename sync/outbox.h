#pragma once
// What the sync client needs from a durable store. The device store implements it; tests
// may use an in-memory one. Records handed out by pending*() must already be committed.

#include "protocol.h"

namespace samenspraak::sync {

class Outbox {
public:
    virtual ~Outbox() = default;
    // Sessions and contributions the server has not acknowledged yet, oldest first but
    // those the server failed on (recordServerFailure) last, excluding quarantined ones and
    // those in `inFlight`: the ids of sessions (or contributions) sent in batches whose answer
    // has not come yet, so that a client with several batches in flight gets the next records.
    virtual QList<protocol::SessionRecord> pendingSessions(int limit, const QStringList &inFlight = {}) = 0;
    virtual QList<protocol::ContributionRecord> pendingContributions(int limit, const QStringList &inFlight = {}) = 0;
    // Sessions referenced by these contributions, whatever their state: every batch carries
    // the sessions of its contributions (the server stores an answer only with its session
    // known, and a session sent in a batch still in flight may not be stored yet; a session
    // it holds already is answered `duplicate`).
    virtual QList<protocol::SessionRecord> sessionsFor(const QList<protocol::ContributionRecord> &contributions) = 0;
    // Freeze on send: counts an attempt before any byte leaves the device.
    virtual bool markSendAttempt(const QStringList &ids) = 0;
    // Applies the server's per-record acknowledgements durably.
    virtual bool applyResults(const QList<protocol::RecordResult> &results) = 0;
    // The server failed (5xx) on a batch holding these records; after enough failures a
    // record is quarantined so one poison record cannot block the rest forever.
    virtual bool recordServerFailure(const QStringList &ids, const QString &reason) = 0;
    // The epoch `server` sent with a successful answer (protocol::ServerEpochHeader). A
    // different one than before from the same server means it was restored from a backup and
    // may have lost what it acknowledged: every acknowledged record is pending again (the server
    // answers `duplicate` for what it kept). Returns true when that happened. The first epoch
    // seen, and the first from another server (a device moved to another address), is only kept.
    virtual bool noteServerEpoch(const QString &server, const QString &epoch) = 0;
    // Write groups: between beginWriteGroup() and commitWriteGroup() the writes above do not
    // commit one by one but together, in one transaction (one fsync). The sync client applies
    // the acknowledgements of the answers that came and freezes the next batches in one group,
    // and commits it before a byte of those batches is sent. A group never stays open while
    // the event loop runs (the app saves answers meanwhile, each in its own transaction). A write that fails inside a group rolls back the
    // whole group (and returns false); the group is then over. A store that cannot group may
    // keep these as they are: each write then commits alone.
    virtual bool beginWriteGroup() { return true; }
    // Numbers for the device reports of the next `count` batches (protocol::ReportSequenceHeader):
    // the first of `count` consecutive numbers, each higher than every number this outbox handed
    // out before, kept durably (inside a write group, with the freeze of those batches). 0 when
    // the outbox keeps none (its batches then go without one), -1 when it could not be written.
    virtual qint64 reserveReportSequences(int count)
    {
        Q_UNUSED(count);
        return 0;
    }
    virtual bool commitWriteGroup() { return true; }
    // True when the last write that failed (markSendAttempt, applyResults, recordServerFailure,
    // noteServerEpoch) failed because the device's storage is full, not for another reason.
    virtual bool storageFull() { return false; }
    // Adds what only the outbox knows to a batch about to be sent: a hub's relay adds its room
    // and, per session, the device that made it (BatchShape::Relay). Nothing by default.
    virtual void describeBatch(protocol::UploadBatch &batch) { Q_UNUSED(batch); }
    virtual int pendingCount() = 0;
    virtual int quarantinedCount() = 0;
};

} // namespace samenspraak::sync
