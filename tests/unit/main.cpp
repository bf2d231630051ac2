// Catch2 runner with a Qt application object (QtSql, timers and QNetworkAccessManager need
// one). Tests of the core alone get a QCoreApplication: they must not need more.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef QT_GUI_LIB
#include <QGuiApplication>
using Application = QGuiApplication;
#else
#include <QCoreApplication>
using Application = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    Application app(argc, argv);
    return Catch::Session().run(argc, argv);
}
