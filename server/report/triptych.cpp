#include "triptych.h"

#include "translation.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>

namespace samenspraak::report {

namespace {

using namespace samenspraak::results;

// The page in tenths of a millimetre: A3 landscape.
constexpr double PageWidth = 4200, PageHeight = 2970;
// Findings per panel: the few strongest, so the page stays readable at a glance.
constexpr int MaxFindings = 5;

// The triptych's text is in i18n/samenspraak_*.ts (context samenspraak::report::Triptych), in
// the summary's language: write it as t(QT_TR_NOOP("...")), not tr() (the process's language).
struct Builder {
    Q_DECLARE_TR_FUNCTIONS(samenspraak::report::Triptych)

public:
    const ContentPack &pack;
    const Summary &summary;
    QString lang;
    QLocale locale;

    QString t(const char *source) const { return i18n::translate(lang, "samenspraak::report::Triptych", source); }
    QString number(int n) const { return locale.toString(n); }
    // Non-breaking spaces: "n = 1.333" never breaks over two lines.
    QString n(int people) const { return QStringLiteral("n\u00A0=\u00A0%1").arg(number(people)); }
    QString title(const QString &activityId) const
    {
        const Activity *a = pack.activity(activityId);
        return a ? a->title.in(lang) : activityId;
    }
    const Phase *phaseNumbered(int number) const
    {
        for (const Phase &p : pack.phases)
            if (p.number == number)
                return &p;
        return nullptr;
    }
    // The phase's horizon ("2040"), or `fallback` (a source text) when the pack gives none.
    QString horizon(int phaseNumber, const char *fallback) const
    {
        const Phase *p = phaseNumbered(phaseNumber);
        return p && !p->horizon.isEmpty() ? p->horizon : t(fallback);
    }
    // Panel 3 holds the activities of phase 3; without a phase 3, the kinds that set priorities.
    bool actionActivity(const ActivityResult &a) const
    {
        if (const Phase *p = phaseNumbered(3))
            return p->activities.contains(a.id);
        return a.kind == Kind::Dots || a.kind == Kind::Ranking;
    }

    TriptychPanel values() const
    {
        TriptychPanel panel;
        //: Triptych (one A3 page), panel 1 label (phase 1)
        panel.eyebrow = t(QT_TR_NOOP("1 · Waarden"));
        //: Triptych (one A3 page), panel 1 title
        panel.title = t(QT_TR_NOOP("Onze waarden"));
        if (const Phase *p = phaseNumbered(1))
            panel.question = p->question.in(lang);
        for (const Option &v : pack.palette)
            panel.palette.append({v.label.in(lang), QColor(v.colour)});
        for (const ActivityResult &a : summary.activities) {
            if (a.kind != Kind::Values)
                continue;
            if (a.withheld) {
                //: Triptych (one A3 page), panel 1: fewer than 5 answers
                panel.lead = t(QT_TR_NOOP("Nog te weinig antwoorden over de waarden."));
                break;
            }
            //: Triptych (one A3 page), panel 1 lead; %1 = "n = 1.234"
            panel.lead = t(QT_TR_NOOP("Wat inwoners het vaakst kozen (%1):")).arg(n(a.n));
            for (const Share &s : a.shares.mid(0, MaxFindings))
                //: Triptych (one A3 page), panel 1 finding; %1 = value, %2 = percent, %3 of %4 people
                panel.findings << t(QT_TR_NOOP("%1: gekozen door %2% (%3\u00A0van\u00A0%4)"))
                                      .arg(optionLabel(pack, a.id, s.id, lang))
                                      .arg(s.percent())
                                      .arg(number(s.count), number(a.n));
            break;
        }
        return panel;
    }

    TriptychPanel vision() const
    {
        TriptychPanel panel;
        const QString year = horizon(2,
                                   //: Triptych, panel 2 title "Wat we willen voor %1" when the pack gives no year
                                   QT_TR_NOOP("de toekomst"));
        //: Triptych (one A3 page), panel 2 label (phase 2, the vision)
        panel.eyebrow = t(QT_TR_NOOP("2 · Toekomstbeeld"));
        //: Triptych (one A3 page), panel 2 title; %1 = the horizon year (2040) or "de toekomst"
        panel.title = t(QT_TR_NOOP("Wat we willen voor %1")).arg(year);
        if (const Phase *p = phaseNumbered(2))
            panel.question = p->question.in(lang);
        QStringList statements, dilemmas, ideas;
        for (const ActivityResult &a : summary.activities) {
            if (a.withheld || actionActivity(a))
                continue;
            if (a.kind == Kind::Statements) {
                // What residents want: the statements a clear majority agreed or disagreed with
                // (the engine's ClearMajorityPercent), clearest first. One near half and half is
                // not a finding either way: it is named as a point of division.
                QList<const StatementResult *> clear, even;
                for (const StatementResult &s : a.statements) {
                    if (s.withheld || s.overall.answered() == 0)
                        continue;
                    (clearlyAgreed(s.overall) || clearlyRejected(s.overall) ? clear : even).append(&s);
                }
                const auto distanceFromHalf = [](const StatementResult *s) { return std::abs(s->overall.agreePercent() - 50); };
                std::stable_sort(clear.begin(), clear.end(),
                                 [&](const StatementResult *x, const StatementResult *y) { return distanceFromHalf(x) > distanceFromHalf(y); });
                std::stable_sort(even.begin(), even.end(),
                                 [&](const StatementResult *x, const StatementResult *y) { return distanceFromHalf(x) < distanceFromHalf(y); });
                const QList<const StatementResult *> strongest = clear.mid(0, 2);
                for (const StatementResult *s : strongest) {
                    const int agree = s->overall.agreePercent();
                    //: Triptych (one A3 page), panel 2 finding; %1 = percent, %2 = statement, %3 = "n = ..."
                    statements << (clearlyAgreed(s->overall) ? t(QT_TR_NOOP("%1% is het eens met: \u201c%2\u201d (%3)"))
                                                             //: Triptych (one A3 page), panel 2 finding; %1 = percent, %2 = statement, %3 = "n = ..."
                                                             : t(QT_TR_NOOP("%1% is het oneens met: \u201c%2\u201d (%3)")))
                                      .arg(clearlyAgreed(s->overall) ? agree : 100 - agree)
                                      .arg(optionLabel(pack, a.id, s->overall.id, lang), n(s->overall.answered()));
                }
                // Then one point of division: where groups disagree, else where residents as a
                // whole are split about evenly.
                const auto groupsDisagree = [&](const StatementResult *s) { return !s->dividedBy.isEmpty() && !strongest.contains(s); };
                const auto splitEven = std::find_if(even.cbegin(), even.cend(), groupsDisagree);
                const auto splitClear = std::find_if(clear.cbegin(), clear.cend(), groupsDisagree);
                if (splitEven != even.cend() || splitClear != clear.cend()) {
                    const StatementResult *s = splitEven != even.cend() ? *splitEven : *splitClear;
                    //: Triptych (one A3 page), panel 2 finding: a statement groups disagree on; %2 = agree percent, %3 = "n = ..."
                    statements << t(QT_TR_NOOP("Hier verschillen groepen van mening: \u201c%1\u201d (%2% eens, %3)"))
                                      .arg(optionLabel(pack, a.id, s->overall.id, lang))
                                      .arg(s->overall.agreePercent())
                                      .arg(n(s->overall.answered()));
                } else if (!even.isEmpty()) {
                    const StatementResult *s = even.first();
                    //: Triptych (one A3 page), panel 2 finding: about as many agree as disagree; %2 = agree percent, %3 = "n = ..."
                    statements << t(QT_TR_NOOP("Hier zijn inwoners verdeeld: \u201c%1\u201d (%2% eens, %3)"))
                                      .arg(optionLabel(pack, a.id, s->overall.id, lang))
                                      .arg(s->overall.agreePercent())
                                      .arg(n(s->overall.answered()));
                }
            } else if (a.dilemma && a.dilemma->count > 0) {
                const Activity *activity = pack.activity(a.id);
                const int steps = int(a.dilemma->histogram.size());
                int left = 0, right = 0;
                for (int i = 0; i < steps; ++i) {
                    if (2 * i < steps - 1)
                        left += a.dilemma->histogram[i];
                    else if (2 * i > steps - 1)
                        right += a.dilemma->histogram[i];
                }
                const int leftPercent = int(100.0 * left / a.dilemma->count + 0.5), rightPercent = int(100.0 * right / a.dilemma->count + 0.5);
                // "Groeien of groen houden? 45% ...", "Wonen: 45% ...": no colon after a question mark.
                const QString name = title(a.id);
                //: Triptych (one A3 page), panel 2 dilemma finding; %1 = dilemma title, %2/%4 = percent towards pole %3/%5, %6 = "n = ..."
                QString line = t(QT_TR_NOOP("%1 %2% kiest meer voor \u201c%3\u201d, %4% meer voor \u201c%5\u201d (%6)."))
                                   .arg(name.endsWith(QLatin1Char('?')) ? name : name + QLatin1Char(':'))
                                   .arg(leftPercent)
                                   .arg(activity ? activity->left.in(lang) : QString())
                                   .arg(rightPercent)
                                   .arg(activity ? activity->right.in(lang) : QString(), n(a.dilemma->count));
                if (a.dilemma->split)
                    //: Triptych (one A3 page), panel 2: the dilemma answers have two peaks
                    line += QLatin1Char(' ') + t(QT_TR_NOOP("De meningen zijn verdeeld in twee kampen."));
                dilemmas << line;
            } else if (a.ideas && a.ideas->count > 0 && !a.ideas->byTheme.isEmpty()) {
                const Share &top = a.ideas->byTheme.first();
                //: Triptych (one A3 page), panel 2 finding; %1 = ideas, %2 = most frequent theme, %3 = percent, %4 = "n = ..."
                ideas << t(QT_TR_NOOP("%1 ideeën, het vaakst over %2 (%3%, %4)"))
                             .arg(number(a.ideas->count), optionLabel(pack, a.id, top.id, lang).toLower())
                             .arg(top.percent())
                             .arg(n(a.ideas->count));
            }
        }
        panel.findings = (statements + dilemmas + ideas).mid(0, MaxFindings);
        if (panel.findings.isEmpty())
            //: Triptych (one A3 page), a panel with fewer than 5 answers
            panel.lead = t(QT_TR_NOOP("Nog te weinig antwoorden om iets te zeggen."));
        return panel;
    }

    TriptychPanel action() const
    {
        TriptychPanel panel;
        //: Triptych (one A3 page), panel 3 label (phase 3, action)
        panel.eyebrow = t(QT_TR_NOOP("3 · Aan de slag"));
        const Phase *third = phaseNumbered(3);
        //: Triptych (one A3 page), panel 3 title; %1 = horizon year (2030)
        panel.title = third && !third->horizon.isEmpty() ? t(QT_TR_NOOP("Waar we tot %1 aan werken")).arg(third->horizon)
                                                         //: Triptych (one A3 page), panel 3 title without a horizon year
                                                         : t(QT_TR_NOOP("Waar we eerst aan werken"));
        const Phase *phase = phaseNumbered(3);
        if (phase)
            panel.question = phase->question.in(lang);
        for (const ActivityResult &a : summary.activities) {
            if (a.withheld || !actionActivity(a))
                continue;
            if (a.kind == Kind::Dots && !a.shares.isEmpty()) {
                //: Triptych (one A3 page), panel 3: activity title and "n = ..." before its findings
                panel.findings << t(QT_TR_NOOP("%1 (%2):")).arg(title(a.id), n(a.n));
                for (const Share &s : a.shares.mid(0, 3))
                    //: Triptych (one A3 page), panel 3 finding: option and its share of the dots
                    panel.findings << t(QT_TR_NOOP("%1: %2% van de stippen")).arg(optionLabel(pack, a.id, s.id, lang)).arg(s.percent());
            } else if (a.kind == Kind::Ranking && !a.ranking.isEmpty()) {
                const RankItem &top = a.ranking.first();
                //: Triptych (one A3 page), panel 3 ranking finding; %1 = activity, %2 = top option, %3 = percent who put it first, %4 = "n = ..."
                panel.findings << t(QT_TR_NOOP("Bovenaan bij \u201c%1\u201d: %2, door %3% op één gezet (%4)"))
                                      .arg(title(a.id), optionLabel(pack, a.id, top.id, lang))
                                      .arg(top.firstPercent())
                                      .arg(n(a.n));
            }
        }
        panel.findings = panel.findings.mid(0, MaxFindings);
        if (panel.findings.isEmpty()) {
            panel.upcoming = phase && phase->status == QLatin1String("upcoming");
            //: Triptych (one A3 page), panel 3: the phase has not started
            panel.lead = panel.upcoming ? t(QT_TR_NOOP("Komt nog")) :
                //: Triptych (one A3 page), a panel with fewer than 5 answers
                t(QT_TR_NOOP("Nog te weinig antwoorden om iets te zeggen."));
            if (panel.upcoming && !phase->whatHappens.isEmpty())
                panel.findings << phase->whatHappens.in(lang);
        }
        return panel;
    }
};

void paintPanel(QPainter &painter, const QRectF &box, const TriptychPanel &panel, const QColor &colour)
{
    const QColor ink(0x1a, 0x1a, 0x1a);
    // A pale tint of the panel's colour behind dark text (contrast well above 4.5:1).
    auto tint = [&](int channel) { return 255 - int((255 - channel) * 0.12); };
    painter.fillRect(box, QColor(tint(colour.red()), tint(colour.green()), tint(colour.blue())));
    const QRectF band(box.left(), box.top(), box.width(), 360);
    painter.fillRect(band, colour);
    QFont font(QStringLiteral("Noto Sans"));
    const double pad = 60;
    painter.setPen(Qt::white);
    font.setPixelSize(48);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(band.left() + pad, band.top() + 40, band.width() - 2 * pad, 70), Qt::AlignLeft | Qt::AlignVCenter,
                     panel.eyebrow.toUpper());
    // The title on at most two lines: smaller type when it would need more.
    const QRectF titleArea(band.left() + pad, band.top() + 120, band.width() - 2 * pad, 210);
    for (int pixels = 80; pixels >= 48; pixels -= 4) {
        font.setPixelSize(pixels);
        painter.setFont(font);
        if (painter.boundingRect(titleArea, Qt::AlignLeft | Qt::TextWordWrap, panel.title).height() <= titleArea.height())
            break;
    }
    painter.drawText(titleArea, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, panel.title);

    double y = band.bottom() + 60;
    const double x = box.left() + pad, width = box.width() - 2 * pad, bottom = box.bottom() - pad;
    // Draws wrapped text and moves down; false when it no longer fits.
    auto write = [&](const QString &text, int pixels, bool bold, bool italic, const QColor &pen, double indent = 0, double after = 36) {
        QFont f(QStringLiteral("Noto Sans"));
        f.setPixelSize(pixels);
        f.setBold(bold);
        f.setItalic(italic);
        painter.setFont(f);
        painter.setPen(pen);
        const QRectF area(x + indent, y, width - indent, bottom - y);
        const QRectF needed = painter.boundingRect(area, Qt::AlignLeft | Qt::TextWordWrap, text);
        if (needed.height() > area.height())
            return false;
        painter.drawText(area, Qt::AlignLeft | Qt::TextWordWrap, text);
        y += needed.height() + after;
        return true;
    };
    if (!panel.question.isEmpty())
        write(panel.question, 56, false, true, ink, 0, 60);
    if (!panel.palette.isEmpty()) {
        // The palette as chips, two to a row.
        QFont f(QStringLiteral("Noto Sans"));
        f.setPixelSize(54);
        painter.setFont(f);
        const double chip = 64, column = width / 2, row = 92;
        for (int i = 0; i < panel.palette.size(); ++i) {
            const double cx = x + (i % 2) * column, cy = y + (i / 2) * row;
            painter.setPen(QPen(ink, 2));
            painter.setBrush(panel.palette[i].second);
            painter.drawRoundedRect(QRectF(cx, cy + 8, chip, chip), 12, 12);
            painter.setBrush(Qt::NoBrush);
            painter.drawText(QRectF(cx + chip + 24, cy, column - chip - 30, row - 10), Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(panel.palette[i].first, Qt::ElideRight, int(column - chip - 30)));
        }
        y += ((panel.palette.size() + 1) / 2) * row + 50;
    }
    if (panel.upcoming) {
        write(panel.lead, 110, true, false, colour.darker(110), 0, 50);
    } else if (!panel.lead.isEmpty()) {
        write(panel.lead, 58, true, false, ink, 0, 40);
    }
    for (const QString &finding : panel.findings) {
        const double top = y;
        if (!write(finding, 58, false, false, ink, 60, 48))
            break;
        if (!panel.upcoming) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(QRectF(x + 6, top + 22, 28, 28));
            painter.setBrush(Qt::NoBrush);
        }
    }
}

} // namespace

Triptych buildTriptych(const ContentPack &pack, const results::Summary &summary)
{
    const QString lang = summary.language;
    Builder b{pack, summary, lang, QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Dutch)};
    Triptych out;
    out.language = lang;
    //: Triptych (one A3 page), title
    out.title = b.t(QT_TRANSLATE_NOOP("samenspraak::report::Triptych", "In één oogopslag: wat inwoners zeiden"));
    //: Triptych (one A3 page), subtitle; %1 = process title, %2 = participants, %3 = date
    out.subtitle = b.t(QT_TRANSLATE_NOOP("samenspraak::report::Triptych", "%1 · %2 mensen deden mee · stand van %3"))
                       .arg(pack.title.in(lang), b.number(summary.reach.participants), b.locale.toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")));
    out.panels = {b.values(), b.vision(), b.action()};
    //: Triptych (one A3 page), footer; %1 = municipality, %2 = content pack version
    out.footer = b.t(QT_TRANSLATE_NOOP("samenspraak::report::Triptych", "n = het aantal mensen dat antwoord gaf. Cijfers over minder dan 5 mensen tonen we niet. "
                     "Alle cijfers en hoe we ze berekenen staan in het verslag. %1, inhoudspakket %2."))
                     .arg(pack.municipality.in(lang), pack.version);
    return out;
}

void paintTriptych(QPainter &painter, const QRectF &page, const Triptych &triptych)
{
    painter.save();
    painter.translate(page.topLeft());
    painter.scale(page.width() / PageWidth, page.height() / PageHeight);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(0, 0, PageWidth, PageHeight), Qt::white);
    const QColor ink(0x1a, 0x1a, 0x1a);
    const double margin = 150;
    QFont font(QStringLiteral("Noto Sans"));
    font.setBold(true);
    font.setPixelSize(120);
    painter.setFont(font);
    painter.setPen(QColor(0x1B, 0x5E, 0x3B));
    painter.drawText(QRectF(margin, 110, PageWidth - 2 * margin, 160), Qt::AlignLeft | Qt::AlignVCenter, triptych.title);
    font.setBold(false);
    font.setPixelSize(58);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(QRectF(margin, 280, PageWidth - 2 * margin, 80), Qt::AlignLeft | Qt::AlignVCenter, triptych.subtitle);

    const QList<QColor> colours{QColor(0x1B, 0x5E, 0x3B), QColor(0x1F, 0x4E, 0x79), QColor(0x8A, 0x3B, 0x12)};
    const double gap = 150, top = 420, bottom = PageHeight - 260;
    const double width = (PageWidth - 2 * margin - 2 * gap) / 3;
    for (int i = 0; i < triptych.panels.size() && i < 3; ++i) {
        const QRectF box(margin + i * (width + gap), top, width, bottom - top);
        paintPanel(painter, box, triptych.panels[i], colours[i]);
        if (i < 2) {
            // An arrow to the next panel: values lead to the vision, the vision to action.
            const double ax = box.right() + 30, ay = top + (bottom - top) / 2;
            QPainterPath arrow;
            arrow.moveTo(ax, ay - 70);
            arrow.lineTo(ax + gap - 60, ay);
            arrow.lineTo(ax, ay + 70);
            arrow.closeSubpath();
            painter.fillPath(arrow, QColor(0x59, 0x59, 0x59));
        }
    }
    font.setPixelSize(44);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(QRectF(margin, bottom + 40, PageWidth - 2 * margin, 180), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, triptych.footer);
    painter.restore();
}

QString writeTriptychPdf(const Triptych &triptych, const QString &path)
{
    if (!QFile(path).open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(path);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A3));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(triptych.title);
    writer.setCreator(QStringLiteral("Samenspraak"));
    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("cannot write %1").arg(path);
    paintTriptych(painter, QRectF(QPointF(0, 0), writer.pageLayout().fullRectPixels(writer.resolution()).size()), triptych);
    painter.end();
    return {};
}

QString writeTriptychPng(const Triptych &triptych, const QString &path)
{
    QImage image(2480, 1754, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintTriptych(painter, QRectF(0, 0, image.width(), image.height()), triptych);
    }
    if (!image.save(path, "PNG"))
        return QStringLiteral("cannot write %1").arg(path);
    return {};
}

} // namespace samenspraak::report
