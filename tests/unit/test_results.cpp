// The results engine fed from a real device store (answers committed as the UI commits
// them), and the thank-you screen's glimpse (ResultsModel). The engine's own figures over
// hand-built records are in test_results_engine.cpp.
#include <catch2/catch.hpp>

#include "appcontext.h"
#include "results.h"
#include "resultsmodel.h"
#include "sessioncontroller.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace samenspraak;

namespace {

struct Device {
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    Device()
    {
        auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
        REQUIRE(created.context);
        context = std::move(created.context);
    }
    // One participant's answers, each committed as the UI would.
    void participant(const QList<QPair<QString, QJsonObject>> &answers)
    {
        SessionController &s = context->sessions();
        REQUIRE(s.begin());
        for (const auto &[activity, payload] : answers)
            REQUIRE(s.submitJson(activity, payload));
        s.end();
    }
};

QJsonObject picks(const QStringList &ids) { return {{QStringLiteral("picks"), QJsonArray::fromStringList(ids)}}; }

QJsonObject statement(const QString &id, const QString &answer, bool important = false)
{
    return {{QStringLiteral("answers"), QJsonObject{{id, QJsonObject{{QStringLiteral("answer"), answer},
                                                                     {QStringLiteral("important"), important}}}}}};
}

results::Round round(Device &d) { return results::Round(d.context->store().contributions()); }

const QString Values = QStringLiteral("waarden");
const QString Statements = QStringLiteral("stellingen");

} // namespace

TEST_CASE("value picks are counted per value, most picked first", "[results]")
{
    Device d;
    d.participant({{Values, picks({QStringLiteral("respect"), QStringLiteral("erbij-horen")})}});
    d.participant({{Values, picks({QStringLiteral("erbij-horen")})}});
    d.participant({{Values, picks({QStringLiteral("erbij-horen"), QStringLiteral("dynamiek")})}});
    const auto shares = results::valuePicks(round(d), Values);
    REQUIRE(shares.size() == 3);
    CHECK(shares.at(0).id == QLatin1String("erbij-horen"));
    CHECK(shares.at(0).count == 3);
    CHECK(shares.at(0).of == 3);
    CHECK(shares.at(0).percent() == 100);
    CHECK(shares.at(1).id == QLatin1String("dynamiek"));  // ties by id
    CHECK(shares.at(1).percent() == 33);
    CHECK(shares.at(2).id == QLatin1String("respect"));
}

TEST_CASE("a changed answer counts once, as its latest version", "[results]")
{
    Device d;
    SessionController &s = d.context->sessions();
    REQUIRE(s.begin());
    REQUIRE(s.submitJson(Values, picks({QStringLiteral("respect")})));
    REQUIRE(s.submitJson(Values, picks({QStringLiteral("erbij-horen")})));  // went back and changed it
    s.end();
    const auto shares = results::valuePicks(round(d), Values);
    REQUIRE(shares.size() == 1);
    CHECK(shares.at(0).id == QLatin1String("erbij-horen"));
    CHECK(shares.at(0).of == 1);
}

TEST_CASE("statements: agree share among those who took a side, pass and important counted apart", "[results]")
{
    Device d;
    d.participant({{Statements, statement(QStringLiteral("jongeren"), QStringLiteral("agree"), true)}});
    d.participant({{Statements, statement(QStringLiteral("jongeren"), QStringLiteral("agree"))}});
    d.participant({{Statements, statement(QStringLiteral("jongeren"), QStringLiteral("disagree"), true)}});
    d.participant({{Statements, statement(QStringLiteral("jongeren"), QStringLiteral("pass"))}});
    const auto tallies = results::statements(round(d), Statements);
    REQUIRE(tallies.size() == 1);
    const auto &t = tallies.at(0);
    CHECK(t.id == QLatin1String("jongeren"));
    CHECK(t.agree == 2);
    CHECK(t.disagree == 1);
    CHECK(t.pass == 1);
    CHECK(t.important == 2);
    CHECK(t.answered() == 3);
    CHECK(t.agreePercent() == 67);
}

TEST_CASE("dots, dilemma and satisfaction totals", "[results]")
{
    Device d;
    d.participant({{QStringLiteral("stippen"), {{QStringLiteral("allocation"), QJsonObject{{QStringLiteral("zorg"), 3}, {QStringLiteral("werk"), 2}}}}},
                   {QStringLiteral("dilemma-groei"), {{QStringLiteral("position"), 6}}},
                   {QStringLiteral("tevredenheid"), {{QStringLiteral("score"), 5}}}});
    d.participant({{QStringLiteral("stippen"), {{QStringLiteral("allocation"), QJsonObject{{QStringLiteral("werk"), 5}}}}},
                   {QStringLiteral("dilemma-groei"), {{QStringLiteral("position"), 2}}},
                   {QStringLiteral("tevredenheid"), {{QStringLiteral("score"), 2}}}});
    const auto dots = results::allocation(round(d), QStringLiteral("stippen"));
    REQUIRE(dots.size() == 2);
    CHECK(dots.at(0).id == QLatin1String("werk"));
    CHECK(dots.at(0).count == 7);
    CHECK(dots.at(0).of == 10);

    const auto dilemma = results::dilemma(round(d), QStringLiteral("dilemma-groei"), 7);
    CHECK(dilemma.count == 2);
    CHECK(dilemma.mean == Approx(4.0));
    CHECK(dilemma.histogram == QList<int>{0, 0, 1, 0, 0, 0, 1});

    const auto satisfaction = results::satisfaction(round(d), QStringLiteral("tevredenheid"));
    CHECK(satisfaction.count == 2);
    CHECK(satisfaction.mean == Approx(3.5));
    CHECK(satisfaction.histogram == QList<int>{0, 1, 0, 0, 1});
}

TEST_CASE("the glimpse shows nothing until enough people answered", "[results]")
{
    Device d;
    for (int i = 0; i < results::MinimumAnswers - 1; ++i)
        d.participant({{Values, picks({QStringLiteral("respect")})},
                       {Statements, statement(QStringLiteral("jongeren"), QStringLiteral("agree"))}});
    ResultsModel model;
    model.setContext(d.context.get());
    CHECK(model.count() == 0);
    CHECK(model.participants() == results::MinimumAnswers - 1);

    d.participant({{Values, picks({QStringLiteral("respect"), QStringLiteral("erbij-horen")})},
                   {Statements, statement(QStringLiteral("jongeren"), QStringLiteral("disagree"))}});
    model.refresh();
    REQUIRE(model.count() == 3);  // two values, and one statement (most agreed and most divided are the same)
    const auto &rows = model.rows();
    CHECK(rows.at(0).kind == results::GlimpseRow::Kind::Value);
    CHECK(rows.at(0).id == QLatin1String("respect"));
    CHECK(rows.at(0).percent == 100);
    CHECK(rows.at(1).id == QLatin1String("erbij-horen"));
    CHECK(rows.at(1).percent == 20);
    CHECK(rows.at(2).kind == results::GlimpseRow::Kind::MostAgreed);
    CHECK(rows.at(2).percent == 80);
    CHECK(model.data(model.index(0), ResultsModel::LabelRole).toString() == QLatin1String("Respect"));
    CHECK(model.data(model.index(0), ResultsModel::KindRole).toString() == QLatin1String("value"));
    CHECK(model.data(model.index(0), ResultsModel::SentenceRole).toString() == QStringLiteral("100% koos deze waarde."));
    CHECK(model.data(model.index(2), ResultsModel::KindRole).toString() == QLatin1String("agree"));
}

TEST_CASE("the glimpse says what most agree with only of a clear majority, and a split only of a split", "[results]")
{
    Device d;
    // Three agree, three disagree: 50%, no majority. Six answers: shown.
    for (int i = 0; i < 6; ++i)
        d.participant({{Statements, statement(QStringLiteral("jongeren"), i < 3 ? QStringLiteral("agree") : QStringLiteral("disagree"))}});
    ResultsModel model;
    model.setContext(d.context.get());
    REQUIRE(model.count() == 1);
    CHECK(model.rows().at(0).kind == results::GlimpseRow::Kind::MostDivided);
    CHECK(model.rows().at(0).percent == 50);
    CHECK(model.data(model.index(0), ResultsModel::KindRole).toString() == QLatin1String("divided"));

    // Three more agree: 6 of 9 = 67%, a clear majority (60% or more) and no longer a split.
    for (int i = 0; i < 3; ++i)
        d.participant({{Statements, statement(QStringLiteral("jongeren"), QStringLiteral("agree"))}});
    model.refresh();
    REQUIRE(model.count() == 1);
    CHECK(model.rows().at(0).kind == results::GlimpseRow::Kind::MostAgreed);
    CHECK(model.rows().at(0).percent == 67);
}

TEST_CASE("the attract screen's glimpse counts in the background, the same as in the foreground", "[results]")
{
    Device d;
    for (int i = 0; i < results::MinimumAnswers; ++i)
        d.participant({{Values, picks({QStringLiteral("respect"), i % 2 ? QStringLiteral("erbij-horen") : QStringLiteral("dynamiek")})},
                       {Statements, statement(QStringLiteral("jongeren"), i % 3 ? QStringLiteral("agree") : QStringLiteral("disagree"))}});
    ResultsModel foreground;
    foreground.setTopValues(2);
    foreground.setContext(d.context.get());
    REQUIRE(foreground.count() > 0);

    ResultsModel background;
    background.setTopValues(2);
    background.setBackground(true);
    background.setActive(false);  // as OthersSaid.qml makes it: nothing until the first frame
    background.setContext(d.context.get());
    QSignalSpy refreshed(&background, &ResultsModel::refreshed);
    QCoreApplication::processEvents();
    CHECK(refreshed.isEmpty());
    CHECK(background.count() == 0);

    background.setActive(true);
    CHECK(background.count() == 0);  // not counted on this thread
    CHECK(background.counting());
    REQUIRE(refreshed.wait(10000));
    CHECK(!background.counting());
    CHECK(background.participants() == foreground.participants());
    REQUIRE(background.count() == foreground.count());
    for (int i = 0; i < foreground.count(); ++i) {
        CHECK(background.rows().at(i).id == foreground.rows().at(i).id);
        CHECK(background.rows().at(i).percent == foreground.rows().at(i).percent);
        CHECK(background.data(background.index(i), ResultsModel::SentenceRole) == foreground.data(foreground.index(i), ResultsModel::SentenceRole));
    }

    // A count that is overtaken by a newer one (an answer saved meanwhile) shows the newer.
    d.participant({{Values, picks({QStringLiteral("respect")})}});
    background.refresh();
    background.refresh();
    REQUIRE(refreshed.wait(10000));
    CHECK(background.participants() == foreground.participants() + 1);
    // And a model that goes away while counting (the attract screen left) is no trouble.
    {
        ResultsModel leaving;
        leaving.setBackground(true);
        leaving.setContext(d.context.get());
    }
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}
