// Qt Quick Test runner: one process per tst_*.qml (-input FILE). Each gets a fresh device
// (a temporary data dir with the default content pack) and the app's static QML modules.

#include "appcontext.h"
#include "store.h"

#include <QJsonDocument>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Samenspraak_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenspraakPlugin)

using namespace samenspraak;

// What the tests read back from the store: proof that an answer was committed.
class TestProbe : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    Q_INVOKABLE int contributionCount() const { return AppContext::current()->store().contributionCount(); }
    Q_INVOKABLE QVariantMap lastPayload() const
    {
        const auto all = AppContext::current()->store().contributions();
        return all.isEmpty() ? QVariantMap() : all.last().payload.toVariantMap();
    }
    Q_INVOKABLE QString lastActivity() const
    {
        const auto all = AppContext::current()->store().contributions();
        return all.isEmpty() ? QString() : all.last().activityId;
    }
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
        qmlRegisterSingletonInstance("TestSupport", 1, 0, "Probe", &m_probe);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    TestProbe m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(samenspraak_qml, Setup)

#include "main.moc"
