// The exports keep profile answers and free text apart (issue 14). 2,000 participants, each
// with a profile, an idea, a value of their own and a remark, every text unique: the joined
// form (`export --joined`, which says it holds linkable personal data) joins profile and free
// text per session as the old export did; the default forms carry no session id, no device id
// and no exact time, and their free text has nothing to join on.
#include <catch2/catch.hpp>

#include "answers.h"
#include "contentpack.h"
#include "processes.h"
#include "serverstore.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace samenspraak;
using namespace samenspraak::protocol;

namespace {

struct BigRound {
    QStringList sessions;
    QStringList devices;
    QStringList texts;                  // every idea, own value and remark
    QHash<QString, QString> ideaOf;     // session -> its idea
    QHash<QString, QString> profileOf;  // session -> its profile answers in pack order, comma-separated
};

// The shipped pack published, and `participants` sessions spread over four devices.
BigRound ingestRound(const QString &db, int participants)
{
    BigRound round;
    auto opened = server::ServerStore::open(db);
    REQUIRE(opened.store);
    const ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    REQUIRE(opened.store->content().publish(pack) == server::ContentRegistry::Publish::Published);
    std::mt19937 random(14);
    for (int d = 0; d < 4; ++d)
        round.devices << newId();
    for (int first = 0; first < participants; first += 250) {
        const QString device = round.devices[(first / 250) % 4];
        UploadBatch batch{device, QStringLiteral("0.1.0"), pack.version, 0, {}, {}};
        for (int p = first; p < qMin(participants, first + 250); ++p) {
            const QString started = QStringLiteral("2026-11-%1T%2:%3:07.%4+01:00")
                                        .arg(10 + p % 7)
                                        .arg(8 + p % 13, 2, 10, QLatin1Char('0'))
                                        .arg(p % 60, 2, 10, QLatin1Char('0'))
                                        .arg(p % 1000, 3, 10, QLatin1Char('0'));
            const SessionRecord s{newId(), p % 3 ? QStringLiteral("kiosk") : QStringLiteral("workshop"),
                                  p % 3 ? QString() : QStringLiteral("Dorpshuis"), pack.version, QStringLiteral("nl"), started};
            batch.sessions.append(s);
            round.sessions << s.id;
            // Every question answered, each option equally likely (13 x 5 x 5 x 2 profiles).
            answers::Profile profile;
            QStringList given;
            for (const ProfileQuestion &q : pack.activity(QStringLiteral("profiel"))->questions) {
                given << q.options[int(random() % q.options.size())].id;
                profile.answers.insert(q.id, given.last());
            }
            round.profileOf.insert(s.id, given.join(QLatin1Char(',')));
            const QString idea = QStringLiteral("Idee %1: een bankje bij huisnummer %2").arg(p).arg(random() % 100000);
            const QString own = QStringLiteral("eigen waarde %1").arg(p);
            const QString remark = QStringLiteral("opmerking %1 over de avond").arg(p);
            round.ideaOf.insert(s.id, idea);
            round.texts << idea << own << remark;
            const QList<std::pair<QString, QJsonObject>> given4{
                {QStringLiteral("profiel"), profile.toJson()},
                {QStringLiteral("kansen-en-zorgen"), answers::Idea{idea, QStringLiteral("concern"), QStringLiteral("wonen")}.toJson()},
                {QStringLiteral("waarden"), answers::Values{{QStringLiteral("respect")}, own}.toJson()},
                {QStringLiteral("tevredenheid"), answers::Satisfaction{1 + p % 5, remark}.toJson()},
            };
            for (const auto &[activity, payload] : given4)
                batch.contributions.append({newId(), s.id, activity, pack.activity(activity)->kind, pack.version, payload, started,
                                            qint64(batch.contributions.size() + 1 + first * 4), {}});
        }
        batch.pendingReported = int(batch.sessions.size() + batch.contributions.size());
        const auto added = opened.store->ingest().add(batch, device);
        INFO(added.error.toStdString());
        REQUIRE(added.error.isEmpty());
    }
    return round;
}

// A CSV file without BOM as rows of fields (the test data holds no separators or quotes).
QList<QStringList> csvRows(const QString &path)
{
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(readFile(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

// Everything in a folder of CSV files, as one text.
QString folderText(const QString &folder)
{
    QString all;
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        all += QString::fromUtf8(readFile(QDir(folder).filePath(name)));
    return all;
}

// What must not be in a default export: a session id, a device id, a time to the millisecond.
void checkNoIdentifiers(const QString &text, const BigRound &round, const char *what)
{
    INFO(what);
    for (const QString &id : round.sessions)
        REQUIRE_FALSE(text.contains(id));
    for (const QString &id : round.devices)
        REQUIRE_FALSE(text.contains(id));
    static const QRegularExpression exactTime(QStringLiteral("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?"));
    CHECK_FALSE(exactTime.match(text).hasMatch());
}

QStringList args(std::initializer_list<const char *> list, const QString &db)
{
    QStringList out{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--no-bom")};
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST_CASE("export: profile answers and free text of 2,000 participants cannot be joined unless staff ask for it", "[export][privacy]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    const BigRound round = ingestRound(db, 2000);

    // The joined form, asked for explicitly: profile and idea join on the session id, as the
    // export did before. How many profiles are unique shows why this must not be the default.
    const QString joined = dir.filePath(QStringLiteral("joined"));
    const auto joinedRun = serverCommand(args({"--format", "wide-csv", "--joined", "--out"}, db) << joined);
    INFO(joinedRun.err.toStdString());
    REQUIRE(joinedRun.exitCode == 0);
    CHECK(joinedRun.err.contains(QLatin1String("linkable personal data")));
    QHash<QString, QString> profileBy, ideaBy;
    for (const QStringList &r : csvRows(joined + QStringLiteral("/profiel.csv")).mid(1))
        profileBy.insert(r.value(0), r.mid(2).join(QLatin1Char(',')));
    for (const QStringList &r : csvRows(joined + QStringLiteral("/kansen-en-zorgen.csv")).mid(1))
        ideaBy.insert(r.value(0), r.value(4));
    int linked = 0;
    QHash<QString, int> sameProfile;
    for (auto it = ideaBy.cbegin(); it != ideaBy.cend(); ++it)
        if (profileBy.contains(it.key()) && round.ideaOf.value(it.key()) == it.value()
            && profileBy.value(it.key()) == round.profileOf.value(it.key())) {
            ++linked;
            ++sameProfile[profileBy.value(it.key())];
        }
    CHECK(linked == 2000);  // every idea next to its author's village, age, relation
    const auto unique = std::count_if(sameProfile.cbegin(), sameProfile.cend(), [](int n) { return n == 1; });
    std::printf("joined export: %d of 2000 ideas linked to a profile, %lld profiles unique\n", linked, qlonglong(unique));
    CHECK(unique > 0);

    // The default: the free text in a file of its own, with nothing to join on.
    const QString folder = dir.filePath(QStringLiteral("breed"));
    const auto run = serverCommand(args({"--format", "wide-csv", "--out"}, db) << folder);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.err.contains(QLatin1String("linkable")));
    const QList<QStringList> freeText = csvRows(folder + QStringLiteral("/vrije-tekst.csv"));
    REQUIRE(!freeText.isEmpty());
    CHECK(freeText.first() == QStringList({QStringLiteral("activity"), QStringLiteral("field"), QStringLiteral("kind"),
                                           QStringLiteral("theme"), QStringLiteral("text"), QStringLiteral("moderation")}));
    QStringList texts;
    for (const QStringList &r : freeText.mid(1))
        texts << r.value(4);
    CHECK(QSet<QString>(texts.cbegin(), texts.cend()) == QSet<QString>(round.texts.cbegin(), round.texts.cend()));
    // In an order of their own (by activity and text), not the order participants came in.
    QList<QStringList> sorted = freeText.mid(1);
    std::sort(sorted.begin(), sorted.end(), [](const QStringList &a, const QStringList &b) {
        return std::make_pair(a.value(0), a.value(4)) < std::make_pair(b.value(0), b.value(4));
    });
    CHECK(sorted == freeText.mid(1));
    // No other file holds a text, and the free text shares no column with any other file.
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        if (name == QLatin1String("vrije-tekst.csv"))
            continue;
        INFO(name.toStdString());
        const QString text = QString::fromUtf8(readFile(QDir(folder).filePath(name)));
        for (const QString &t : {round.texts.value(0), round.texts.value(1), round.texts.value(2), round.texts.value(2999)})
            CHECK_FALSE(text.contains(t));
        CHECK_FALSE(text.contains(QLatin1String("eigen waarde")));
        CHECK_FALSE(text.contains(QLatin1String("opmerking")));
        CHECK_FALSE(text.contains(QLatin1String("Idee ")));
        const QStringList header = csvRows(QDir(folder).filePath(name)).value(0);
        for (const QString &column : freeText.first())
            CHECK_FALSE(header.contains(column));
    }
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("/kansen-en-zorgen.csv")));  // ideas are all free text
    checkNoIdentifiers(folderText(folder), round, "wide-csv");
    // The other activities stay analysable: one row per participant, the profile joins them
    // on a pseudonym that is new for every export.
    const QList<QStringList> profiles = csvRows(folder + QStringLiteral("/profiel.csv"));
    const QList<QStringList> values = csvRows(folder + QStringLiteral("/waarden.csv"));
    REQUIRE(profiles.size() == 2001);
    REQUIRE(values.size() == 2001);
    CHECK(values.first() == QStringList({QStringLiteral("participant"), QStringLiteral("channel"), QStringLiteral("dynamiek"),
                                         QStringLiteral("erbij-horen"), QStringLiteral("respect"), QStringLiteral("noaberschap"),
                                         QStringLiteral("nuchterheid")}));
    QSet<QString> profilePseudonyms, valuePseudonyms;
    for (const QStringList &r : profiles.mid(1))
        profilePseudonyms.insert(r.value(0));
    for (const QStringList &r : values.mid(1))
        valuePseudonyms.insert(r.value(0));
    CHECK(profilePseudonyms.size() == 2000);
    CHECK(profilePseudonyms == valuePseudonyms);
    const QList<QStringList> satisfaction = csvRows(folder + QStringLiteral("/tevredenheid.csv"));
    CHECK(satisfaction.first() == QStringList({QStringLiteral("participant"), QStringLiteral("channel"), QStringLiteral("score")}));
    // The sessions: date and part of day, no time.
    const QList<QStringList> sessions = csvRows(folder + QStringLiteral("/sessions.csv"));
    CHECK(sessions.first() == QStringList({QStringLiteral("participant"), QStringLiteral("channel"), QStringLiteral("workshop"),
                                           QStringLiteral("language"), QStringLiteral("date"), QStringLiteral("part_of_day")}));
    QSet<QString> parts;
    for (const QStringList &r : sessions.mid(1)) {
        CHECK(QDate::fromString(r.value(4), Qt::ISODate).isValid());
        parts.insert(r.value(5));
    }
    CHECK(parts == QSet<QString>({QStringLiteral("ochtend"), QStringLiteral("middag"), QStringLiteral("avond")}));
    const auto again = serverCommand(args({"--format", "wide-csv", "--out"}, db) << dir.filePath(QStringLiteral("again")));
    REQUIRE(again.exitCode == 0);
    const QList<QStringList> profilesAgain = csvRows(dir.filePath(QStringLiteral("again/profiel.csv")));
    QSet<QString> againPseudonyms;
    for (const QStringList &r : profilesAgain.mid(1))
        againPseudonyms.insert(r.value(0));
    CHECK(againPseudonyms.size() == 2000);
    CHECK_FALSE(againPseudonyms.intersects(profilePseudonyms));

    // The long form (csv, json): no session or device id, no exact time, no free text; the
    // free text comes with --format free-text.
    const auto csv = serverCommand(args({"--format", "csv"}, db));
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QLatin1String("id,participant,activity_id,kind,content_version,payload,date,part_of_day,supersedes\r\n")));
    checkNoIdentifiers(csv.out, round, "csv");
    CHECK_FALSE(csv.out.contains(QLatin1String("eigen waarde")));
    CHECK_FALSE(csv.out.contains(QLatin1String("opmerking")));
    CHECK_FALSE(csv.out.contains(QLatin1String("Idee ")));
    CHECK(csv.out.count(QLatin1String("\r\n")) == 1 + 3 * 2000);  // profile, values, satisfaction: no ideas row
    const auto json = serverCommand(args({"--format", "json"}, db));
    REQUIRE(json.exitCode == 0);
    checkNoIdentifiers(json.out, round, "json");
    CHECK_FALSE(json.out.contains(QLatin1String("eigen waarde")));
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() == 3 * 2000);
    CHECK(rows.at(0).toObject().keys()
          == QStringList({QStringLiteral("activityId"), QStringLiteral("contentVersion"), QStringLiteral("date"), QStringLiteral("id"),
                          QStringLiteral("kind"), QStringLiteral("partOfDay"), QStringLiteral("participant"), QStringLiteral("payload"),
                          QStringLiteral("supersedes")}));
    const auto free = serverCommand(args({"--format", "free-text"}, db));
    REQUIRE(free.exitCode == 0);
    CHECK(free.out.startsWith(QLatin1String("activity,field,kind,theme,text,moderation\r\n")));
    CHECK(free.out.count(QLatin1String("\r\n")) == 1 + 3 * 2000);
    checkNoIdentifiers(free.out, round, "free-text");
    // The joined long form keeps everything, and says so.
    const auto joinedJson = serverCommand(args({"--format", "json", "--joined"}, db));
    REQUIRE(joinedJson.exitCode == 0);
    CHECK(joinedJson.err.contains(QLatin1String("linkable personal data")));
    const QJsonArray all = QJsonDocument::fromJson(joinedJson.out.toUtf8()).array();
    REQUIRE(all.size() == 4 * 2000);
    CHECK(round.sessions.contains(all.at(0).toObject().value(QStringLiteral("sessionId")).toString()));
    CHECK(round.devices.contains(all.at(0).toObject().value(QStringLiteral("deviceId")).toString()));
    CHECK(joinedJson.out.contains(round.ideaOf.value(round.sessions.first())));

    // Pol.is and xlsx: pseudonyms, and the free text on a sheet of its own.
    const auto polis = serverCommand(args({"--format", "polis"}, db));
    REQUIRE(polis.exitCode == 0);
    checkNoIdentifiers(polis.out, round, "polis");
    const QString xlsx = dir.filePath(QStringLiteral("ronde.xlsx"));
    REQUIRE(serverCommand(args({"--format", "xlsx", "--out"}, db) << xlsx).exitCode == 0);
    const auto read = runCommand(QStringLiteral("python3"), {sourcePath(QStringLiteral("tests/support/xlsx2json.py")), xlsx});
    REQUIRE(read.exitCode == 0);
    const QJsonObject sheets = QJsonDocument::fromJson(read.out.toUtf8()).object().value(QStringLiteral("sheets")).toObject();
    CHECK(sheets.contains(QStringLiteral("vrije-tekst")));
    CHECK_FALSE(sheets.contains(QStringLiteral("kansen-en-zorgen")));
    CHECK(sheets.value(QStringLiteral("vrije-tekst")).toArray().size() == 1 + 3 * 2000);
    QJsonObject others = sheets;
    others.remove(QStringLiteral("vrije-tekst"));
    const QString rest = QString::fromUtf8(QJsonDocument(others).toJson());
    checkNoIdentifiers(rest, round, "xlsx");
    CHECK_FALSE(rest.contains(QLatin1String("eigen waarde")));

    // What the results and report commands show: figures only, never an id or a text.
    const auto results = serverCommand({QStringLiteral("results"), QStringLiteral("--db"), db});
    REQUIRE(results.exitCode == 0);
    checkNoIdentifiers(results.out, round, "results");
    CHECK_FALSE(results.out.contains(QLatin1String("Idee ")));
    CHECK_FALSE(results.out.contains(QLatin1String("eigen waarde")));
    const QString html = dir.filePath(QStringLiteral("verslag.html"));
    REQUIRE(serverCommand({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), html}).exitCode == 0);
    const QString page = QString::fromUtf8(readFile(html));
    for (const QString &id : round.sessions.mid(0, 50) + round.devices)
        CHECK_FALSE(page.contains(id));
    CHECK_FALSE(page.contains(QLatin1String("Idee ")));
    CHECK_FALSE(page.contains(QLatin1String("eigen waarde")));
    CHECK_FALSE(page.contains(QLatin1String("opmerking ")));
}

TEST_CASE("export: a paper form typed in on a later day is dated by the form, its typing time stays in the joined export",
          "[export][paper]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    const ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    const QString device = newId();
    // The form was filled in on 10 November (the session starts at noon, prepareOnBehalf), typed
    // in on the evening of 13 November; a workshop answer beside it is dated by its own time.
    const SessionRecord paper{newId(), QStringLiteral("paper"), QString(), pack.version, QStringLiteral("nl"),
                              QStringLiteral("2026-11-10T12:00:00.000+01:00")};
    const SessionRecord workshop{newId(), QStringLiteral("workshop"), QStringLiteral("Dorpshuis"), pack.version, QStringLiteral("nl"),
                                 QStringLiteral("2026-11-12T09:30:00.000+01:00")};
    const QString typed = QStringLiteral("2026-11-13T20:15:00.000+01:00");
    const ContributionRecord onPaper{newId(), paper.id, QStringLiteral("tevredenheid"), pack.activity(QStringLiteral("tevredenheid"))->kind,
                                     pack.version, answers::Satisfaction{4, {}}.toJson(), typed, 1, {}};
    const ContributionRecord inHall{newId(), workshop.id, QStringLiteral("tevredenheid"), pack.activity(QStringLiteral("tevredenheid"))->kind,
                                    pack.version, answers::Satisfaction{2, {}}.toJson(), QStringLiteral("2026-11-12T09:40:00.000+01:00"), 2, {}};
    {
        auto opened = server::ServerStore::open(db);
        REQUIRE(opened.store);
        REQUIRE(opened.store->content().publish(pack) == server::ContentRegistry::Publish::Published);
        const UploadBatch batch{device, QStringLiteral("0.1.0"), pack.version, 4, {paper, workshop}, {onPaper, inHall}};
        const auto added = opened.store->ingest().add(batch, device);
        INFO(added.error.toStdString());
        REQUIRE(added.error.isEmpty());
    }
    const auto csv = serverCommand(args({"--format", "csv"}, db));
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    QHash<QString, QStringList> byId;
    for (const QString &line : csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1)) {
        static const QRegularExpression field(QStringLiteral("^([^,]+),.*,(\\d{4}-\\d{2}-\\d{2}),([a-z]+),[^,]*$"));
        const auto m = field.match(line);
        REQUIRE(m.hasMatch());
        byId.insert(m.captured(1), {m.captured(2), m.captured(3)});
    }
    CHECK(byId.value(onPaper.id) == QStringList{QStringLiteral("2026-11-10"), QStringLiteral("middag")});
    CHECK(byId.value(inHall.id) == QStringList{QStringLiteral("2026-11-12"), QStringLiteral("ochtend")});
    const auto json = serverCommand(args({"--format", "json"}, db));
    REQUIRE(json.exitCode == 0);
    for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array())
        if (v.toObject().value(QStringLiteral("id")).toString() == onPaper.id) {
            CHECK(v.toObject().value(QStringLiteral("date")).toString() == QLatin1String("2026-11-10"));
            CHECK(v.toObject().value(QStringLiteral("partOfDay")).toString() == QLatin1String("middag"));
        }
    // The per-activity tables date participants by their session: the form's day too.
    const QString wide = dir.filePath(QStringLiteral("wide"));
    REQUIRE(serverCommand(args({"--format", "wide-csv", "--out"}, db) << wide).exitCode == 0);
    const QString sessions = QString::fromUtf8(readFile(wide + QStringLiteral("/sessions.csv")));
    INFO(sessions.toStdString());
    CHECK(sessions.contains(QStringLiteral(",paper,,nl,2026-11-10,middag")));
    CHECK_FALSE(sessions.contains(QStringLiteral("2026-11-13")));
    // The joined export keeps the time it was typed in (the record itself is unchanged).
    const auto joined = serverCommand(args({"--format", "csv", "--joined"}, db));
    REQUIRE(joined.exitCode == 0);
    CHECK(joined.out.contains(typed));
}
