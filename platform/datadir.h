#pragma once
// Where a device keeps its database, and a check that it can really write there.

#include <QString>

namespace samenspraak::platform {

QString defaultDataDir();

// Creates the directory if needed and proves it is writable; returns an error sentence
// for a person (what is wrong, what to do) or an empty string.
[[nodiscard]] QString prepareDataDir(const QString &dir);

} // namespace samenspraak::platform
