// Every user-visible string has an English translation: lupdate reads the sources afresh
// into a scratch .ts, and each message there must be finished, and not empty, in
// i18n/samenspraak_en.ts (numerus forms included). Plural strings need their Dutch forms
// in i18n/samenspraak_nl.ts too ("1 seconde", "2 seconden"), and the staff menu's sync
// messages (written in English in the code) their Dutch translation. lupdate reads every
// product folder; a test fails when a file with tr()/qsTr() lies outside them.
#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

// The product folders lupdate reads (the same list as i18n/README or the lupdate call below).
const QStringList ProductFolders{QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("platform"), QStringLiteral("qml"),
                                 QStringLiteral("server"), QStringLiteral("sync")};

// The sync engine's status lines have English source strings (their owners' choice); the
// Dutch UI shows them through i18n/samenspraak_nl.ts.
const QStringList EnglishSourceContexts{QStringLiteral("samenspraak::SyncService"), QStringLiteral("samenspraak::ContentUpdater"),
                                        QStringLiteral("samenspraak::sync::SyncClient")};

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type;            // "", "unfinished", "vanished", "obsolete"
    QStringList translation;  // one entry, or the numerus forms
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = {context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translation << xml.readElementText();
                }
            } else {
                current.translation << xml.readElementText();
            }
            out << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QString key(const Message &m) { return m.context + QLatin1Char('\x1f') + m.source; }

QList<Message> freshSourceMessages(const QTemporaryDir &dir)
{
    const QString ts = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourcePath(QString()));
    lupdate.start(QStringLiteral(SAMENSPRAAK_LUPDATE),
                  QStringList{QStringLiteral("-silent")} + ProductFolders
                      + QStringList{QStringLiteral("-extensions"), QStringLiteral("cpp,h,qml"), QStringLiteral("-source-language"),
                                    QStringLiteral("nl"), QStringLiteral("-target-language"), QStringLiteral("en"),
                                    QStringLiteral("-ts"), ts});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    return readTs(ts);
}

QList<Message> dutchSourceMessages(const QTemporaryDir &dir)
{
    QList<Message> out;
    for (const Message &m : freshSourceMessages(dir))
        if (!EnglishSourceContexts.contains(m.context))
            out << m;
    return out;
}

} // namespace

TEST_CASE("every user-visible string has a finished English translation", "[i18n]")
{
    QTemporaryDir dir;
    const QList<Message> fresh = dutchSourceMessages(dir);
    REQUIRE(fresh.size() > 100);
    QHash<QString, Message> english;
    for (const Message &m : readTs(sourcePath(QStringLiteral("i18n/samenspraak_en.ts"))))
        english.insert(key(m), m);
    for (const Message &m : fresh) {
        INFO(m.context.toStdString() << ": \"" << m.source.toStdString() << "\"");
        REQUIRE(english.contains(key(m)));
        const Message &t = english.value(key(m));
        CHECK(t.type.isEmpty());
        CHECK_FALSE(t.translation.isEmpty());
        for (const QString &form : t.translation)
            CHECK_FALSE(form.trimmed().isEmpty());
        if (m.numerus)
            CHECK(t.translation.size() == 2);
    }
}

TEST_CASE("every plural string has its Dutch singular and plural form", "[i18n]")
{
    QTemporaryDir dir;
    QHash<QString, Message> dutch;
    for (const Message &m : readTs(sourcePath(QStringLiteral("i18n/samenspraak_nl.ts"))))
        dutch.insert(key(m), m);
    int plurals = 0;
    for (const Message &m : dutchSourceMessages(dir)) {
        if (!m.numerus)
            continue;
        ++plurals;
        INFO(m.context.toStdString() << ": \"" << m.source.toStdString() << "\"");
        REQUIRE(dutch.contains(key(m)));
        const Message &t = dutch.value(key(m));
        CHECK(t.type.isEmpty());
        REQUIRE(t.translation.size() == 2);
        CHECK(t.translation.at(0).contains(QLatin1String("%n")));
        CHECK(t.translation.at(1) == m.source);
    }
    CHECK(plurals > 5);
}

TEST_CASE("the staff menu's sync messages, written in English, read in Dutch", "[i18n]")
{
    QTemporaryDir dir;
    QHash<QString, Message> dutch;
    for (const Message &m : readTs(sourcePath(QStringLiteral("i18n/samenspraak_nl.ts"))))
        dutch.insert(key(m), m);
    int english = 0;
    for (const Message &m : freshSourceMessages(dir)) {
        if (!EnglishSourceContexts.contains(m.context))
            continue;
        ++english;
        INFO(m.context.toStdString() << ": \"" << m.source.toStdString() << "\"");
        REQUIRE(dutch.contains(key(m)));
        const Message &t = dutch.value(key(m));
        CHECK(t.type.isEmpty());
        REQUIRE_FALSE(t.translation.isEmpty());
        for (const QString &form : t.translation) {
            CHECK_FALSE(form.trimmed().isEmpty());
            CHECK(form != m.source);
        }
        if (m.numerus)
            CHECK(t.translation.size() == 2);
    }
    CHECK(english >= 20);
}

TEST_CASE("lupdate reads every source file that has translatable text", "[i18n]")
{
    // A new folder with tr()/qsTr() would otherwise ship untranslated without any test noticing.
    const QRegularExpression translatable(QStringLiteral("\\b(qsTr|tr)\\(\""));
    const QDir root(sourcePath(QString()));
    QStringList outside;
    QDirIterator it(root.path(), {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int inside = 0;
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        const QString top = relative.section(QLatin1Char('/'), 0, 0);
        if (top == QLatin1String("tests") || top == QLatin1String("bench") || top.startsWith(QLatin1String("build"))
            || top.startsWith(QLatin1Char('.')))
            continue;
        if (!QString::fromUtf8(readFile(it.filePath())).contains(translatable))
            continue;
        if (ProductFolders.contains(top))
            ++inside;
        else
            outside << relative;
    }
    INFO("files with tr()/qsTr() outside the folders lupdate reads: " << outside.join(QStringLiteral(", ")).toStdString());
    CHECK(outside.isEmpty());
    CHECK(inside > 25);
}
