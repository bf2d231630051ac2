#pragma once
// A QR code as QML draws it (QrCode.qml): {qrSize: modules per side, qrModules: qrSize * qrSize
// booleans, row by row}; qrSize 0 and no modules when `text` cannot be encoded. The one place
// the app turns text into a QR code for the screen (the thank-you page, the room's join code).

#include <QVariantMap>

namespace samenspraak {

QVariantMap qrModel(const QString &text);

} // namespace samenspraak
