#pragma once
// QR codes for enrollment (libqrencode): as text for a terminal, or as a PNG to print. Its own
// library (samenspraak_qrcode, Qt Core + Gui for the PNG), so the server library needs no Gui.

#include <QList>
#include <QString>

#include <optional>

namespace samenspraak {

struct QrCode {
    int size = 0;          // modules per side
    QList<bool> dark;      // size * size, row by row
    bool at(int x, int y) const { return x >= 0 && y >= 0 && x < size && y < size && dark.at(y * size + x); }
};

[[nodiscard]] std::optional<QrCode> makeQrCode(const QByteArray &text);
// Two module rows per text line with half blocks, with the quiet zone QR readers need.
QString qrToText(const QrCode &code);
[[nodiscard]] bool writeQrPng(const QrCode &code, const QString &path, QString *error);

} // namespace samenspraak
