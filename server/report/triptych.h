#pragma once
// The drieluik ("in één oogopslag"): one A3 landscape page in three panels, values → what
// residents want for the horizon of phase 2 → where to act by the horizon of phase 3, each with
// the few strongest findings and their n, read from the engine's summary (results::Summary), so
// the minimum-cell rule already holds. Drawn with QPainter on a PDF or a PNG.

#include "resultssummary.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;

namespace samenspraak::report {

struct TriptychPanel {
    QString eyebrow;        // "1 · Waarden"
    QString title;          // "Onze waarden"
    QString question;       // the phase's question from the pack, may be empty
    QList<std::pair<QString, QColor>> palette;  // panel 1: the pack's palette, as chips
    QString lead;           // a line above the findings, may be empty
    QStringList findings;   // the strongest findings, each with its n
    bool upcoming = false;  // nothing to show yet: the phase comes later
};

struct Triptych {
    QString language;
    QString title;
    QString subtitle;
    QList<TriptychPanel> panels;  // always three
    QString footer;
};

Triptych buildTriptych(const ContentPack &pack, const results::Summary &summary);

// Paints the triptych into `page` (any size with the A3 landscape aspect, 420 × 297).
void paintTriptych(QPainter &painter, const QRectF &page, const Triptych &triptych);

// Empty on success, else why not. PNG: 150 dpi (2480 × 1754 pixels).
[[nodiscard]] QString writeTriptychPdf(const Triptych &triptych, const QString &path);
[[nodiscard]] QString writeTriptychPng(const Triptych &triptych, const QString &path);

} // namespace samenspraak::report
