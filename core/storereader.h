#pragma once
// Reading the device's store from a thread other than the one that owns its Store: the
// attract screen counts what others said in the background (ResultsModel).

#include "outbox.h"

#include <QList>
#include <QString>

namespace samenspraak {

// Every contribution still on the device, as Store::contributions() gives them, read through a
// read-only connection of its own to the database at `path` (Store::path()). Empty when it
// cannot be read (logged).
QList<protocol::ContributionRecord> readContributions(const QString &path);

} // namespace samenspraak
