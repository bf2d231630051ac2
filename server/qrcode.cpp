#include "qrcode.h"

#include <QImage>

#include <qrencode.h>

namespace samenspraak {

namespace {
constexpr int QuietZone = 4;  // modules of white around the code, as the standard asks
}

std::optional<QrCode> makeQrCode(const QByteArray &text)
{
    QRcode *raw = QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M);
    if (!raw)
        return std::nullopt;
    QrCode code;
    code.size = raw->width;
    code.dark.resize(qsizetype(raw->width) * raw->width);
    for (int i = 0; i < raw->width * raw->width; ++i)
        code.dark[i] = raw->data[i] & 1;  // bit 0: dark module
    QRcode_free(raw);
    return code;
}

QString qrToText(const QrCode &code)
{
    // Dark terminal text on a light background would invert the code; draw the light
    // modules as blocks so it scans on the usual dark terminal.
    QString out;
    for (int y = -QuietZone; y < code.size + QuietZone; y += 2) {
        for (int x = -QuietZone; x < code.size + QuietZone; ++x) {
            const bool top = !code.at(x, y);
            const bool bottom = y + 1 < code.size + QuietZone && !code.at(x, y + 1);
            out += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QLatin1Char(' ');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

bool writeQrPng(const QrCode &code, const QString &path, QString *error)
{
    constexpr int scale = 8;
    const int side = (code.size + 2 * QuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < code.size; ++y)
        for (int x = 0; x < code.size; ++x)
            if (code.at(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + QuietZone) * scale + dx, (y + QuietZone) * scale + dy, qRgb(0, 0, 0));
    if (!image.save(path, "PNG")) {
        if (error)
            *error = QStringLiteral("cannot write the QR code to %1").arg(path);
        return false;
    }
    return true;
}

} // namespace samenspraak
