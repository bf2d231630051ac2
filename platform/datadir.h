#pragma once
// Where a device keeps its database, and a check that it can really write there.

#include <QString>

namespace samenspraak::platform {

QString defaultDataDir();

// Creates the directory if needed (readable by its own user only, 0700) and proves it is
// writable; returns an error sentence for a person (what is wrong, what to do) or an empty
// string. A directory it made, or one that already holds `ownFile`, is tightened to 0700 when
// others may read it; a shared one (sticky, like /tmp) is never touched.
[[nodiscard]] QString prepareDataDir(const QString &dir, const QString &ownFile = {});

// Gives `path` (if it exists) mode 0600: readable and writable by its own user only.
// False when it exists and cannot be changed.
bool makePrivate(const QString &path);

} // namespace samenspraak::platform
