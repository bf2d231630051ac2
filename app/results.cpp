#include "results.h"

#include "store.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace samenspraak::results {

namespace {

void sortShares(QList<Share> &shares)
{
    std::sort(shares.begin(), shares.end(), [](const Share &a, const Share &b) {
        return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
}

} // namespace

QList<Share> valuePicks(Store &store, const QString &activityId)
{
    QHash<QString, int> counts;
    int answers = 0;
    for (const auto &c : store.currentContributions(activityId)) {
        ++answers;
        for (const QJsonValue &v : c.payload.value(QStringLiteral("picks")).toArray())
            ++counts[v.toString()];
    }
    QList<Share> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out.append({it.key(), it.value(), answers});
    sortShares(out);
    return out;
}

QList<StatementTally> statements(Store &store, const QString &activityId)
{
    QList<StatementTally> out;
    QHash<QString, qsizetype> index;
    for (const auto &c : store.currentContributions(activityId)) {
        const QJsonObject answers = c.payload.value(QStringLiteral("answers")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            if (!index.contains(it.key())) {
                index.insert(it.key(), out.size());
                out.append({it.key()});
            }
            StatementTally &t = out[index.value(it.key())];
            const QJsonObject answer = it.value().toObject();
            const QString a = answer.value(QStringLiteral("answer")).toString();
            if (a == QLatin1String("agree"))
                ++t.agree;
            else if (a == QLatin1String("disagree"))
                ++t.disagree;
            else
                ++t.pass;
            if (answer.value(QStringLiteral("important")).toBool())
                ++t.important;
        }
    }
    return out;
}

QList<Share> allocation(Store &store, const QString &activityId)
{
    QHash<QString, int> totals;
    int spent = 0;
    for (const auto &c : store.currentContributions(activityId)) {
        const QJsonObject alloc = c.payload.value(QStringLiteral("allocation")).toObject();
        for (auto it = alloc.begin(); it != alloc.end(); ++it) {
            totals[it.key()] += it.value().toInt();
            spent += it.value().toInt();
        }
    }
    QList<Share> out;
    for (auto it = totals.begin(); it != totals.end(); ++it)
        out.append({it.key(), it.value(), spent});
    sortShares(out);
    return out;
}

DilemmaTally dilemma(Store &store, const QString &activityId, int steps)
{
    DilemmaTally t;
    t.histogram.fill(0, std::max(steps, 0));
    long sum = 0;
    for (const auto &c : store.currentContributions(activityId)) {
        const int position = c.payload.value(QStringLiteral("position")).toInt(-1);
        if (position < 0 || position >= steps)
            continue;  // an answer to an older version of the pack with more steps
        ++t.histogram[position];
        ++t.count;
        sum += position;
    }
    t.mean = t.count > 0 ? double(sum) / t.count : 0;
    return t;
}

SatisfactionTally satisfaction(Store &store, const QString &activityId)
{
    SatisfactionTally t;
    t.histogram.fill(0, 5);
    long sum = 0;
    for (const auto &c : store.currentContributions(activityId)) {
        const int score = c.payload.value(QStringLiteral("score")).toInt();
        if (score < 1 || score > 5)
            continue;
        ++t.histogram[score - 1];
        ++t.count;
        sum += score;
    }
    t.mean = t.count > 0 ? double(sum) / t.count : 0;
    return t;
}

} // namespace samenspraak::results
