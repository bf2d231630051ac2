#include "simulator.h"

#include "appcontext.h"
#include "sessioncontroller.h"

#include <QJsonArray>
#include <QJsonObject>

#include <random>

namespace samenspraak {

namespace {

class PayloadMaker {
public:
    explicit PayloadMaker(quint32 seed) : m_rng(seed) {}

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    template <typename T>
    QList<T> shuffled(QList<T> list)
    {
        std::shuffle(list.begin(), list.end(), m_rng);
        return list;
    }

    QJsonObject make(const ContentPack &pack, const Activity &a)
    {
        if (a.kind == Kind::Values) {
            QJsonArray picks;
            const auto palette = shuffled(pack.palette);
            for (int i = 0, n = between(1, a.maxPicks); i < n; ++i)
                picks.append(palette.at(i).id);
            return {{QStringLiteral("picks"), picks}};
        }
        if (a.kind == Kind::Ideas) {
            static const QStringList texts{QStringLiteral("Meer plekken om elkaar te ontmoeten in het dorp"),
                                           QStringLiteral("Betaalbare woningen voor jongeren"),
                                           QStringLiteral("Veilige fietspaden naar school"),
                                           QStringLiteral("Zorg dichtbij voor ouderen")};
            return {{QStringLiteral("text"), texts.at(between(0, int(texts.size()) - 1))},
                    {QStringLiteral("ideaKind"), a.kinds.at(between(0, int(a.kinds.size()) - 1))},
                    {QStringLiteral("theme"), pack.themes.at(between(0, int(pack.themes.size()) - 1)).id}};
        }
        if (a.kind == Kind::Dots) {
            // Spends the whole budget, one dot (or point) at a time on a random option.
            QJsonObject allocation;
            for (int spent = 0, budget = a.dots > 0 ? a.dots : a.points; spent < budget; ++spent) {
                const QString id = a.options.at(between(0, int(a.options.size()) - 1)).id;
                allocation.insert(id, allocation.value(id).toInt() + 1);
            }
            return {{QStringLiteral("allocation"), allocation}};
        }
        if (a.kind == Kind::Ranking) {
            QJsonArray order;
            for (const Option &o : shuffled(a.options))
                order.append(o.id);
            return {{QStringLiteral("order"), order}};
        }
        if (a.kind == Kind::Dilemma)
            return {{QStringLiteral("position"), between(0, a.steps - 1)}};
        if (a.kind == Kind::Statements) {
            static const QStringList answers{QStringLiteral("agree"), QStringLiteral("disagree"), QStringLiteral("pass")};
            QJsonObject out;
            for (const Option &s : a.options)
                out.insert(s.id, QJsonObject{{QStringLiteral("answer"), answers.at(between(0, 2))},
                                             {QStringLiteral("important"), chance(0.3)}});
            return {{QStringLiteral("answers"), out}};
        }
        if (a.kind == Kind::Profile) {
            QJsonObject out;
            for (const ProfileQuestion &q : a.questions)
                if (chance(0.85))  // some questions are skipped, as in real life
                    out.insert(q.id, q.options.at(between(0, int(q.options.size()) - 1)).id);
            return {{QStringLiteral("answers"), out}};
        }
        if (a.kind == Kind::Satisfaction)
            return {{QStringLiteral("score"), between(2, 5)}};
        return {};
    }

private:
    std::mt19937 m_rng;
};

} // namespace

SimulationResult simulateParticipants(AppContext &context, int participants, quint32 seed)
{
    SimulationResult result;
    PayloadMaker maker(seed);
    SessionController &sessions = context.sessions();
    const QList<const Activity *> flow = context.pack().flow();
    for (int i = 0; i < participants; ++i) {
        context.setLanguage(maker.chance(0.1) ? QStringLiteral("en") : QStringLiteral("nl"));
        if (!sessions.begin()) {
            result.error = sessions.lastError();
            return result;
        }
        for (const Activity *a : flow) {
            if (!sessions.submitJson(a->id, maker.make(context.pack(), *a))) {
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
