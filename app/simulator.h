#pragma once
// Synthetic participants for demos, load tests and benchmarks. They go through the same
// SessionController as the UI, so every answer is validated and committed the same way.

#include <QString>

namespace samenspraak {

class AppContext;

struct SimulationResult {
    int participants = 0;
    int contributions = 0;
    QString error;  // the first failure, which stops the run
};

[[nodiscard]] SimulationResult simulateParticipants(AppContext &context, int participants, quint32 seed);

} // namespace samenspraak
