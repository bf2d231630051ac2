#include "qrmodel.h"

#include "qrcode.h"

#include <QVariantList>

namespace samenspraak {

QVariantMap qrModel(const QString &text)
{
    QVariantMap out{{QStringLiteral("qrSize"), 0}, {QStringLiteral("qrModules"), QVariantList()}};
    const auto code = text.isEmpty() ? std::nullopt : makeQrCode(text.toUtf8());
    if (!code)
        return out;
    QVariantList modules;
    modules.reserve(code->dark.size());
    for (const bool dark : code->dark)
        modules << dark;
    out[QStringLiteral("qrSize")] = code->size;
    out[QStringLiteral("qrModules")] = modules;
    return out;
}

} // namespace samenspraak
