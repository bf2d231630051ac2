#include "commands.h"

#include "appcontext.h"
#include "commandline.h"
#include "datadir.h"

namespace samenspraak::commands {

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(QStringLiteral("data-dir"), QStringLiteral("The device's data directory."), QStringLiteral("DIR"),
                              platform::defaultDataDir());
}

std::unique_ptr<AppContext> openDevice(const QCommandLineParser &parser)
{
    auto created = AppContext::create(parser.value(dataDirOption()), CorruptionPolicy::Refuse);
    if (!created.context)
        commandline::printError(created.error.message);
    return std::move(created.context);
}

QUrl serverUrlFrom(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty() || !url.isValid() || !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        return {};
    return url;
}

} // namespace samenspraak::commands
