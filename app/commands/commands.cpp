#include "commands.h"

#include "datadir.h"

namespace samenspraak::commands {

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(QStringLiteral("data-dir"), QStringLiteral("The device's data directory."), QStringLiteral("DIR"),
                              platform::defaultDataDir());
}

QUrl serverUrlFrom(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty() || !url.isValid() || !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        return {};
    return url;
}

} // namespace samenspraak::commands
