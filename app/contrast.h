#pragma once
// WCAG 2.1 contrast (success criterion 1.4.3): relative luminance and contrast ratio.

#include <QColor>

namespace samenspraak {

double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
// Black or white, whichever reads better on `background`.
QColor readableTextOn(const QColor &background);

} // namespace samenspraak
