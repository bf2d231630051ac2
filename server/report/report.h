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

// Empty on success, else why not.
[[nodiscard]] QString writeHtml(const Document &document, const QString &path);  // charts embedded as data: URIs
[[nodiscard]] QString writePdf(const Document &document, const QString &path);   // A4 portrait

} // namespace samenspraak::report
