// One results engine, whoever holds the records: the hand-built round of
// tests/support/resultsround.cpp goes into the device store, the server store on SQLite and
// on PostgreSQL, comes back out, and must give exactly the figures the engine gives on the
// records themselves (test_results_engine.cpp checks those by hand).
#include <catch2/catch.hpp>

#include "exporter.h"
#include "pgcluster.h"
#include "report.h"
#include "processes.h"
#include "results.h"
#include "resultssummary.h"
#include "resultsround.h"
#include "serverstore.h"
#include "store.h"
#include "testsupport.h"
#include "triptych.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDate>
#include <QLocale>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>
#include <QXmlStreamReader>

#include <cstdio>
#include <random>

using namespace samenspraak;
using samenspraak::testing::figures;
using samenspraak::testing::resultsRound;

namespace {

// The fixture's round uploaded by one device (again: duplicates, nothing counted twice).
void ingestRound(const QString &spec, const samenspraak::testing::ResultsRound &fixture)
{
    auto opened = server::ServerStore::open(spec);
    INFO(opened.error.toStdString());
    REQUIRE(opened.store);
    const protocol::UploadBatch batch{QStringLiteral("device-a"), QStringLiteral("0.1.0"), fixture.pack.version,
                                      int(fixture.contributions.size() + fixture.sessions.size()), fixture.sessions,
                                      fixture.contributions};
    REQUIRE(opened.store->ingest().add(batch, QStringLiteral("device-a")).error.isEmpty());
}

// The fixture's pack published and its round uploaded by one device, as the commands find them.
void publishAndIngest(const QString &spec, const samenspraak::testing::ResultsRound &fixture)
{
    {
        auto opened = server::ServerStore::open(spec);
        INFO(opened.error.toStdString());
        REQUIRE(opened.store);
        REQUIRE(opened.store->content().publish(fixture.pack) == server::ContentRegistry::Publish::Published);
    }
    ingestRound(spec, fixture);
}

// SAMENSPRAAK_KEEP_REPORT=1 keeps a test's files to look at (the path is printed).
void keepIfAsked(QTemporaryDir &dir)
{
    if (qEnvironmentVariableIsSet("SAMENSPRAAK_KEEP_REPORT")) {
        dir.setAutoRemove(false);
        std::printf("files in %s\n", qPrintable(dir.path()));
    }
}

// On an empty store (made here) the command says that no pack is published, and fails.
void refusesWithoutPack(const QString &command, const QString &spec)
{
    {
        auto opened = server::ServerStore::open(spec);
        REQUIRE(opened.store);
    }
    const auto none = serverCommand({command, QStringLiteral("--db"), spec});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QLatin1String("no content pack is published")));
}

} // namespace

TEST_CASE("results: the device store gives the engine the same round", "[results][store]")
{
    const auto fixture = resultsRound(16);
    const QString expected = figures(fixture.pack, results::Round(fixture.contributions, fixture.sessions));
    QTemporaryDir dir;
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    Store &store = *opened.store;
    REQUIRE_FALSE(store.installContent(fixture.pack));
    for (const auto &session : fixture.sessions)
        REQUIRE_FALSE(store.saveSession(session));
    for (auto contribution : fixture.contributions)
        REQUIRE_FALSE(store.saveContribution(contribution));
    const auto stored = store.contributions();
    REQUIRE(stored.size() == fixture.contributions.size());
    CHECK(figures(fixture.pack, results::Round(stored, store.sessionsFor(stored))).toStdString() == expected.toStdString());
}

TEST_CASE("results: the server store gives the engine the same round, on SQLite and PostgreSQL", "[results][server][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    const auto fixture = resultsRound(16);
    const QString expected = figures(fixture.pack, results::Round(fixture.contributions, fixture.sessions));
    // The expected figures include groups shown and groups withheld (checked by hand in
    // test_results_engine.cpp), so a store that lost channels or profiles would differ here.
    REQUIRE(expected.contains(QLatin1String("\"channel\": \"kiosk\"")));
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto opened = server::ServerStore::open(db.spec());
    INFO(opened.error.toStdString());
    REQUIRE(opened.store);
    // Two devices' uploads, the second answer of a changed pair in a later batch than the first.
    const int half = int(fixture.contributions.size()) / 2;
    for (const auto &part : {fixture.contributions.mid(0, half), fixture.contributions.mid(half)}) {
        const protocol::UploadBatch batch{QStringLiteral("device-a"), QStringLiteral("0.1.0"), fixture.pack.version,
                                          int(part.size() + fixture.sessions.size()), fixture.sessions, part};
        const auto ingested = opened.store->ingest().add(batch, QStringLiteral("device-a"));
        REQUIRE(ingested.error.isEmpty());
    }
    const auto stored = opened.store->ingest().contributions();
    REQUIRE(stored.size() == fixture.contributions.size());
    const auto sessions = opened.store->ingest().sessions();
    REQUIRE(sessions.size() == fixture.sessions.size());
    CHECK(figures(fixture.pack, results::Round(stored, sessions)).toStdString() == expected.toStdString());
}

TEST_CASE("results: what the results command reads gives the figures of the full records, on a generated round", "[results][server][postgres]")
{
    // IngestStore::roundContributions() reads fewer columns, in the table's order, with shared
    // ids: on 1,500 simulated participants of the shipped pack (every activity, a tenth with a
    // changed answer, two devices), the summary must be the one the full records give.
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto opened = server::ServerStore::open(db.spec());
    REQUIRE(opened.store);
    const ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    REQUIRE(opened.store->content().publish(pack) == server::ContentRegistry::Publish::Published);
    std::mt19937 random(11);
    const QStringList channels{QStringLiteral("kiosk"), QStringLiteral("workshop"), QStringLiteral("event")};
    QList<protocol::ContributionRecord> all;
    QList<protocol::SessionRecord> sessions;
    for (int batchStart = 0; batchStart < 1500; batchStart += 300) {
        const QString device = batchStart % 600 ? QStringLiteral("device-b") : QStringLiteral("device-a");
        protocol::UploadBatch batch{device, QStringLiteral("0.1.0"), pack.version, 0, {}, {}};
        for (int p = batchStart; p < batchStart + 300; ++p) {
            const protocol::SessionRecord s{protocol::newId(), channels[p % 3], {}, pack.version, QStringLiteral("nl"), QStringLiteral("2026-11-20T10:00:00+01:00")};
            batch.sessions.append(s);
            for (const Activity &a : pack.activities) {
                const protocol::ContributionRecord c{protocol::newId(), s.id, a.id, a.kind, pack.version, answers::sample(pack, a, random),
                                                     QStringLiteral("2026-11-20T10:01:00+01:00"), qint64(batch.contributions.size() + 1 + p * 20), {}};
                batch.contributions.append(c);
                if (p % 10 == 0) {  // a changed answer: the later one counts
                    protocol::ContributionRecord changed{protocol::newId(), s.id, a.id, a.kind, pack.version, answers::sample(pack, a, random),
                                                         QStringLiteral("2026-11-20T10:02:00+01:00"), c.deviceSeq + 10, c.id};
                    batch.contributions.append(changed);
                }
            }
        }
        batch.pendingReported = int(batch.sessions.size() + batch.contributions.size());
        const auto added = opened.store->ingest().add(batch, device);
        INFO(added.error.toStdString());
        REQUIRE(added.error.isEmpty());
        int stored = 0;
        for (const protocol::RecordResult &r : added.results)
            if (r.type == QLatin1String("contribution")) {
                INFO(r.id.toStdString() << ": " << r.reason.toStdString());
                CHECK(r.status == protocol::RecordStatus::Stored);
                ++stored;
            }
        REQUIRE(stored == batch.contributions.size());
        all += batch.contributions;
        sessions += batch.sessions;
    }
    const QList<protocol::SessionRecord> stored = opened.store->ingest().sessions();
    const auto full = results::toJson(pack, results::summarize(pack, results::Round(opened.store->ingest().contributions(), stored)));
    const auto lean = results::toJson(pack, results::summarize(pack, results::Round(opened.store->ingest().roundContributions(), stored)));
    const auto records = results::toJson(pack, results::summarize(pack, results::Round(all, sessions)));
    CHECK(full.value(QStringLiteral("participants")).toInt() == 1500);
    CHECK(QJsonDocument(lean).toJson().toStdString() == QJsonDocument(full).toJson().toStdString());
    CHECK(QJsonDocument(lean).toJson().toStdString() == QJsonDocument(records).toJson().toStdString());
    // Not a vacuous comparison: the changed answers count once, so no activity has 1,650 answers.
    for (const QJsonValue &a : full.value(QStringLiteral("activities")).toArray())
        if (a.toObject().contains(QStringLiteral("n")))
            CHECK(a.toObject().value(QStringLiteral("n")).toInt() <= 1500);
}

TEST_CASE("results: samenspraak-server results writes the engine's figures as JSON, on SQLite and PostgreSQL", "[results][server][postgres][command]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    const auto fixture = resultsRound(16);
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    refusesWithoutPack(QStringLiteral("results"), db.spec());
    publishAndIngest(db.spec(), fixture);
    const auto run = serverCommand({QStringLiteral("results"), QStringLiteral("--db"), db.spec(), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // The same JSON as the engine gives on the records themselves...
    CHECK(json == results::toJson(fixture.pack, results::summarize(fixture.pack, results::Round(fixture.contributions, fixture.sessions))));
    // ...with the hand-checked figures of test_results_engine.cpp in it.
    CHECK(json.value(QStringLiteral("participants")).toInt() == 16);
    CHECK(json.value(QStringLiteral("minimumCell")).toInt() == 5);
    const QJsonObject kern = json.value(QStringLiteral("representativeness")).toObject().value(QStringLiteral("dimensions")).toArray().at(0).toObject();
    CHECK(kern.value(QStringLiteral("underRepresented")).toArray().at(0).toString()
          == QLatin1String("Beekdorp: 71% van de deelnemers, 90% van de inwoners"));
    // English, one phase.
    const auto english = serverCommand({QStringLiteral("results"), QStringLiteral("--db"), db.spec(), QStringLiteral("--lang"),
                                        QStringLiteral("en"), QStringLiteral("--phase"), QStringLiteral("fase-1")});
    REQUIRE(english.exitCode == 0);
    const QJsonObject en = QJsonDocument::fromJson(english.out.toUtf8()).object();
    CHECK(en.value(QStringLiteral("phase")).toString() == QLatin1String("fase-1"));
    CHECK(en.value(QStringLiteral("representativeness")).toObject().value(QStringLiteral("dimensions")).toArray().at(0).toObject()
              .value(QStringLiteral("underRepresented")).toArray().at(0).toString()
          == QLatin1String("Beekdorp: 71% of participants, 90% of residents"));
    // Wrong input: an unknown phase and format are refused with a reason.
    const auto unknown = serverCommand({QStringLiteral("results"), QStringLiteral("--db"), db.spec(), QStringLiteral("--phase"), QStringLiteral("fase-9")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QLatin1String("fase-9")));
    CHECK(serverCommand({QStringLiteral("results"), QStringLiteral("--db"), db.spec(), QStringLiteral("--format"), QStringLiteral("csv")}).exitCode == 2);
}

TEST_CASE("results: samenspraak-server reach says in words whom to go and find, on SQLite and PostgreSQL", "[results][server][postgres][command]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    refusesWithoutPack(QStringLiteral("reach"), db.spec());

    // Four participants: below the minimum, only the sentence that there are too few.
    const auto four = resultsRound(4);
    publishAndIngest(db.spec(), four);
    const auto few = serverCommand({QStringLiteral("reach"), QStringLiteral("--db"), db.spec()});
    INFO(few.err.toStdString());
    REQUIRE(few.exitCode == 0);
    CHECK(few.out.contains(QLatin1String("4 mensen deden mee.\nMinder dan 5 deelnemers zeiden waar ze wonen: nog geen afspiegeling.\n")));
    CHECK_FALSE(few.out.contains(QLatin1String("Per kern")));

    // All sixteen (the figures worked out by hand in test_results_engine.cpp), while the store
    // is open for uploads, as during a round.
    const auto fixture = resultsRound(16);
    ingestRound(db.spec(), fixture);  // the first four again: duplicates, nothing counted twice
    const auto run = serverCommand({QStringLiteral("reach"), QStringLiteral("--db"), db.spec()});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QLatin1String("16 mensen deden mee.\n"
                                         "14 deelnemers zeiden waar ze wonen. Afspiegeling per kern: 81 van de 100 (100: precies zoals de inwoners).\n")));
    CHECK(run.out.contains(QLatin1String("Per kern:\n"
                                         "  Beekdorp: 71% van de deelnemers, 90% van de inwoners (verhouding 0,79)  <- te weinig\n"
                                         "  Heiweg: minder dan 5 deelnemers, 10% van de inwoners\n")));
    CHECK(run.out.contains(QLatin1String("Wie missen we nog?\n  - Beekdorp dorp: 57% van de deelnemers, 75% van de inwoners\n")));
    CHECK(run.out.contains(QLatin1String("Groepen van minder dan 5 deelnemers tonen we niet")));

    const auto english = serverCommand({QStringLiteral("reach"), QStringLiteral("--db"), db.spec(), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains(QLatin1String("  Beekdorp: 71% of participants, 90% of residents (ratio 0.79)  <- too few\n")));
    CHECK(serverCommand({QStringLiteral("reach"), QStringLiteral("--db"), db.spec(), QStringLiteral("--lang"), QStringLiteral("de")}).exitCode == 1);
}

TEST_CASE("results: export --format xlsx and wide-csv give one wide sheet per activity", "[results][server][export]")
{
    const auto fixture = resultsRound(16);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    publishAndIngest(db, fixture);
    const QString xlsx = dir.filePath(QStringLiteral("ronde.xlsx"));
    const auto run = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("xlsx"),
                                    QStringLiteral("--out"), xlsx});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Read it back as Excel would (the zip's XML), with Python's standard library.
    const auto read = runCommand(QStringLiteral("python3"), {sourcePath(QStringLiteral("tests/support/xlsx2json.py")), xlsx});
    INFO(read.err.toStdString());
    REQUIRE(read.exitCode == 0);
    const QJsonObject sheets = QJsonDocument::fromJson(read.out.toUtf8()).object().value(QStringLiteral("sheets")).toObject();
    // One sheet per activity, the sessions and the reach; the free text on a sheet of its own
    // (ideas are all free text: no sheet per participant).
    CHECK(sheets.keys()
          == QStringList({QStringLiteral("bereik"), QStringLiteral("geld"), QStringLiteral("keuze"), QStringLiteral("kleuren"),
                          QStringLiteral("profiel"), QStringLiteral("sessions"), QStringLiteral("stellingen"), QStringLiteral("tevreden"),
                          QStringLiteral("volgorde"), QStringLiteral("vrije-tekst")}));
    // Statements: a header row and one row per participant (16), a column per statement and its
    // "important" flag. Participant 1 (first row by answer order) agreed with bus and found it important.
    const QJsonArray statements = sheets.value(QStringLiteral("stellingen")).toArray();
    REQUIRE(statements.size() == 17);
    CHECK(statements.at(0).toArray().toVariantList()
          == QVariantList({QStringLiteral("participant"), QStringLiteral("channel"), QStringLiteral("bus"), QStringLiteral("bus:important"),
                           QStringLiteral("winkel"), QStringLiteral("winkel:important")}));
    const QJsonArray first = statements.at(1).toArray();
    CHECK(first.at(1).toString() == QLatin1String("workshop"));
    CHECK(first.at(2).toString() == QLatin1String("agree"));
    CHECK(first.at(3).toDouble() == 1);  // a number, not text
    // Values: the changed answers count once, as their latest version (6 rows); participant 1's
    // latest picks are rust and durf. A value of one's own is free text: not here.
    const QJsonArray values = sheets.value(QStringLiteral("kleuren")).toArray();
    REQUIRE(values.size() == 7);
    CHECK(values.at(0).toArray().toVariantList()
          == QVariantList({QStringLiteral("participant"), QStringLiteral("channel"), QStringLiteral("rust"), QStringLiteral("durf"),
                           QStringLiteral("zorg")}));
    // The free text: the 6 ideas, each with its kind and theme, and no participant.
    const QJsonArray freeText = sheets.value(QStringLiteral("vrije-tekst")).toArray();
    CHECK(freeText.at(0).toArray().toVariantList()
          == QVariantList({QStringLiteral("activity"), QStringLiteral("field"), QStringLiteral("kind"), QStringLiteral("theme"),
                           QStringLiteral("text"), QStringLiteral("moderation")}));
    int ideaRows = 0;
    for (const QJsonValue &row : freeText)
        ideaRows += row.toArray().at(0).toString() == QLatin1String("ideeen");
    CHECK(ideaRows == 6);
    CHECK(sheets.value(QStringLiteral("sessions")).toArray().size() == 17);
    CHECK(sheets.value(QStringLiteral("sessions")).toArray().at(0).toArray().toVariantList().contains(QStringLiteral("part_of_day")));
    // --joined: the old form, ideas one row per idea next to the session id.
    const QString joinedXlsx = dir.filePath(QStringLiteral("joined.xlsx"));
    REQUIRE(serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("xlsx"),
                           QStringLiteral("--joined"), QStringLiteral("--out"), joinedXlsx})
                .exitCode == 0);
    const auto readJoined = runCommand(QStringLiteral("python3"), {sourcePath(QStringLiteral("tests/support/xlsx2json.py")), joinedXlsx});
    REQUIRE(readJoined.exitCode == 0);
    const QJsonObject joinedSheets = QJsonDocument::fromJson(readJoined.out.toUtf8()).object().value(QStringLiteral("sheets")).toObject();
    CHECK(joinedSheets.value(QStringLiteral("ideeen")).toArray().size() == 7);
    CHECK(joinedSheets.value(QStringLiteral("kleuren")).toArray().at(0).toArray().last().toString() == QLatin1String("own"));
    CHECK_FALSE(joinedSheets.contains(QStringLiteral("vrije-tekst")));
    // The reach sheet keeps the minimum-cell rule: the countryside (2 people) reads "<5".
    bool sawWithheld = false, sawVillage = false;
    for (const QJsonValue &row : sheets.value(QStringLiteral("bereik")).toArray()) {
        const QJsonArray r = row.toArray();
        if (r.at(1).toString() == QLatin1String("dorp-buiten"))
            sawWithheld = r.at(3).toString() == QLatin1String("<5");
        if (r.at(1).toString() == QLatin1String("dorp-kern"))
            sawVillage = r.at(3).toDouble() == 8;
        if (r.at(3).isDouble())
            CHECK(r.at(3).toDouble() >= results::MinimumAnswers);
    }
    CHECK(sawWithheld);
    CHECK(sawVillage);

    // wide-csv: the same tables as files; the long CSV keeps working next to it.
    const QString folder = dir.filePath(QStringLiteral("breed"));
    REQUIRE(serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("wide-csv"),
                           QStringLiteral("--out"), folder, QStringLiteral("--no-bom")})
                .exitCode == 0);
    const QByteArray csv = readFileBytes(folder + QStringLiteral("/stellingen.csv"));
    CHECK(csv.startsWith("participant,channel,bus,bus:important,winkel,winkel:important\r\n"));
    CHECK(csv.count("\r\n") == 17);
    const auto longCsv = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--no-bom")});
    REQUIRE(longCsv.exitCode == 0);
    CHECK(longCsv.out.startsWith(QLatin1String("id,participant,activity_id")));
    // xlsx without --out is refused.
    CHECK(serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("xlsx")}).exitCode == 2);
}

TEST_CASE("results: the council report as PDF and accessible HTML", "[results][server][report]")
{
    const auto fixture = resultsRound(16);
    QTemporaryDir dir;
    keepIfAsked(dir);
    const QString db = dir.filePath(QStringLiteral("server.db"));
    publishAndIngest(db, fixture);
    const QString pdf = dir.filePath(QStringLiteral("verslag.pdf"));
    const auto run = serverCommand({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto text = runCommand(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString body = text.out.simplified();
    INFO(body.left(3000).toStdString());
    // Summary on page one, then every section the council expects, with the hand-checked figures.
    const QString firstPage = text.out.section(QLatin1Char('\f'), 0, 0).simplified();
    CHECK(firstPage.contains(QLatin1String("Samenvatting")));
    CHECK(firstPage.contains(QLatin1String("16 mensen deden mee")));
    for (const char *heading : {"Bereik", "Afspiegeling", "Resultaten per fase", "Eensgezind en waar het schuurt",
                                "Tevredenheid over het meedoen", "Methode en grenzen"})
        CHECK(body.contains(QLatin1String(heading)));
    CHECK(body.contains(QLatin1String("Beekdorp: 71% van de deelnemers, 90% van de inwoners")));
    CHECK(body.contains(QLatin1String("Elk dorp houdt een winkel")));  // the divided statement
    CHECK(body.contains(QLatin1String("minder dan 5")));               // withheld groups say so, without a number

    // HTML: headings in order, tables with header cells, every image with alt text.
    const QString html = dir.filePath(QStringLiteral("verslag.html"));
    REQUIRE(serverCommand({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), html, QStringLiteral("--lang"),
                           QStringLiteral("en")})
                .exitCode == 0);
    const QString page = QString::fromUtf8(readFileBytes(html));
    CHECK(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    CHECK(page.contains(QLatin1String("<html lang=\"en\">")));
    CHECK(page.count(QLatin1String("<h1>")) == 1);
    CHECK(page.contains(QLatin1String("<h2>Summary</h2>")));
    CHECK(page.contains(QLatin1String("<h2>Method and limits</h2>")));
    const int tables = int(page.count(QLatin1String("<table")));
    CHECK(tables >= 8);
    CHECK(page.count(QLatin1String("<caption>")) == tables);
    CHECK(page.count(QLatin1String("<thead><tr><th scope=\"col\"")) == tables);
    const QRegularExpression image(QStringLiteral("<img [^>]*>"));
    int images = 0;
    for (auto it = image.globalMatch(page); it.hasNext(); ++images) {
        const QString tag = it.next().captured(0);
        CHECK(tag.contains(QLatin1String("alt=\"")));
        CHECK_FALSE(tag.contains(QLatin1String("alt=\"\"")));
        CHECK(tag.contains(QLatin1String("src=\"data:image/png;base64,")));
    }
    CHECK(images >= 4);
    CHECK(page.contains(QLatin1String("Beekdorp: 71% of participants, 90% of residents")));
    // The minimum-cell rule: the countryside (2 people) is never shown with its count.
    CHECK_FALSE(page.contains(QLatin1String("Countryside of Beekdorp</th><td>2<")));
    CHECK(page.contains(QLatin1String("Countryside of Beekdorp</th><td>fewer than 5<")));
}

namespace {

// The fixture's round `copies` times over, each copy with ids of its own: 16 × 125 = a round of
// 2,000, with every group big enough to be shown and counts in the thousands.
samenspraak::testing::ResultsRound scaledRound(int copies)
{
    const auto one = resultsRound(16);
    samenspraak::testing::ResultsRound out{one.pack, {}, {}};
    qint64 seq = 0;
    for (int copy = 0; copy < copies; ++copy) {
        QHash<QString, QString> ids;
        auto fresh = [&](const QString &id) { return id.isEmpty() ? id : ids.value(id, QUuid::createUuid().toString(QUuid::WithoutBraces)); };
        for (protocol::SessionRecord s : one.sessions) {
            ids.insert(s.id, fresh(s.id));
            s.id = ids.value(s.id);
            out.sessions.append(s);
        }
        for (protocol::ContributionRecord c : one.contributions) {
            ids.insert(c.id, fresh(c.id));
            c.id = ids.value(c.id);
            c.sessionId = ids.value(c.sessionId);
            c.supersedes = c.supersedes.isEmpty() ? QString() : ids.value(c.supersedes);
            c.deviceSeq = ++seq;
            out.contributions.append(c);
        }
    }
    return out;
}

QString unescapeHtml(QString text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return text.replace(tag, QStringLiteral(" "))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"))
        .remove(QChar(0x00AD))
        .simplified();
}

// The report's outline in reading order: headings (h1..h6), captions, figure captions, and a
// "figure" or "table" entry where one starts.
struct Outline {
    QString tag, text;
};
QList<Outline> outline(const QString &html)
{
    static const QRegularExpression element(QStringLiteral("<(h[1-6]|caption|figcaption)>(.*?)</\\1>|<(figure|table)\\b"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QList<Outline> out;
    for (auto it = element.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.append(m.captured(3).isEmpty() ? Outline{m.captured(1), unescapeHtml(m.captured(2))} : Outline{m.captured(3), {}});
    }
    return out;
}

// A PDF's text page by page (pdftotext ends every page with a form feed).
QStringList pdfPages(const QString &pdf)
{
    const auto text = runCommand(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    QStringList pages = text.out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// What must read well in a report of headings, charts and tables (the HTML's outline, the
// PDF's pages of the same report): no page ends with a heading or a caption (they belong on the
// page of what they introduce); no caption repeats the heading above it or the chart's caption
// right before it; every chart is followed by its data table.
void checkReads(const QString &html, const QStringList &pages)
{
    const QList<Outline> items = outline(html);
    // A heading's text that is also a list item or a cell (a question named in a list) may end a page.
    static const QRegularExpression content(QStringLiteral("<(li|p|td|th)\\b[^>]*>(.*?)</\\1>"), QRegularExpression::DotMatchesEverythingOption);
    QSet<QString> texts;
    for (auto it = content.globalMatch(html); it.hasNext();)
        texts.insert(unescapeHtml(it.next().captured(2)));
    QString heading, previousCaption;
    QStringList introducers;
    for (int i = 0; i < items.size(); ++i) {
        const Outline &item = items[i];
        if (item.tag.startsWith(QLatin1Char('h'))) {
            heading = item.text;
            previousCaption.clear();
            introducers << item.text;
        } else if (item.tag == QLatin1String("caption") || item.tag == QLatin1String("figcaption")) {
            INFO("caption \"" << item.text.toStdString() << "\" under heading \"" << heading.toStdString() << "\"");
            CHECK_FALSE(item.text.contains(heading, Qt::CaseInsensitive));
            CHECK(item.text != previousCaption);
            previousCaption = item.text;
            introducers << item.text;
        } else if (item.tag == QLatin1String("figure")) {
            // <figure>, <figcaption>, then the table with the chart's figures.
            INFO("the chart after heading \"" << heading.toStdString() << "\" has a data table");
            REQUIRE(i + 2 < items.size());
            CHECK(items[i + 1].tag == QLatin1String("figcaption"));
            CHECK(items[i + 2].tag == QLatin1String("table"));
        }
    }
    REQUIRE(pages.size() > 1);
    for (int p = 0; p < pages.size(); ++p) {
        const QString tail = pages[p].simplified().remove(QChar(0x00AD)).right(300);
        for (const QString &text : std::as_const(introducers)) {
            if (texts.contains(text))
                continue;
            INFO("page " << p + 1 << " ends with \"" << text.toStdString() << "\": " << tail.toStdString());
            CHECK_FALSE(tail.endsWith(text));
        }
    }
}

} // namespace

TEST_CASE("results: report pages keep headings, captions and charts with what follows, and small tables whole",
          "[results][report][layout]")
{
    // Sections that grow by a few lines each, so that over the pages every heading, caption,
    // chart and table lands at every height of a page, the foot included. Paragraph j of
    // section k is made of the words aK_J_W, table k of the cells tK_R.
    report::Document document{QStringLiteral("Opmaak"), QStringLiteral("nl"), {}, {}};
    QImage chart(1400, 380, QImage::Format_RGB32);
    chart.fill(QColor(0x1B, 0x5E, 0x3B));
    document.charts.append({QStringLiteral("chart-1.png"), QStringLiteral("Een grafiek"), chart});
    QString &body = document.body;
    const int sections = 30;
    for (int k = 0; k < sections; ++k) {
        body += QStringLiteral("<h2>Kop_%1</h2>\n").arg(k);
        for (int j = 0; j < 1 + k % 4; ++j) {
            QStringList words;
            for (int w = 0; w < 12 + 9 * ((k + j) % 5); ++w)
                words << QStringLiteral("a%1_%2_%3").arg(k).arg(j).arg(w);
            body += QStringLiteral("<p>%1</p>\n").arg(words.join(QLatin1Char(' ')));
        }
        body += QStringLiteral("<h3>Onderkop_%1</h3>\n").arg(k);
        if (k % 3 == 1)
            body += QStringLiteral("<figure><img src=\"chart-1.png\" alt=\"Een grafiek\" width=\"600\"/><figcaption>Figuur_%1</figcaption></figure>\n").arg(k);
        body += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<caption>Bijschrift_%1</caption>\n"
                               "<thead><tr><th scope=\"col\">Groep</th><th scope=\"col\">Aantal</th></tr></thead>\n<tbody>\n").arg(k);
        for (int r = 0; r < 3 + 2 * (k % 5); ++r)
            body += QStringLiteral("<tr><th scope=\"row\">t%1_%2</th><td>%3</td></tr>\n").arg(k).arg(r).arg(r * 7);
        body += QStringLiteral("</tbody></table>\n");
    }
    QTemporaryDir dir;
    keepIfAsked(dir);
    const QString pdf = dir.filePath(QStringLiteral("opmaak.pdf"));
    REQUIRE(report::writePdf(document, pdf).isEmpty());
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() > 8);
    // The page each word is on, and per paragraph its lines on each page it is on.
    QHash<QString, int> pageOf;
    QHash<QString, QList<int>> paragraphLinesPerPage;  // "aK_J" -> lines on each page it is on
    for (int p = 0; p < pages.size(); ++p) {
        QHash<QString, int> lines;
        for (const QString &line : pages[p].split(QLatin1Char('\n'))) {
            const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &w : words)
                pageOf.insert(w, p);
            if (!words.isEmpty() && words.first().startsWith(QLatin1Char('a')))
                ++lines[words.first().section(QLatin1Char('_'), 0, 1)];
        }
        for (auto it = lines.cbegin(); it != lines.cend(); ++it)
            paragraphLinesPerPage[it.key()].append(it.value());
    }
    for (int k = 0; k < sections; ++k) {
        INFO("section " << k);
        REQUIRE(pageOf.contains(QStringLiteral("t%1_0").arg(k)));
        const int table = pageOf.value(QStringLiteral("t%1_0").arg(k));
        // The heading and its first paragraph's first line on one page; the sub-heading, the
        // chart, the caption and the table on one page, the table whole.
        CHECK(pageOf.value(QStringLiteral("Kop_%1").arg(k)) == pageOf.value(QStringLiteral("a%1_0_0").arg(k)));
        CHECK(pageOf.value(QStringLiteral("Onderkop_%1").arg(k)) == table);
        CHECK(pageOf.value(QStringLiteral("Bijschrift_%1").arg(k)) == table);
        if (k % 3 == 1)
            CHECK(pageOf.value(QStringLiteral("Figuur_%1").arg(k)) == table);
        for (int r = 1; r < 3 + 2 * (k % 5); ++r)
            CHECK(pageOf.value(QStringLiteral("t%1_%2").arg(k).arg(r)) == table);
    }
    // Page by page: no heading or caption at a page's foot ...
    for (int p = 0; p < pages.size(); ++p) {
        const QStringList words = pages[p].simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString last = words.value(words.size() - 1);
        INFO("page " << p + 1 << " ends with: " << last.toStdString());
        for (const char *introducer : {"Kop_", "Onderkop_", "Bijschrift_", "Figuur_"})
            CHECK_FALSE(last.startsWith(QLatin1String(introducer)));
    }
    // ... and a paragraph split over two pages leaves at least two lines on each.
    for (auto it = paragraphLinesPerPage.cbegin(); it != paragraphLinesPerPage.cend(); ++it) {
        INFO("paragraph " << it.key().toStdString() << " lines per page: " << it.value().size());
        if (it.value().size() > 1)
            for (int lines : it.value())
                CHECK(lines >= 2);
    }
}

TEST_CASE("results: a table longer than a page repeats its header row on every page it continues on", "[results][report][layout]")
{
    // A paragraph, then a table of 150 rows (about three A4 pages): rows rK, header cells
    // Kolom_A and Kolom_B. By hand: every page the table is on starts its part of the table with
    // the header, and every row is there once.
    report::Document document{QStringLiteral("Lange tabel"), QStringLiteral("nl"), {}, {}};
    document.body = QStringLiteral("<h2>Alle punten</h2>\n<p>Inleiding.</p>\n"
                                   "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<caption>Punten per idee</caption>\n"
                                   "<thead><tr><th scope=\"col\">Kolom_A</th><th scope=\"col\">Kolom_B</th></tr></thead>\n<tbody>\n");
    const int rows = 150;
    for (int r = 0; r < rows; ++r)
        document.body += QStringLiteral("<tr><th scope=\"row\">r%1</th><td>%2</td></tr>\n").arg(r).arg(r * 3);
    document.body += QStringLiteral("</tbody></table>\n<p>Slotzin.</p>\n");
    QTemporaryDir dir;
    keepIfAsked(dir);
    const QString pdf = dir.filePath(QStringLiteral("lang.pdf"));
    REQUIRE(report::writePdf(document, pdf).isEmpty());
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() >= 3);
    QHash<QString, int> seen;
    int pagesWithRows = 0;
    for (int p = 0; p < pages.size(); ++p) {
        const QStringList words = pages[p].simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const auto firstRow = std::find_if(words.cbegin(), words.cend(), [](const QString &w) {
            return w.size() > 1 && w.startsWith(QLatin1Char('r')) && w.at(1).isDigit();
        });
        if (firstRow == words.cend())
            continue;
        ++pagesWithRows;
        INFO("page " << p + 1 << ": " << pages[p].left(300).toStdString());
        // The header comes right before the page's first row, once.
        const qsizetype at = firstRow - words.cbegin();
        REQUIRE(at >= 2);
        CHECK(words.at(at - 2) == QLatin1String("Kolom_A"));
        CHECK(words.at(at - 1) == QLatin1String("Kolom_B"));
        CHECK(words.count(QStringLiteral("Kolom_A")) == 1);
        for (const QString &w : words)
            if (w.size() > 1 && w.startsWith(QLatin1Char('r')) && w.at(1).isDigit())
                ++seen[w];
    }
    CHECK(pagesWithRows >= 3);
    CHECK(seen.size() == rows);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == 1);
    }
}

TEST_CASE("results: the report of a round of 2,000 reads well, in Dutch and English", "[results][server][report][layout]")
{
    const auto round = scaledRound(125);
    QTemporaryDir dir;
    keepIfAsked(dir);
    const QString db = dir.filePath(QStringLiteral("server.db"));
    publishAndIngest(db, round);
    for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        INFO("--lang " << lang.toStdString());
        const QString pdf = dir.filePath(QStringLiteral("verslag-%1.pdf").arg(lang));
        const QString html = dir.filePath(QStringLiteral("verslag-%1.html").arg(lang));
        for (const QString &out : {pdf, html}) {
            const auto run = serverCommand({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
                                            QStringLiteral("--lang"), lang});
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
        }
        const QString page = QString::fromUtf8(readFileBytes(html));
        const QStringList pages = pdfPages(pdf);
        checkReads(page, pages);
        const QString text = pages.join(QLatin1Char(' ')).simplified();
        // Numbers in the thousands with the language's separator: 2.000 in Dutch, 2,000 in English,
        // never a bare 2000 (years aside).
        const bool dutch = lang == QLatin1String("nl");
        CHECK(text.contains(dutch ? QLatin1String("2.000 mensen deden mee.") : QLatin1String("2,000 people took part.")));
        CHECK(page.contains(QRegularExpression(dutch ? QStringLiteral("<td>[1-9]\\d{0,2}\\.\\d{3}</td>") : QStringLiteral("<td>[1-9]\\d{0,2},\\d{3}</td>"))));
        static const QRegularExpression bare(QStringLiteral("(?<![\\d.,])[1-9]\\d{3,}(?![\\d.,])"));
        for (auto it = bare.globalMatch(text + QLatin1Char(' ') + unescapeHtml(page)); it.hasNext();) {
            const QString number = it.next().captured(0);
            INFO("a number without a thousands separator: " << number.toStdString());
            CHECK((number.size() == 4 && number.startsWith(QLatin1String("20"))));  // a year
        }
    }
}

namespace {

// The Dutch source texts of a context in i18n/samenspraak_en.ts whose translation differs, as
// the runs of literal text between their placeholders (at least `minimum` characters long): none
// of them may be left in a text that should be English.
QStringList dutchFragments(const QString &context, int minimum = 8)
{
    QFile file(sourcePath(QStringLiteral("i18n/samenspraak_en.ts")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString current, source;
    QStringList out;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            current = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && current == context) {
            if (xml.readElementText() == source)
                continue;
            for (const QString &part : source.split(QRegularExpression(QStringLiteral("%\\d|\\(|\\)|:|\u201c|\u201d|\""))))
                if (part.simplified().size() >= minimum)
                    out << part.simplified().remove(QChar(0x00AD));
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("results: report and triptych with --lang en are English everywhere", "[results][server][report][i18n]")
{
    const auto fixture = resultsRound(16);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    publishAndIngest(db, fixture);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(serverCommand({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf, QStringLiteral("--lang"),
                           QStringLiteral("en")})
                .exitCode == 0);
    const auto text = runCommand(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString report = text.out.simplified().remove(QChar(0x00AD));
    INFO(report.toStdString());
    // The translated texts came through (lupdate's file, not the source) ...
    CHECK(report.contains(QLatin1String("What residents said")));
    CHECK(report.contains(QLatin1String("16 people took part.")));
    CHECK(report.contains(QLatin1String("Heard less than their share of the population")));
    CHECK(report.contains(QLatin1String("Method and limits")));
    // The date as in British English, day month year ("4 December 2026"), not US style.
    const QDate today = QDate::currentDate();
    CHECK(report.contains(QLocale(QLocale::English).toString(today, QStringLiteral("d MMMM yyyy"))));
    CHECK_FALSE(report.contains(QLocale(QLocale::English).toString(today, QStringLiteral("MMMM d, yyyy"))));
    // ... and no Dutch text of the report is left in it (pdftotext breaks lines: compare words).
    const QStringList reportDutch = dutchFragments(QStringLiteral("samenspraak::report::Report"));
    CHECK(reportDutch.size() > 40);
    for (const QString &dutch : reportDutch) {
        INFO("Dutch left in the English report: " << dutch.toStdString());
        CHECK_FALSE(report.contains(dutch));
    }
    // The engine's own sentences and labels in the report are English too.
    for (const char *dutch : {"van de deelnemers", "van de inwoners", "minder dan", "buitengebied", "Kanaal", "Leeftijd", "niet ingevuld"})
        CHECK_FALSE(report.contains(QLatin1String(dutch), Qt::CaseInsensitive));

    const QString triptych = dir.filePath(QStringLiteral("triptych.pdf"));
    REQUIRE(serverCommand({QStringLiteral("triptych"), QStringLiteral("--db"), db, QStringLiteral("--out"), triptych, QStringLiteral("--lang"),
                           QStringLiteral("en")})
                .exitCode == 0);
    const auto triptychText = runCommand(QStringLiteral("pdftotext"), {triptych, QStringLiteral("-")});
    REQUIRE(triptychText.exitCode == 0);
    const QString panels = triptychText.out.simplified();
    INFO(panels.toStdString());
    CHECK(panels.contains(QLatin1String("At a glance: what residents said")));
    CHECK(panels.contains(QLatin1String("Our values")));
    const QStringList triptychDutch = dutchFragments(QStringLiteral("samenspraak::report::Triptych"));
    CHECK(triptychDutch.size() > 15);
    for (const QString &dutch : triptychDutch) {
        INFO("Dutch left in the English triptych: " << dutch.toStdString());
        CHECK_FALSE(panels.contains(dutch));
    }
}

TEST_CASE("results: export --format polis gives the votes matrix as Pol.is exports it", "[results][server][export][polis]")
{
    const auto fixture = resultsRound(16);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    publishAndIngest(db, fixture);
    const QString out = dir.filePath(QStringLiteral("participants-votes.csv"));
    // Joined, to find each participant by their session id (the default has pseudonyms).
    const auto run = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("polis"),
                                    QStringLiteral("--out"), out, QStringLiteral("--no-bom"), QStringLiteral("--joined")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QStringList lines = QString::fromUtf8(readFileBytes(out)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(!lines.isEmpty());
    // Pol.is's participants-votes.csv columns, then one column per statement.
    CHECK(lines.takeFirst() == QLatin1String("participant,group-id,n-comments,n-votes,n-agree,n-disagree,bus,winkel"));
    // Every participant answered the statements (16 rows). By hand from tests/support/resultsround.cpp:
    // 1 agree, -1 disagree, 0 pass, empty where the statement was not answered (participant 6: bus only).
    const QStringList expected{
        QStringLiteral("2,1,1,1,-1"),  // 1: bus agree, winkel disagree
        QStringLiteral("2,2,0,1,1"),   // 2
        QStringLiteral("2,0,1,-1,0"),  // 3: bus disagree, winkel pass
        QStringLiteral("2,1,1,1,-1"),  // 4
        QStringLiteral("2,2,0,1,1"),   // 5
        QStringLiteral("1,0,0,0,"),    // 6: bus pass, winkel not answered
        QStringLiteral("2,2,0,1,1"), QStringLiteral("2,2,0,1,1"), QStringLiteral("2,2,0,1,1"), QStringLiteral("2,2,0,1,1"),  // 7-10
        QStringLiteral("2,1,1,-1,1"),  // 11
        QStringLiteral("2,1,1,1,-1"), QStringLiteral("2,1,1,1,-1"), QStringLiteral("2,1,1,1,-1"), QStringLiteral("2,1,1,1,-1"),  // 12-15
        QStringLiteral("2,0,1,0,-1"),  // 16: bus pass, winkel disagree
    };
    REQUIRE(lines.size() == 16);
    for (int p = 0; p < 16; ++p) {
        const QString prefix = fixture.sessions[p].id + QStringLiteral(",,0,");
        const auto row = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(prefix); });
        INFO("participant " << p + 1);
        REQUIRE(row != lines.cend());
        CHECK(row->mid(prefix.size()) == expected[p]);
    }
    // Unknown formats and --since are refused.
    CHECK(serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("polis"),
                         QStringLiteral("--since"), QStringLiteral("2026-01-01T00:00:00Z")})
              .exitCode == 2);
}

namespace {

results::StatementResult statementResult(const QString &id, int agree, int disagree)
{
    results::StatementResult s;
    s.overall.id = id;
    s.overall.agree = agree;
    s.overall.disagree = disagree;
    return s;
}

QStringList visionFindings(const QList<results::StatementResult> &statements)
{
    results::Summary summary;
    summary.language = QStringLiteral("nl");
    results::ActivityResult a;
    a.id = QStringLiteral("stellingen");
    a.kind = Kind::Statements;
    a.n = 50;
    a.statements = statements;
    summary.activities.append(a);
    return report::buildTriptych(ContentPack{}, summary).panels.at(1).findings;
}

} // namespace

TEST_CASE("results: the triptych calls only a clear majority what residents want", "[results][server][triptych]")
{
    SECTION("near half and half is a point of division, not a finding either way")
    {
        // By hand, of those who took a side: a 26/50 = 52% (divided), b 20/44 = 45% (divided),
        // c 30/40 = 75% agree, d 14/40 = 35% agree = 65% disagree (both a clear majority: 60%+).
        const QStringList findings = visionFindings({statementResult(QStringLiteral("a"), 26, 24), statementResult(QStringLiteral("b"), 20, 24),
                                                     statementResult(QStringLiteral("c"), 30, 10), statementResult(QStringLiteral("d"), 14, 26)});
        INFO(findings.join(QLatin1Char('\n')).toStdString());
        REQUIRE(findings.size() == 3);
        CHECK(findings.at(0) == QString::fromUtf8("75% is het eens met: \u201cc\u201d (n\u00A0=\u00A040)"));
        CHECK(findings.at(1) == QString::fromUtf8("65% is het oneens met: \u201cd\u201d (n\u00A0=\u00A040)"));
        // The most even one (52% is 2 points from half, 45% is 5).
        CHECK(findings.at(2) == QString::fromUtf8("Hier zijn inwoners verdeeld: \u201ca\u201d (52% eens, n\u00A0=\u00A050)"));
    }
    SECTION("a statement groups disagree on comes before an even split")
    {
        results::StatementResult split = statementResult(QStringLiteral("b"), 22, 22);
        split.dividedBy = {QStringLiteral("leeftijd")};
        const QStringList findings = visionFindings({statementResult(QStringLiteral("a"), 25, 24), split});
        INFO(findings.join(QLatin1Char('\n')).toStdString());
        REQUIRE(findings.size() == 1);
        CHECK(findings.at(0) == QString::fromUtf8("Hier verschillen groepen van mening: \u201cb\u201d (50% eens, n\u00A0=\u00A044)"));
    }
    SECTION("exactly 60% is a clear majority, 59% is not")
    {
        const QStringList findings = visionFindings({statementResult(QStringLiteral("a"), 30, 20), statementResult(QStringLiteral("b"), 59, 41)});
        INFO(findings.join(QLatin1Char('\n')).toStdString());
        REQUIRE(findings.size() == 2);
        CHECK(findings.at(0).startsWith(QString::fromUtf8("60% is het eens met: \u201ca\u201d")));
        CHECK(findings.at(1).startsWith(QString::fromUtf8("Hier zijn inwoners verdeeld: \u201cb\u201d (59% eens")));
    }
}

TEST_CASE("results: CSV fields that Excel would run as a formula are neutralised, numbers are not", "[results][server][export]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    server::writeCsvTable({QStringLiteral("a")}, {{QStringLiteral("-1")}, {QStringLiteral("=SUM(A1)")}, {QStringLiteral("-x")},
                                                  {QStringLiteral("+31 6")}, {QStringLiteral("@a")}, {QStringLiteral("2.5")}},
                          QLatin1Char(','), false, buffer);
    CHECK(buffer.data() == QByteArray("a\r\n-1\r\n'=SUM(A1)\r\n'-x\r\n'+31 6\r\n'@a\r\n2.5\r\n"));
}

TEST_CASE("results: the triptych on one A3 landscape page, as PDF and PNG", "[results][server][triptych]")
{
    const auto fixture = resultsRound(16);
    QTemporaryDir dir;
    keepIfAsked(dir);
    const QString db = dir.filePath(QStringLiteral("server.db"));
    publishAndIngest(db, fixture);
    const QString pdf = dir.filePath(QStringLiteral("drieluik.pdf"));
    const auto run = serverCommand({QStringLiteral("triptych"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // One page, A3 landscape (420 × 297 mm = 1191 × 842 pt).
    const auto info = runCommand(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("Page size:\\s+119[01](\\.\\d+)? x 84[12](\\.\\d+)? pts"))));
    const auto text = runCommand(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString body = text.out.simplified();
    INFO(body.toStdString());
    // The three panels, each with its strongest findings and their n (hand-checked in
    // test_results_engine.cpp: rust chosen by 3 of 6, first of the ties by id; bus: 12 of the 14 who
    // took a side agree, 86%).
    CHECK(body.contains(QLatin1String("Onze waarden")));
    CHECK(body.contains(QLatin1String("Wat we willen voor")));
    CHECK(body.contains(QLatin1String("Waar we eerst aan werken")));  // the pack has no phase 3 with a horizon
    CHECK(body.contains(QLatin1String("Rust: gekozen door 50% (3 van 6)")));
    CHECK(body.contains(QLatin1String("16 mensen deden mee")));
    CHECK(body.contains(QString::fromUtf8("In één oogopslag")));
    CHECK(body.contains(QLatin1String("86% is het eens met")));
    CHECK(body.contains(QLatin1String("n = 14")));
    // The shop: 7 of 14 agree, all young people for and all old against: no majority to name,
    // a point of division.
    CHECK_FALSE(body.contains(QLatin1String("50% is het eens met")));
    CHECK(body.contains(QLatin1String("Hier verschillen groepen van mening")));
    CHECK(body.contains(QLatin1String("(50% eens, n = 14)")));

    const QString png = dir.filePath(QStringLiteral("drieluik.png"));
    REQUIRE(serverCommand({QStringLiteral("triptych"), QStringLiteral("--db"), db, QStringLiteral("--out"), png, QStringLiteral("--lang"),
                           QStringLiteral("en")})
                .exitCode == 0);
    QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.width() > image.height());
    // Not blank: more than a handful of colours (text, three panel colours, the palette).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);
    // --out must be .pdf or .png.
    CHECK(serverCommand({QStringLiteral("triptych"), QStringLiteral("--db"), db, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.txt"))})
              .exitCode == 2);
}
