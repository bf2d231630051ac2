#pragma once
// The payload each activity kind records, and its validation against the pack.
// Documented in docs/content-packs.md ("Payloads").

#include "contentpack.h"

namespace samenspraak {

// Returns an empty string when `payload` is a valid answer to `activity`, else a sentence
// naming the field and what is wrong with it.
[[nodiscard]] QString validatePayload(const ContentPack &pack, const Activity &activity, const QJsonObject &payload);

} // namespace samenspraak
