// The projector through the app's own hub path (issue 10): tablets join an in-process RoomHub and
// send with the app's SyncService; the ProjectorModel on the hub follows, recomputing only the
// activities an upload touched, and shows exactly what a model computing every activity anew shows.

#include <catch2/catch.hpp>

#include "answers.h"
#include "appcontext.h"
#include "contentpack.h"
#include "projectormodel.h"
#include "roomclient.h"
#include "roomhub.h"
#include "roomoutbox.h"
#include "sessioncontroller.h"
#include "simulator.h"
#include "syncservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace samenspraak;

namespace {

const QString Pack = QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json");

// Every row of the model, every role, as QML reads it.
QList<QVariantMap> rowsOf(const ProjectorModel &model)
{
    QList<QVariantMap> rows;
    const QHash<int, QByteArray> roles = model.roleNames();
    for (int i = 0; i < model.rowCount(); ++i) {
        QVariantMap row;
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            row.insert(QString::fromLatin1(it.value()), model.data(model.index(i), it.key()));
        rows.append(row);
    }
    return rows;
}

struct Tablet {
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    RoomMembership room;
};

// Sends what the tablet has for its room the way the app does (SyncService), until nothing is pending.
bool sendToHub(Tablet &t)
{
    SyncService service(*t.context, nullptr);
    QSignalSpy changed(&service, &SyncService::stateChanged);
    RoomOutbox toHub(t.context->store(), t.room.roomId);
    service.syncNow();
    for (int i = 0; i < 200 && (toHub.pendingCount() > 0 || service.running()); ++i)
        changed.wait(50);
    return toHub.pendingCount() == 0;
}

} // namespace

TEST_CASE("room projector: tablets sending through the hub update the projector, and the incremental figures equal a full recompute",
          "[room][projector]")
{
    QTemporaryDir hubDir;
    auto hubContext = AppContext::create(hubDir.path(), CorruptionPolicy::Refuse, Pack);
    REQUIRE(hubContext.context);
    RoomHub hub(*hubContext.context);
    RoomHub::Options options;
    options.address = QHostAddress::LocalHost;
    options.settings.title = QStringLiteral("Avond in Lemelerveld");
    const RoomHub::Started started = hub.start(options);
    INFO(started.error.toStdString());
    REQUIRE(started.ok());
    ProjectorModel projector;
    projector.setHub(&hub);
    QSignalSpy updated(&projector, &ProjectorModel::updated);
    CHECK(projector.participants() == 0);
    CHECK(projector.withheld());

    std::vector<std::unique_ptr<Tablet>> tablets;
    for (int i = 0; i < 4; ++i) {
        auto t = std::make_unique<Tablet>();
        auto created = AppContext::create(t->dir.path(), CorruptionPolicy::Refuse, Pack);
        REQUIRE(created.context);
        t->context = std::move(created.context);
        const JoinOutcome joined = joinRoom(*t->context, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(hub.port())), hub.room().code,
                                            hub.fingerprint());
        INFO(joined.message.toStdString());
        REQUIRE(joined.result == JoinOutcome::Joined);
        t->context->sessions().setChannel(QStringLiteral("workshop"));
        t->room = joined.membership;
        tablets.push_back(std::move(t));
    }

    // Rounds of one or two participants per tablet, sent the way the app sends them; after
    // each, the projector counts every participant, and a model that keeps nothing from before
    // shows the same rows, figure for figure.
    int participants = 0;
    quint32 seed = 40;
    bool shownAny = false;
    for (int round = 0; round < 4; ++round) {
        for (auto &t : tablets) {
            REQUIRE(simulateParticipants(*t->context, 1 + round % 2, ++seed).error.isEmpty());
            participants += 1 + round % 2;
            REQUIRE(sendToHub(*t));
        }
        for (int i = 0; i < 100 && projector.participants() < participants; ++i)
            updated.wait(50);
        REQUIRE(projector.participants() == participants);
        CHECK(projector.countedSessions().size() == participants);

        ProjectorModel fresh;
        fresh.setHub(&hub);  // computes every activity now
        const QList<QVariantMap> incremental = rowsOf(projector), full = rowsOf(fresh);
        REQUIRE(incremental.size() == full.size());
        REQUIRE(!full.isEmpty());
        for (int i = 0; i < full.size(); ++i) {
            INFO("round " << round << ", activity " << full.at(i).value(QStringLiteral("activityId")).toString().toStdString());
            CHECK(incremental.at(i) == full.at(i));
            shownAny = shownAny || !full.at(i).value(QStringLiteral("withheld")).toBool();
        }
        CHECK(projector.status() == fresh.status());
    }
    CHECK(participants >= 5);
    CHECK(shownAny);  // the comparison covered figures, not only withheld rows

    // Someone who answers one activity only: that row is recomputed, the others come from what
    // the projector kept, and together they are still what a full recompute shows.
    Tablet &first = *tablets.front();
    const Activity *values = first.context->pack().activity(QStringLiteral("waarden"));
    REQUIRE(values);
    SessionController &sessions = first.context->sessions();
    REQUIRE(sessions.begin());
    REQUIRE(sessions.submitJson(values->id, answers::example(first.context->pack(), *values)));
    sessions.end();
    ++participants;
    REQUIRE(sendToHub(first));
    for (int i = 0; i < 100 && projector.participants() < participants; ++i)
        updated.wait(50);
    REQUIRE(projector.participants() == participants);
    ProjectorModel fresh;
    fresh.setHub(&hub);
    CHECK(rowsOf(projector) == rowsOf(fresh));

    // A language switch recomputes every row in the other language, the same as anew.
    projector.setLanguage(QStringLiteral("en"));
    ProjectorModel english;
    english.setLanguage(QStringLiteral("en"));
    english.setHub(&hub);
    CHECK(rowsOf(projector) == rowsOf(english));
    hub.stop();
}
