#include "simulator.h"

#include "answers.h"
#include "appcontext.h"
#include "sessioncontroller.h"

#include <random>

namespace samenspraak {

SimulationResult simulateParticipants(AppContext &context, int participants, quint32 seed)
{
    SimulationResult result;
    std::mt19937 random(seed);
    SessionController &sessions = context.sessions();
    const QList<const Activity *> flow = context.pack().flow();
    for (int i = 0; i < participants; ++i) {
        context.setLanguage(std::bernoulli_distribution(0.1)(random) ? QStringLiteral("en") : QStringLiteral("nl"));
        if (!sessions.begin()) {
            result.error = sessions.lastError();
            return result;
        }
        for (const Activity *a : flow) {
            if (!sessions.submitJson(a->id, answers::sample(context.pack(), *a, random))) {
                result.error = QStringLiteral("participant %1, activity %2: %3").arg(i + 1).arg(a->id, sessions.lastError());
                sessions.end();
                return result;
            }
            ++result.contributions;
        }
        sessions.end();
        ++result.participants;
    }
    context.setLanguage(QStringLiteral("nl"));
    return result;
}

} // namespace samenspraak
