// Qt Quick Test runner: one process per tst_*.qml (-input FILE). Each gets a fresh device
// (a temporary data dir with the default content pack) and the app's static QML modules.

#include "answers.h"
#include "appcontext.h"
#include "idleguard.h"
#include "reachability.h"
#include "roomhub.h"
#include "moderationlog.h"
#include "serverstore.h"
#include "readaloud.h"
#include "roomclient.h"
#include "roomcontroller.h"
#include "roomfollower.h"
#include "roomhub.h"
#include "translations.h"
#include "pinning.h"
#include "speech.h"
#include "services.h"
#include "sessioncontroller.h"
#include "store.h"
#include "syncservice.h"
#include "uicontext.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>

#include <limits>
#include <optional>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Samenspraak_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenspraakPlugin)

using namespace samenspraak;

// What the tests read back from the store: proof that an answer was committed.
class TestProbe : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void setContext(AppContext *context) { m_context = context; }
    AppContext &context() const { return *m_context; }
    Q_INVOKABLE int contributionCount() const { return context().store().contributionCount(); }
    Q_INVOKABLE QVariantMap lastPayload() const
    {
        const auto all = context().store().contributions();
        return all.isEmpty() ? QVariantMap() : all.last().payload.toVariantMap();
    }
    Q_INVOKABLE QString lastActivity() const
    {
        const auto all = context().store().contributions();
        return all.isEmpty() ? QString() : all.last().activityId;
    }
    Q_INVOKABLE QVariantMap payloadAt(int index) const
    {
        const auto all = context().store().contributions();
        return index >= 0 && index < all.size() ? all.at(index).payload.toVariantMap() : QVariantMap();
    }
    // The session the last answer went into, as stored: {channel, startedAt}.
    Q_INVOKABLE QVariantMap lastSession() const
    {
        const auto all = context().store().contributions();
        const auto sessions = all.isEmpty() ? QList<protocol::SessionRecord>{}
                                            : context().store().selectSessions(QStringLiteral("WHERE s.id = ?"), {all.last().sessionId});
        return sessions.isEmpty() ? QVariantMap()
                                  : QVariantMap{{QStringLiteral("channel"), sessions.first().channel},
                                                {QStringLiteral("startedAt"), sessions.first().startedAt}};
    }
    Q_INVOKABLE QString integrityCheck() const
    {
        QSqlQuery q(context().store().db());
        return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : QStringLiteral("failed");
    }

    // A full disk, simulated: the database may not grow (PRAGMA max_page_count, through
    // Store::setMaxPageCount), and the room left in its pages is used up by answers of the
    // current participant's session, each no bigger than one the values screen makes. Stops
    // when 20 saves in a row failed with DiskFull; returns how many fitted, -1 on another error.
    Q_INVOKABLE int fillStore()
    {
        Store &store = context().store();
        const QString sessionId = context().sessions().sessionId();
        if (sessionId.isEmpty())
            return -1;
        QSqlQuery q(store.db());
        if (!q.exec(QStringLiteral("PRAGMA max_page_count")) || !q.next())
            return -1;
        m_maxPageCount = int(qMin<qint64>(q.value(0).toLongLong(), std::numeric_limits<int>::max()));
        if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
            return -1;
        store.setMaxPageCount(q.value(0).toInt());
        int saved = 0;
        for (int failedInARow = 0; failedInARow < 20;) {
            protocol::ContributionRecord c{protocol::newId(), sessionId, QStringLiteral("waarden"), QStringLiteral("values"),
                                           context().pack().version,
                                           QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}},
                                           protocol::nowIso(), 0, {}};
            const StoreError e = store.saveContribution(c);
            if (e.code == StoreError::DiskFull) {
                ++failedInARow;
            } else if (e) {
                return -1;
            } else {
                failedInARow = 0;
                ++saved;
            }
        }
        return saved;
    }
    // What a sync leaves behind: everything pending acknowledged by the server, then the
    // purge with a retention of 0, run as if `days` had passed. Returns how many answers it cleared.
    Q_INVOKABLE int acknowledgeAllAndPurge(int days)
    {
        Store &store = context().store();
        QList<protocol::RecordResult> acks;
        for (const auto &s : store.pendingSessions(1000))
            acks.append({QStringLiteral("session"), s.id, protocol::RecordStatus::Stored, {}});
        for (const auto &c : store.pendingContributions(1000))
            acks.append({QStringLiteral("contribution"), c.id, protocol::RecordStatus::Stored, {}});
        int purged = -1;
        if (!store.applyResults(acks) || store.purge(0, QDateTime::currentDateTimeUtc().addDays(days), &purged))
            return -1;
        return purged;
    }
    // Space again, as after freeing up the device.
    // `n` participants, each in a session of their own, who picked the one palette value
    // `value` and, when `kernOption` is given, said they live there (an option of the profile's
    // "kern" question). Saved straight into the store, as the screens would.
    Q_INVOKABLE bool addParticipants(int n, const QString &value, const QString &kernOption = {})
    {
        Store &store = context().store();
        for (int i = 0; i < n; ++i) {
            const protocol::SessionRecord session{protocol::newId(), QStringLiteral("kiosk"), {}, context().pack().version,
                                                  QStringLiteral("nl"), protocol::nowIso()};
            if (store.saveSession(session))
                return false;
            answers::Values picked;
            picked.picks = {value};
            protocol::ContributionRecord c{protocol::newId(), session.id, QStringLiteral("waarden"), Kind::Values,
                                           context().pack().version, picked.toJson(), protocol::nowIso(), 0, {}};
            if (store.saveContribution(c))
                return false;
            if (kernOption.isEmpty())
                continue;
            answers::Profile profile;
            profile.answers.insert(QStringLiteral("kern"), kernOption);
            protocol::ContributionRecord p{protocol::newId(), session.id, QStringLiteral("profiel"), Kind::Profile,
                                           context().pack().version, profile.toJson(), protocol::nowIso(), 0, {}};
            if (store.saveContribution(p))
                return false;
        }
        return true;
    }
    // Rooms on loopback: the device's own hub (any port, no discovery), discovery asked of a
    // port nobody answers, and a short long poll.
    Q_INVOKABLE void useLoopbackRooms()
    {
        RoomController::HubNetwork network;
        network.address = QHostAddress::LocalHost;
        network.port = 0;
        network.discoveryPort = 0;
        network.discoverAt = QHostAddress::LocalHost;
        network.discoverOnPort = 9;  // discard: nothing answers
        network.followWaitSeconds = 2;
        network.followRetryMaxMs = 300;
        UiContext::of(context()).room().setHubNetwork(network);
    }
    // Another tablet's hub in this process (its own data dir and pack, `packVersion` when given),
    // for the device under test to join: {joinUrl, address, code, fingerprint (grouped)}.
    Q_INVOKABLE QVariantMap startOtherHub(double joinFailuresPerMinute, const QString &packVersion)
    {
        m_otherHub.reset();
        m_otherHubContext.reset();
        m_otherHubDir = std::make_unique<QTemporaryDir>();
        QString pack = QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json");
        if (!packVersion.isEmpty()) {
            QFile in(pack);
            in.open(QIODevice::ReadOnly);
            QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
            o.insert(QStringLiteral("version"), packVersion);
            pack = m_otherHubDir->filePath(QStringLiteral("pack.json"));
            QFile out(pack);
            out.open(QIODevice::WriteOnly);
            out.write(QJsonDocument(o).toJson());
        }
        auto created = AppContext::create(m_otherHubDir->filePath(QStringLiteral("hub")), CorruptionPolicy::Refuse, pack);
        if (!created.context)
            return {};
        m_otherHubContext = std::move(created.context);
        m_otherHub = std::make_unique<RoomHub>(*m_otherHubContext);
        RoomHub::Options options;
        options.address = QHostAddress::LocalHost;
        options.joinFailuresPerMinute = joinFailuresPerMinute;
        options.settings.title = QStringLiteral("Avond Oudleusen");
        if (!m_otherHub->start(options).ok())
            return {};
        const QString address = QStringLiteral("127.0.0.1:%1").arg(m_otherHub->port());
        return {{QStringLiteral("joinUrl"), m_otherHub->joinUrl(QStringLiteral("127.0.0.1")).toString(QUrl::FullyEncoded)},
                {QStringLiteral("address"), address},
                {QStringLiteral("code"), protocol::formatRoomCode(m_otherHub->room().code)},
                {QStringLiteral("fingerprint"), sync::formatFingerprint(m_otherHub->fingerprint())},
                {QStringLiteral("activities"), m_otherHub->control()->state().activities}};
    }
    Q_INVOKABLE bool otherHubCommand(const QString &name)
    {
        const auto command = server::RoomControl::commandFromName(name);
        return m_otherHub && command && m_otherHub->control()->apply(*command).isEmpty();
    }
    Q_INVOKABLE void stopOtherHub()
    {
        if (m_otherHub)
            m_otherHub->stop();
    }
    // Another tablet joins the room this device is the hub of, and follows it.
    Q_INVOKABLE bool joinAsOtherTablet(const QString &joinUrl)
    {
        m_otherTabletDir = std::make_unique<QTemporaryDir>();
        auto created = AppContext::create(m_otherTabletDir->path(), CorruptionPolicy::Refuse,
                                          QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"));
        if (!created.context)
            return false;
        m_otherTablet = std::move(created.context);
        const JoinAddress address = parseJoinAddress(joinUrl);
        const JoinOutcome joined = joinRoom(*m_otherTablet, address.hub, address.code, address.fingerprint, QStringLiteral("Tafel 7"));
        if (joined.result != JoinOutcome::Joined)
            return false;
        m_otherFollower = std::make_unique<RoomFollower>();
        m_otherFollower->setWaitSeconds(2);
        m_otherFollower->follow(joined.membership);
        return true;
    }
    Q_INVOKABLE QString otherTabletMode() const
    {
        return m_otherFollower && m_otherFollower->reachable() ? protocol::modeName(m_otherFollower->state().mode) : QString();
    }
    Q_INVOKABLE void forgetOtherTablet()
    {
        m_otherFollower.reset();
        m_otherTablet.reset();
    }
    // Any object below `root` by objectName, through the QObject tree (a popup made by a Loader
    // is no visual child of anything TestCase.findChild walks).
    Q_INVOKABLE QObject *findObject(QObject *root, const QString &name) const
    {
        return root ? root->findChild<QObject *>(name) : nullptr;
    }
    // The app's translator for this engine, as the app window has it (the English screens).
    Q_INVOKABLE void useTranslations()
    {
        if (!m_translations && m_engine)
            m_translations = std::make_unique<Translations>(context(), *m_engine);
    }
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    // Where a test writes its screenshots to look at (SAMENSPRAAK_SCREENSHOTS); empty: none.
    Q_INVOKABLE QString screenshotDir() const
    {
        const QString dir = qEnvironmentVariable("SAMENSPRAAK_SCREENSHOTS");
        if (!dir.isEmpty())
            QDir().mkpath(dir);
        return dir;
    }
    Q_INVOKABLE void unfillStore()
    {
        if (m_maxPageCount > 0)
            context().store().setMaxPageCount(m_maxPageCount);
    }

    // Every visible control under `root` that a finger or a screen reader must find: at least
    // minSize x minSize px, with an accessible name and role. One line per problem.
    Q_INVOKABLE QStringList interactiveProblems(QQuickItem *root, int minSize) const
    {
        QStringList problems;
        walk(root, minSize, problems);
        return problems;
    }
    // The layer popups are shown in (ApplicationWindow's overlay), found from any item of the window.
    Q_INVOKABLE QQuickItem *overlayOf(QQuickItem *item) const
    {
        if (!item || !item->window())
            return nullptr;
        QList<QQuickItem *> queue{item->window()->contentItem()};
        while (!queue.isEmpty()) {
            QQuickItem *next = queue.takeFirst();
            if (next->inherits("QQuickOverlay"))
                return next;
            queue << next->childItems();
        }
        return nullptr;
    }
    // Every visible control under `root` (buttons, fields, sliders), for tests that check
    // where they lie.
    Q_INVOKABLE QVariantList interactiveItems(QQuickItem *root) const
    {
        QVariantList items;
        collect(root, items);
        return items;
    }
    Q_INVOKABLE int interactiveCount(QQuickItem *root) const
    {
        if (!root)
            return 0;
        int n = isInteractive(root) && root->isVisible() ? 1 : 0;
        for (QQuickItem *child : root->childItems())
            n += interactiveCount(child);
        return n;
    }
    // "Lees voor" with a recording speech that has voices for `languages` (none: a device
    // without speech, as headless CI is).
    Q_INVOKABLE void useSpeech(const QStringList &languages)
    {
        m_speech.setLanguages(languages);
        m_speech.stop();
        m_speech.clearSaid();
        UiContext::of(context()).readAloud().setSpeech(&m_speech);
    }
    // What was read aloud, and in which language, in order.
    Q_INVOKABLE QStringList spokenTexts() const
    {
        QStringList out;
        for (const auto &u : m_speech.said())
            out << u.text;
        return out;
    }
    Q_INVOKABLE QStringList spokenLanguages() const
    {
        QStringList out;
        for (const auto &u : m_speech.said())
            out << u.language;
        return out;
    }
    // The reading came to its end by itself.
    Q_INVOKABLE void finishSpeaking() { m_speech.finish(); }
    // The speech engine in trouble: "starting", "no-engine", "engine-error", "stuck"; "" ends it.
    Q_INVOKABLE void setSpeechTrouble(const QString &trouble)
    {
        using Trouble = platform::Speech::Trouble;
        const QHash<QString, Trouble> troubles{{QStringLiteral("starting"), Trouble::Starting},
                                               {QStringLiteral("no-engine"), Trouble::NoEngine},
                                               {QStringLiteral("engine-error"), Trouble::EngineError},
                                               {QStringLiteral("stuck"), Trouble::Stuck}};
        m_speech.setTrouble(troubles.value(trouble, Trouble::None), trouble.isEmpty() ? QString() : QStringLiteral("test: ") + trouble);
    }
    // The pack in use, with statement `index` of the statements activity reading `text` in
    // both languages: a new version, installed and adopted between participants, as a
    // published pack would be. restorePack() goes back to the pack before.
    Q_INVOKABLE bool useStatementText(int index, const QString &text)
    {
        if (!m_originalPack)
            m_originalPack = context().pack();
        QJsonObject root = QJsonDocument::fromJson(m_originalPack->raw).object();
        QJsonArray activities = root.value(QStringLiteral("activities")).toArray();
        for (int i = 0; i < activities.size(); ++i) {
            QJsonObject activity = activities.at(i).toObject();
            QJsonArray statements = activity.value(QStringLiteral("statements")).toArray();
            if (activity.value(QStringLiteral("kind")).toString() != Kind::Statements || index < 0 || index >= statements.size())
                continue;
            QJsonObject statement = statements.at(index).toObject();
            statement.insert(QStringLiteral("label"), QJsonObject{{QStringLiteral("nl"), text}, {QStringLiteral("en"), text}});
            statements.replace(index, statement);
            activity.insert(QStringLiteral("statements"), statements);
            activities.replace(i, activity);
            root.insert(QStringLiteral("activities"), activities);
            root.insert(QStringLiteral("version"), m_originalPack->version + QStringLiteral("-test-") + QString::number(++m_packEdits));
            const ParsedPack parsed = parseContentPack(QJsonDocument(root).toJson());
            return parsed.pack && !context().store().installContent(*parsed.pack) && context().adoptPack(*parsed.pack);
        }
        return false;
    }
    Q_INVOKABLE bool restorePack()
    {
        if (!m_originalPack)
            return true;
        const bool adopted = !context().store().installContent(*m_originalPack) && context().adoptPack(*m_originalPack);
        m_originalPack.reset();
        return adopted;
    }
    // Saves `activityId`'s sample answer (which clears a resident's error).
    Q_INVOKABLE bool saveExample(const QString &activityId)
    {
        const Activity *activity = context().pack().activity(activityId);
        return activity && context().sessions().submitJson(activityId, answers::example(context().pack(), *activity));
    }
    Q_INVOKABLE int statementFitLength() const { return StatementFitLength; }

    // Saving `activityId`'s sample answer fails as on a full disk: the screen shows the
    // resident's error. The store has room again afterwards; the error stays until a save works.
    Q_INVOKABLE bool failSave(const QString &activityId)
    {
        const Activity *activity = context().pack().activity(activityId);
        SessionController &sessions = context().sessions();
        if (!activity || (!sessions.active() && !sessions.begin()) || fillStore() < 0)
            return false;
        const bool saved = sessions.submitJson(activityId, answers::example(context().pack(), *activity));
        unfillStore();
        return !saved && !sessions.residentError().isEmpty();
    }

    // The room hub this tablet can run (services.hub): started on loopback, for the projector and
    // moderation tests.
    void setHub(RoomHub *hub) { m_hub = hub; }
    Q_INVOKABLE bool startHub(const QString &title)
    {
        RoomHub::Options options;
        options.address = QHostAddress::LocalHost;
        options.settings.title = title;
        const RoomHub::Started started = m_hub->start(options);
        if (!started.ok())
            qWarning() << "the test hub did not start:" << started.error;
        return started.ok();
    }
    // `n` participants of the hub's room, as if their tablets had sent them: each picked the
    // palette value `value` and, when `idea` is given, wrote that idea. Stored in the hub's store
    // (as its API would), then the hub is told. Returns the ideas' contribution ids.
    Q_INVOKABLE QStringList addRoomParticipants(int n, const QString &value, const QStringList &ideas = {})
    {
        server::ServerStore &store = *m_hub->host().store();
        const ContentPack &pack = context().pack();
        protocol::UploadBatch batch{QStringLiteral("tablet"), QStringLiteral("0.1.0"), pack.version, 0, {}, {}};
        QStringList ids;
        for (int i = 0; i < qMax(n, int(ideas.size())); ++i) {
            const protocol::SessionRecord session{protocol::newId(), QStringLiteral("workshop"), m_hub->room().id, pack.version,
                                                  QStringLiteral("nl"), protocol::nowIso()};
            batch.sessions.append(session);
            if (i < n) {
                answers::Values picked;
                picked.picks = {value};
                batch.contributions.append({protocol::newId(), session.id, QStringLiteral("waarden"), Kind::Values, pack.version,
                                            picked.toJson(), protocol::nowIso(), ++m_seq, {}});
            }
            if (i < ideas.size()) {
                const Activity *activity = pack.activity(QStringLiteral("kansen-en-zorgen"));
                answers::Idea idea{ideas.at(i), activity->kinds.first(), pack.themesFor(*activity).first().id};
                batch.contributions.append({protocol::newId(), session.id, activity->id, Kind::Ideas, pack.version, idea.toJson(),
                                            protocol::nowIso(), ++m_seq, {}});
                ids.append(batch.contributions.last().id);
            }
        }
        if (!store.ingest().add(batch, QStringLiteral("tablet")).error.isEmpty())
            return {};
        m_hub->contentsStored();
        return ids;
    }
    // The texts as Dutch or English: the app's translator, as the UI runner keeps it (uirunner.cpp).
    Q_INVOKABLE void useLanguage(const QString &language, QObject *item)
    {
        if (!m_engine)
            m_engine = qmlEngine(item);
        useTranslations();  // follows the content language from here on
        context().setLanguage(language);
    }

    // The idle guard's clock, in the test's hands.
    Q_INVOKABLE void useFakeIdleClock()
    {
        m_idleNow = 0;
        UiContext::of(context()).idle().setClock([this] { return m_idleNow; });
    }
    Q_INVOKABLE void advanceIdleClock(int ms)
    {
        m_idleNow += ms;
        UiContext::of(context()).idle().tick();
    }

private:
    static bool isInteractive(QQuickItem *item)
    {
        for (const char *type : {"QQuickAbstractButton", "QQuickMouseArea", "QQuickTextInput", "QQuickTextEdit",
                                 "QQuickSlider", "QQuickScrollBar"})
            if (item->inherits(type))
                return true;
        return false;
    }
    static void collect(QQuickItem *item, QVariantList &items)
    {
        if (!item || !item->isVisible() || item->opacity() == 0)
            return;
        if (isInteractive(item))
            items << QVariant::fromValue<QObject *>(item);
        for (QQuickItem *child : item->childItems())
            collect(child, items);
    }
    static void walk(QQuickItem *item, int minSize, QStringList &problems)
    {
        if (!item || !item->isVisible() || item->opacity() == 0)
            return;
        if (isInteractive(item)) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item);
            const QString name = a ? a->text(QAccessible::Name) : QString();
            const QString what = QStringLiteral("%1 '%2' (%3)").arg(QString::fromLatin1(item->metaObject()->className()),
                                                                  item->objectName(), name);
            if (item->width() < minSize || item->height() < minSize)
                problems << QStringLiteral("%1 is %2x%3").arg(what).arg(item->width()).arg(item->height());
            if (name.trimmed().isEmpty())
                problems << what + QStringLiteral(" has no accessible name");
            if (!a || a->role() == QAccessible::NoRole || a->role() == QAccessible::Client)
                problems << what + QStringLiteral(" has no accessible role");
        }
        for (QQuickItem *child : item->childItems())
            walk(child, minSize, problems);
    }

    AppContext *m_context = nullptr;
    RoomHub *m_hub = nullptr;
    qint64 m_seq = 0;
    std::unique_ptr<QTemporaryDir> m_otherHubDir, m_otherTabletDir;
    std::unique_ptr<AppContext> m_otherHubContext, m_otherTablet;
    std::unique_ptr<RoomHub> m_otherHub;
    std::unique_ptr<RoomFollower> m_otherFollower;
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<Translations> m_translations;
    std::optional<ContentPack> m_originalPack;
    int m_packEdits = 0;
    platform::RecordingSpeech m_speech;
    int m_maxPageCount = 0;
    qint64 m_idleNow = 0;
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        auto created = AppContext::create(m_dir.path(), CorruptionPolicy::Refuse,
                                          QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"));
        if (!created.context)
            qFatal("test setup: %s", qPrintable(created.error.message));
        m_context = std::move(created.context);
        // The facilitator menu shows the upload state: a sync service without a network.
        SyncService &sync = m_context->startSync(new platform::FixedReachability(false));
        m_hub = std::make_unique<RoomHub>(*m_context);  // not running until a test starts it
        provideServices(*engine, {m_context.get(), &UiContext::of(*m_context), &sync, m_hub.get()});
        m_probe.setContext(m_context.get());
        m_probe.setHub(m_hub.get());
        m_probe.setEngine(engine);
        qmlRegisterSingletonInstance("TestSupport", 1, 0, "Probe", &m_probe);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<RoomHub> m_hub;
    TestProbe m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(samenspraak_qml, Setup)

#include "main.moc"
