// WCAG 2.1 AA contrast of the Theme (qml/Theme.qml, loaded as the app loads it) and of the
// content pack's palette with the text colour the app puts on it.
#include <catch2/catch.hpp>

#include "appcontext.h"
#include "contrast.h"
#include "testsupport.h"

#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>

Q_IMPORT_QML_PLUGIN(Samenspraak_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenspraakPlugin)

using namespace samenspraak;

namespace {

struct LoadedTheme {
    QQmlEngine engine;
    std::unique_ptr<QObject> holder;
    QObject *theme = nullptr;
    LoadedTheme()
    {
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Samenspraak\nQtObject { property QtObject theme: Theme }", QUrl());
        holder.reset(component.create());
        INFO(component.errorString().toStdString());
        REQUIRE(holder);
        theme = holder->property("theme").value<QObject *>();
        REQUIRE(theme);
    }
    QColor colour(const QString &name) const
    {
        const QVariant v = theme->property(name.toLatin1());
        INFO("Theme." << name.toStdString());
        REQUIRE(v.isValid());
        return v.value<QColor>();
    }
    QList<QStringList> pairs(const char *property) const
    {
        QList<QStringList> out;
        for (const QVariant &pair : theme->property(property).toList())
            out << pair.toStringList();
        return out;
    }
};

// Text over a translucent colour (the scrim) is never drawn, so only opaque colours count.
QColor opaque(const QColor &c) { return QColor(c.red(), c.green(), c.blue()); }

} // namespace

TEST_CASE("every text/background pair of the theme has a contrast of at least 4.5:1", "[theme]")
{
    LoadedTheme t;
    const auto pairs = t.pairs("contrastPairs");
    REQUIRE(pairs.size() >= 10);
    for (const QStringList &pair : pairs) {
        REQUIRE(pair.size() == 2);
        const double ratio = contrastRatio(t.colour(pair.at(0)), t.colour(pair.at(1)));
        INFO(pair.at(0).toStdString() << " on " << pair.at(1).toStdString() << ": " << ratio);
        CHECK(ratio >= 4.5);
    }
}

TEST_CASE("every text colour of the theme is checked against a background", "[theme]")
{
    LoadedTheme t;
    QStringList checked;
    for (const QStringList &pair : t.pairs("contrastPairs"))
        checked << pair.at(0);
    const QMetaObject *meta = t.theme->metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QString name = QString::fromLatin1(meta->property(i).name());
        if (meta->property(i).metaType().id() == QMetaType::QColor && name.startsWith(QLatin1String("text"))) {
            INFO("Theme." << name.toStdString() << " is in no contrast pair");
            CHECK(checked.contains(name));
        }
    }
}

TEST_CASE("focus rings and control borders stand out at 3:1", "[theme]")
{
    LoadedTheme t;
    for (const QStringList &pair : t.pairs("outlinePairs")) {
        const double ratio = contrastRatio(opaque(t.colour(pair.at(0))), t.colour(pair.at(1)));
        INFO(pair.at(0).toStdString() << " next to " << pair.at(1).toStdString() << ": " << ratio);
        CHECK(ratio >= 3.0);
    }
}

TEST_CASE("touch targets are at least 48 px at every window size", "[theme]")
{
    LoadedTheme t;
    for (const double scale : {1.0, 800.0 / 1080.0, 0.5}) {
        t.theme->setProperty("scale", scale);
        INFO("scale " << scale);
        CHECK(t.theme->property("touchTarget").toInt() >= 48);
        CHECK(t.theme->property("scrollBarWidth").toInt() >= 48);
    }
}

TEST_CASE("every palette colour of the pack has readable text on it", "[theme]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    const auto &palette = created.context->pack().palette;
    REQUIRE_FALSE(palette.isEmpty());
    for (const Option &value : palette) {
        const QColor background(value.colour);
        const double ratio = contrastRatio(readableTextOn(background), background);
        INFO(value.id.toStdString() << " " << value.colour.toStdString() << ": " << ratio);
        CHECK(ratio >= 4.5);
    }
}

TEST_CASE("readable text exists on any colour", "[theme]")
{
    // The worst case for black or white is a mid-tone; one of them still reaches 4.5:1.
    for (int grey = 0; grey < 256; grey += 5)
        for (const QColor c : {QColor(grey, grey, grey), QColor(grey, 255 - grey, 128), QColor(46, 134, 171)}) {
            INFO(c.name().toStdString());
            CHECK(contrastRatio(readableTextOn(c), c) >= 4.5);
        }
}
