#include "contrast.h"

#include <cmath>

namespace samenspraak {

double relativeLuminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableTextOn(const QColor &background)
{
    const QColor black(0x1a, 0x1a, 0x1a), white(Qt::white);
    const QColor best = contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
    // Mid-tones (e.g. #2E86AB) reach 4.5:1 with neither; pure black or white always does.
    if (contrastRatio(background, best) < 4.5)
        return contrastRatio(background, QColor(Qt::black)) >= contrastRatio(background, white) ? QColor(Qt::black) : white;
    return best;
}

} // namespace samenspraak
