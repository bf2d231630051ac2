// Every user-visible string has an English translation: lupdate reads the sources afresh
// into a scratch .ts, and each message there must be finished, and not empty, in
// i18n/samenspraak_en.ts (numerus forms included). Plural strings need their Dutch forms
// in i18n/samenspraak_nl.ts too ("1 seconde", "2 seconden").
#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

// The sync engine's status lines have English source strings (their owners' choice).
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
                  {QStringLiteral("-silent"), QStringLiteral("app"), QStringLiteral("qml"), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h,qml"), QStringLiteral("-source-language"), QStringLiteral("nl"),
                   QStringLiteral("-target-language"), QStringLiteral("en"), QStringLiteral("-ts"), ts});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    QList<Message> out;
    for (const Message &m : readTs(ts))
        if (!EnglishSourceContexts.contains(m.context))
            out << m;
    return out;
}

} // namespace

TEST_CASE("every user-visible string has a finished English translation", "[i18n]")
{
    QTemporaryDir dir;
    const QList<Message> fresh = freshSourceMessages(dir);
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
    for (const Message &m : freshSourceMessages(dir)) {
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
