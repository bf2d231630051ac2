#pragma once
// The council report: the engine's summary (results::Summary) as accessible HTML (headings,
// tables with headers, charts with alt text and a data table) and as PDF (the same HTML laid
// out by QTextDocument on QPdfWriter). Its own library because the PDF and the chart images
// need Qt Gui, which samenspraak_server must not link.

#include "resultssummary.h"

#include <QImage>
#include <QList>
#include <QString>

namespace samenspraak::report {

struct Chart {
    QString name;   // the src the HTML uses, e.g. "chart-3.png"
    QString alt;    // the text alternative, also in the HTML
    QImage image;
};

struct Document {
    QString title;
    QString language;
    QString body;   // the HTML inside <body>, charts referenced by name
    QList<Chart> charts;
};

Document build(const ContentPack &pack, const results::Summary &summary);

// A room hub's workshop (docs/architecture.md, "Workshop summary"): what the facilitator hands
// over when the room ends.
struct Workshop {
    QString title, kern;
    QString startedAt, endedAt;  // ISO times
    int tablets = 0;             // devices that sent something to the room, the hub tablet included
    int contributions = 0;       // answers received, changed ones included
};
// The workshop summary: the room's figures (counts, who took part by channel, kern, age band and
// relation, results per activity) with the same sections and the same minimum group of 5 as the
// council report.
Document buildWorkshop(const ContentPack &pack, const results::Summary &summary, const Workshop &workshop);

// Empty on success, else why not.
[[nodiscard]] QString writeHtml(const Document &document, const QString &path);  // charts embedded as data: URIs
[[nodiscard]] QString writePdf(const Document &document, const QString &path);   // A4 portrait

} // namespace samenspraak::report
