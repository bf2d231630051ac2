#pragma once
// POST /api/v1/moderation-decisions on the municipal server (docs/api/openapi.yaml): a room hub
// sends its facilitator's moderation decisions after the contributions they are about
// (docs/architecture.md, "Moderation"). Each is stored once on its id (ModerationLog) and only
// for a contribution in a room this hub owns; the answer has one result per decision, as an
// upload's answer does, with type "moderation".

#include "httpapi.h"

namespace samenspraak::server {

inline constexpr int MaxModerationDecisions = 500;

QHttpServerResponse receiveModerationDecisions(ApiRouter &router, const QHttpServerRequest &request);

} // namespace samenspraak::server
