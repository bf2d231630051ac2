#include "report.h"

#include "translation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace samenspraak::report {

namespace {

using namespace samenspraak::results;

// The report's text is in i18n/samenspraak_*.ts (context samenspraak::report::Report), in the
// report's own language (summary.language): write it as t(QT_TR_NOOP("...")), not tr(), which
// would follow whatever language the process shows.
struct Writer {
    Q_DECLARE_TR_FUNCTIONS(samenspraak::report::Report)

public:
    const ContentPack &pack;
    const Summary &summary;
    QString lang;
    QString html;
    QList<Chart> charts;

    QString t(const char *source) const { return i18n::translate(lang, "samenspraak::report::Report", source); }
    // The document as written so far.
    Document done(const QString &title) const { return {title, lang, html, charts}; }
    static QString esc(const QString &s) { return s.toHtmlEscaped(); }
    void h(int level, const QString &text) { html += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(esc(text)); }
    void p(const QString &text) { html += QStringLiteral("<p>%1</p>\n").arg(esc(text)); }
    QLocale locale() const { return QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Dutch); }
    QString number(int n) const { return locale().toString(n); }
    QString people(int n) const { return QStringLiteral("n = %1").arg(number(n)); }
    // "Aantal en aandeel per keuze (n = 1.333)": what a table or chart shows, and over how many
    // people. Never the section's heading again: the heading stands right above it.
    QString withN(const QString &what, int n) const { return QStringLiteral("%1 (%2)").arg(what, people(n)); }
    QString activityTitle(const ActivityResult &a) const
    {
        const Activity *activity = pack.activity(a.id);
        return activity ? activity->title.in(lang) : a.id;
    }
    void list(const QStringList &items)
    {
        html += QStringLiteral("<ul>\n");
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>\n").arg(esc(item));
        html += QStringLiteral("</ul>\n");
    }
    //: Council report, table cell: a group too small to show
    QString fewer() const { return t(QT_TR_NOOP("minder dan 5")); }

    void table(const QString &caption, const QStringList &header, const QList<QStringList> &rows)
    {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<caption>%1</caption>\n<thead><tr>").arg(esc(caption));
        // The first column names the row (a statement can be a long sentence): give it room.
        for (int i = 0; i < header.size(); ++i)
            html += i == 0 && header.size() > 4 ? QStringLiteral("<th scope=\"col\" width=\"30%\">%1</th>").arg(esc(header[i]))
                                                : QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(header[i]));
        html += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList &row : rows) {
            html += QStringLiteral("<tr>");
            // A short row name stays on one line: on paper a row of two lines can be split over two pages.
            // A row name starts with a capital ("Niet ingevuld", "Kans"), whatever the label's case.
            for (int i = 0; i < row.size(); ++i) {
                const QString cell = i == 0 && !row[i].isEmpty() ? row[i].left(1).toUpper() + row[i].mid(1) : row[i];
                html += i > 0 ? QStringLiteral("<td>%1</td>").arg(esc(cell))
                       : header.size() <= 4 && cell.size() <= 40 ? QStringLiteral("<th scope=\"row\" style=\"white-space:nowrap\">%1</th>").arg(esc(cell))
                                                                 : QStringLiteral("<th scope=\"row\">%1</th>").arg(esc(cell));
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody></table>\n");
    }

    // A horizontal bar chart; its alt text names the subject (the heading above it) and lists
    // every bar, its caption says what the bars show, and a data table follows it.
    void bars(const QString &subject, const QString &caption, const QList<std::pair<QString, double>> &items,
              const QString &unit = QStringLiteral("%"))
    {
        if (items.isEmpty())
            return;
        const int labelWidth = 560, width = 1400;
        QFont font(QStringLiteral("Noto Sans"));
        font.setPixelSize(30);
        // A long label (a dilemma's pole) wraps over two or three lines rather than being cut off:
        // every row is as high as the highest label needs.
        const QFontMetrics metrics(font);
        int rowHeight = 52;
        for (const auto &item : items)
            rowHeight = std::max(rowHeight, metrics.boundingRect(QRect(0, 0, labelWidth - 16, 1000), Qt::TextWordWrap, item.first).height() + 16);
        QImage image(width, rowHeight * int(items.size()) + 20, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setFont(font);
        double max = 0;
        for (const auto &item : items)
            max = std::max(max, item.second);
        QStringList alt;
        for (int i = 0; i < items.size(); ++i) {
            const int y = 10 + i * rowHeight;
            painter.setPen(QColor(0x1a, 0x1a, 0x1a));
            painter.drawText(QRect(0, y, labelWidth - 16, rowHeight - 6), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, items[i].first);
            const int bar = max > 0 ? int((width - labelWidth - 140) * items[i].second / max) : 0;
            const int barHeight = 34;
            painter.fillRect(QRect(labelWidth, y + (rowHeight - 6 - barHeight) / 2, std::max(bar, 2), barHeight), QColor(0x1B, 0x5E, 0x3B));
            const QString value = QStringLiteral("%1%2").arg(std::lround(items[i].second)).arg(unit);
            painter.drawText(QRect(labelWidth + bar + 10, y, 130, rowHeight - 6), Qt::AlignLeft | Qt::AlignVCenter, value);
            alt << QStringLiteral("%1 %2").arg(items[i].first, value);
        }
        painter.end();
        const QString name = QStringLiteral("chart-%1.png").arg(charts.size() + 1);
        // "Kanaal. Deelnemers per groep ...", "Waar woon je? Deelnemers per groep ...".
        const bool stops = subject.endsWith(QLatin1Char('?')) || subject.endsWith(QLatin1Char('.')) || subject.endsWith(QLatin1Char('!'));
        const QString altText = QStringLiteral("%1%2 %3: %4").arg(subject, stops ? QString() : QStringLiteral("."), caption, alt.join(QStringLiteral(", ")));
        charts.append({name, altText, image});
        html += QStringLiteral("<figure><img src=\"%1\" alt=\"%2\" width=\"600\"/><figcaption>%3</figcaption></figure>\n")
                    .arg(name, esc(altText), esc(caption));
    }

    QString label(const QString &activityId, const QString &id) const
    {
        //: Council report, an answer without a theme or option
        return id.isEmpty() ? t(QT_TR_NOOP("(geen)")) : optionLabel(pack, activityId, id, lang);
    }

    const Dimension *dimension(const QString &id) const
    {
        for (const ReachDimension &d : summary.reach.dimensions)
            if (d.dimension.id == id)
                return &d.dimension;
        return nullptr;
    }
    QString dimensionLabel(const QString &id) const
    {
        const Dimension *d = dimension(id);
        return d ? d->label.in(lang) : id;
    }

    QList<std::pair<QString, const StatementResult *>> statementsWhere(bool consensus) const
    {
        QList<std::pair<QString, const StatementResult *>> out;
        for (const ActivityResult &a : summary.activities)
            for (const StatementResult &s : a.statements)
                if (!s.withheld && (consensus ? s.consensus : !s.dividedBy.isEmpty()))
                    out.append({a.id, &s});
        return out;
    }

    void summarySection()
    {
        //: Council report, heading of the summary on page one
        h(2, t(QT_TR_NOOP("Samenvatting")));
        //: Council report, summary; %1 = number of participants
        p(t(QT_TR_NOOP("%1 mensen deden mee.")).arg(number(summary.reach.participants)));
        for (const ActivityResult &a : summary.activities) {
            if (a.kind == Kind::Values && !a.withheld && !a.shares.isEmpty()) {
                QStringList top;
                for (const Share &s : a.shares.mid(0, 3))
                    top << QStringLiteral("%1 (%2%)").arg(label(a.id, s.id)).arg(s.percent());
                //: Council report, summary; %1 = the top values with their percent, %2 = answers
                p(t(QT_TR_NOOP("De waarden die het vaakst gekozen zijn (n = %2): %1."))
                      .arg(top.join(QStringLiteral(", ")), number(a.n)));
                break;
            }
        }
        const auto agreed = statementsWhere(true);
        if (!agreed.isEmpty()) {
            QStringList items;
            for (const auto &[activity, s] : agreed)
                items << QStringLiteral("\"%1\" (%2% %3, n = %4)").arg(label(activity, s->overall.id)).arg(s->overall.agreePercent())
                             //: Council report, after a percentage: "84% eens" (agree)
                             .arg(t(QT_TR_NOOP("eens"))).arg(number(s->overall.answered()));
            //: Council report, summary; %1 = statements every group agrees on
            p(t(QT_TR_NOOP("Waar alle groepen het over eens zijn: %1.")).arg(items.join(QStringLiteral("; "))));
        }
        const auto divided = statementsWhere(false);
        if (!divided.isEmpty()) {
            QStringList items;
            for (const auto &[activity, s] : divided) {
                QStringList dims;
                for (const QString &d : s->dividedBy)
                    dims << dimensionLabel(d).toLower();
                //: Council report, summary: a statement "differs by" age, village, ...
                items << QStringLiteral("\"%1\" (%2 %3)").arg(label(activity, s->overall.id), t(QT_TR_NOOP("verschil naar")),
                                                            dims.join(QStringLiteral(", ")));
            }
            //: Council report, summary; "where it chafes": statements on which groups disagree
            p(t(QT_TR_NOOP("Waar het schuurt: %1.")).arg(items.join(QStringLiteral("; "))));
        }
        for (const RepresentativeDimension &d : summary.representativeness.dimensions)
            if (d.hasReference && !d.withheld && !d.underRepresented.isEmpty()) {
                //: Council report, summary, above a list of the most under-represented groups in words
                p(t(QT_TR_NOOP("Minder gehoord dan hun aandeel in de bevolking:")));
                list(d.underRepresented);
                break;
            }
        for (const ActivityResult &a : summary.activities)
            if (a.satisfaction)
                //: Council report, summary; %1 = mean score, %2 = percent who gave 4 or 5, %3 = answers
                p(t(QT_TR_NOOP("Tevredenheid over het meedoen: gemiddeld %1 van 5; %2% gaf een 4 of 5 (n = %3)."))
                      .arg(locale().toString(a.satisfaction->mean, 'f', 1))
                      .arg(a.satisfaction->satisfiedPercent())
                      .arg(number(a.n)));
    }

    void reachSection()
    {
        //: Council report, section heading: who took part
        h(2, t(QT_TR_NOOP("Bereik")));
        //: Council report, reach section, introduction
        p(t(QT_TR_NOOP("Wie deed mee, per kanaal en naar wat mensen over zichzelf vertelden. Groepen van minder dan 5 mensen tonen we niet.")));
        for (const ReachDimension &d : summary.reach.dimensions) {
            QList<QStringList> rows;
            QList<std::pair<QString, double>> chart;
            for (const Cell &c : d.groups) {
                const QString name = groupLabel(pack, d.dimension, c.id, lang);
                rows.append({name, c.withheld ? fewer() : number(c.count), c.withheld ? QString() : QStringLiteral("%1%").arg(c.percent())});
                if (!c.withheld)
                    chart.append({name, 100.0 * c.count / std::max(c.of, 1)});
            }
            //: Council report, reach table: participants who did not answer the question
            rows.append({t(QT_TR_NOOP("niet ingevuld")), d.unanswered.withheld ? fewer() : number(d.unanswered.count),
                         d.unanswered.withheld ? QString() : QStringLiteral("%1%").arg(d.unanswered.percent())});
            h(3, d.dimension.label.in(lang));
            //: Council report, reach chart caption (the heading above names the question); n follows
            bars(d.dimension.label.in(lang), withN(t(QT_TR_NOOP("Deelnemers per groep, in procenten")), summary.reach.participants), chart);
            //: Council report, reach table caption under the chart; n follows
            table(withN(t(QT_TR_NOOP("Aantal en aandeel per groep")), summary.reach.participants),
                  //: Council report, table column header: the group (a village, an age band, ...)
                  {t(QT_TR_NOOP("Groep")),
                      //: Council report, table column header: number of people or answers
                      t(QT_TR_NOOP("Aantal")),
                      //: Council report, table column header: share in percent
                      t(QT_TR_NOOP("Aandeel"))}, rows);
        }
    }

    void representativenessSection()
    {
        //: Council report, section heading: representativeness against the residents
        h(2, t(QT_TR_NOOP("Afspiegeling")));
        //: Council report, representativeness section introduction; %1 = reference year of the population figures
        p(t(QT_TR_NOOP("We vergelijken wie meedeed met wie er woont (inwonertallen van %1). De score loopt van 0 tot 100. Bij 100 "
            "zijn de deelnemers precies zo verdeeld als de inwoners. De verhouding zegt per groep hoe goed die meedeed: 1 is precies "
            "naar zijn aandeel, onder de 1 minder, boven de 1 meer. Hoe we de score berekenen, staat bij Methode en grenzen."))
              .arg(summary.representativeness.referenceYear));
        QStringList unreferenced;
        for (const RepresentativeDimension &d : summary.representativeness.dimensions) {
            if (!d.hasReference) {
                unreferenced << d.label.in(lang);
                continue;
            }
            h(3, d.label.in(lang));
            if (d.withheld) {
                //: Council report, representativeness: fewer than 5 participants answered
                p(t(QT_TR_NOOP("Te weinig deelnemers om iets te zeggen.")));
                continue;
            }
            //: Council report, representativeness; %1 = score 0..100, %2 = participants
            p(t(QT_TR_NOOP("Afspiegeling: %1 van de 100 (n = %2).")).arg(std::lround(100 * d.score)).arg(number(d.n)));
            if (!d.underRepresented.isEmpty()) {
                //: Council report, representativeness, above a list of the most under-represented groups
                p(t(QT_TR_NOOP("Deze groepen deden het minst mee, naar hun aandeel in de bevolking:")));
                list(d.underRepresented);
            }
            QList<QStringList> rows;
            for (const RepresentativeGroup &g : d.groups)
                rows.append({g.label, g.withheld ? fewer() : percentText(g.participantShare, lang), percentText(g.populationShare, lang),
                             g.withheld ? QString() : locale().toString(g.ratio, 'f', 2)});
            //: Council report, representativeness table caption; n follows
            table(withN(t(QT_TR_NOOP("Deelnemers en inwoners per groep, in procenten")), d.n),
                  //: Council report, table column header: the group (a village, an age band, ...)
                  {t(QT_TR_NOOP("Groep")),
                      //: Council report, representativeness table column: share of the participants
                      t(QT_TR_NOOP("Deelnemers")),
                      //: Council report, representativeness table column: share of the residents
                      t(QT_TR_NOOP("Inwoners")),
                      //: Council report, representativeness table column: participants share divided by residents share
                      t(QT_TR_NOOP("Verhouding"))}, rows);
        }
        if (!unreferenced.isEmpty()) {
            // Once for all these questions, not the same sentence under each.
            //: Council report, representativeness, sub-heading: the questions without population figures
            h(3, t(QT_TR_NOOP("Zonder cijfers over de inwoners")));
            //: Council report, representativeness: the pack has no population figures for the questions listed below
            p(t(QT_TR_NOOP("Voor deze vragen heeft het inhoudspakket geen cijfers over de inwoners. Daarom kunnen we hier de afspiegeling niet berekenen:")));
            list(unreferenced);
        }
    }

    void activitySection(const ActivityResult &a)
    {
        const Activity *activity = pack.activity(a.id);
        h(4, activity ? activity->title.in(lang) : a.id);
        if (a.withheld) {
            //: Council report, an activity with fewer than 5 answers
            p(t(QT_TR_NOOP("Minder dan 5 antwoorden: niet getoond.")));
            return;
        }
        if (a.kind == Kind::Values || a.kind == Kind::Dots) {
            QList<std::pair<QString, double>> chart;
            QList<QStringList> rows;
            for (const Share &s : a.shares) {
                chart.append({label(a.id, s.id), double(s.percent())});
                rows.append({label(a.id, s.id), number(s.count), QStringLiteral("%1%").arg(s.percent())});
            }
            bars(activityTitle(a), withN(a.kind == Kind::Dots ?
                //: Council report, dot voting chart caption; n follows
                t(QT_TR_NOOP("Aandeel van de stippen per keuze, in procenten")) :
                //: Council report, values chart caption: the share of the people who answered that chose each value; n follows
                t(QT_TR_NOOP("Wie deze keuze maakte, in procenten")), a.n), chart);
            //: Council report, table caption under a chart of choices; n follows
            table(withN(t(QT_TR_NOOP("Aantal en aandeel per keuze")), a.n),
                  //: Council report, table column header: the option chosen
                  {t(QT_TR_NOOP("Keuze")), a.kind == Kind::Dots ?
                //: Council report, table column header: dots given (dot voting)
                t(QT_TR_NOOP("Stippen")) :
                //: Council report, table column header: how many chose it
                t(QT_TR_NOOP("Gekozen")),
                                //: Council report, table column header: share in percent
                                t(QT_TR_NOOP("Aandeel"))}, rows);
        } else if (a.kind == Kind::Ranking) {
            QList<QStringList> rows;
            for (const RankItem &r : a.ranking)
                rows.append({label(a.id, r.id), number(r.points), QStringLiteral("%1%").arg(r.firstPercent()),
                             locale().toString(r.meanPosition, 'f', 1)});
            //: Council report, ranking: how the order is computed
            p(t(QT_TR_NOOP("Volgorde naar Borda-punten: eerste plaats levert het meeste op.")));
            //: Council report, ranking table caption; n follows
            table(withN(t(QT_TR_NOOP("Punten, eerste plaatsen en gemiddelde plaats per keuze")), a.n),
                  //: Council report, table column header: the option chosen
                  {t(QT_TR_NOOP("Keuze")),
                //: Council report, ranking table column: Borda points
                t(QT_TR_NOOP("Punten")),
                //: Council report, ranking table column: share who put it first
                t(QT_TR_NOOP("Op één")),
                //: Council report, ranking table column: mean position (1 = first)
                t(QT_TR_NOOP("Gemiddelde plaats"))},
                  rows);
        } else if (a.dilemma) {
            QList<std::pair<QString, double>> chart;
            QList<QStringList> rows;
            for (int i = 0; i < a.dilemma->histogram.size(); ++i) {
                QString name = QString::number(i + 1);
                if (i == 0 && activity)
                    name += QStringLiteral(" (%1)").arg(activity->left.in(lang));
                if (i == a.dilemma->histogram.size() - 1 && activity)
                    name += QStringLiteral(" (%1)").arg(activity->right.in(lang));
                chart.append({name, 100.0 * a.dilemma->histogram[i] / std::max(a.dilemma->count, 1)});
                rows.append({name, number(a.dilemma->histogram[i]), QStringLiteral("%1%").arg(std::lround(chart.last().second))});
            }
            //: Council report, dilemma chart caption: answers per slider position; n follows
            bars(activityTitle(a), withN(t(QT_TR_NOOP("Antwoorden per positie op de schuif, in procenten")), a.n), chart);
            //: Council report, dilemma table caption under the chart; n follows
            table(withN(t(QT_TR_NOOP("Aantal en aandeel per positie")), a.n),
                  //: Council report, dilemma table column: slider position
                  {t(QT_TR_NOOP("Positie")),
                      //: Council report, table column header: number of people or answers
                      t(QT_TR_NOOP("Aantal")),
                      //: Council report, table column header: share in percent
                      t(QT_TR_NOOP("Aandeel"))}, rows);
            //: Council report, dilemma: the answers have two peaks
            p(a.dilemma->split ? t(QT_TR_NOOP("De groep is verdeeld in twee kampen."))
                               //: Council report, dilemma: the answers do not have two peaks
                               : t(QT_TR_NOOP("De groep is niet in twee kampen verdeeld.")));
        } else if (a.ideas) {
            QList<QStringList> rows;
            for (const Share &s : a.ideas->byKind)
                rows.append({label(a.id, s.id), number(s.count), QStringLiteral("%1%").arg(s.percent())});
            //: Council report, table caption; %1 = number of ideas; kind = opportunity, concern or solution
            table(t(QT_TR_NOOP("%1 ideeën naar soort")).arg(number(a.ideas->count)), {
                //: Council report, ideas table column: opportunity, concern or solution
                t(QT_TR_NOOP("Soort")),
                //: Council report, table column header: number of people or answers
                t(QT_TR_NOOP("Aantal")),
                //: Council report, table column header: share in percent
                t(QT_TR_NOOP("Aandeel"))}, rows);
            rows.clear();
            for (const Share &s : a.ideas->byTheme)
                rows.append({label(a.id, s.id), number(s.count), QStringLiteral("%1%").arg(s.percent())});
            //: Council report, table caption; %1 = number of ideas
            table(t(QT_TR_NOOP("%1 ideeën naar thema")).arg(number(a.ideas->count)), {
                //: Council report, ideas table column: theme
                t(QT_TR_NOOP("Thema")),
                //: Council report, table column header: number of people or answers
                t(QT_TR_NOOP("Aantal")),
                //: Council report, table column header: share in percent
                t(QT_TR_NOOP("Aandeel"))}, rows);
        } else if (a.kind == Kind::Statements) {
            // The weighted share (kernen that took part less count more) next to the plain one,
            // when the pack has a reference population to weigh by.
            bool weighted = false;
            for (const StatementResult &s : a.statements)
                weighted = weighted || (!s.withheld && s.weightedAgree >= 0);
            QList<QStringList> rows;
            for (const StatementResult &s : a.statements) {
                QStringList row{label(a.id, s.overall.id), s.withheld ? fewer() : QStringLiteral("%1%").arg(s.overall.agreePercent())};
                if (weighted)
                    row << (s.withheld || s.weightedAgree < 0 ? QString() : QStringLiteral("%1%").arg(std::lround(100 * s.weightedAgree)));
                row << (s.withheld ? QString() : number(s.overall.agree)) << (s.withheld ? QString() : number(s.overall.disagree))
                    << (s.withheld ? QString() : number(s.overall.pass)) << (s.withheld ? QString() : number(s.overall.important));
                rows.append(row);
            }
            //: Council report, statements table column: the statement
            QStringList header{t(QT_TR_NOOP("Stelling")),
                               //: Council report, table column: percent who agree (of those who took a side)
                               t(QT_TR_NOOP("Eens"))};
            if (weighted)
                //: Council report, statements table column: agree percent weighted by village population
                header << t(QT_TR_NOOP("Gewogen"));
            //: Council report, statements table column: number who agree
            header << t(QT_TR_NOOP("Eens (aantal)"))
                   //: Council report, statements table column: number who disagree
                   << t(QT_TR_NOOP("Oneens (aantal)"))
                   //: Council report, statements table column: number who passed
                   << t(QT_TR_NOOP("Sloeg over"))
                   //: Council report, statements table column: number who marked it important to them. The soft
                   //: hyphen (U+00AD) is where the word may break in a narrow column: put one in the translation too.
                   << t(QT_TR_NOOP("Belang\u00ADrijk"));
            //: Council report, statements table caption; n follows
            table(withN(t(QT_TR_NOOP("Eens, oneens en overgeslagen per stelling")), a.n), header, rows);
        } else if (a.satisfaction) {
            scores(a);
        }
    }

    // The scores 1 to 5 of a satisfaction question: a chart and its data table.
    void scores(const ActivityResult &a)
    {
        QList<std::pair<QString, double>> chart;
        QList<QStringList> rows;
        for (int i = 0; i < 5; ++i) {
            chart.append({number(i + 1), 100.0 * a.satisfaction->histogram[i] / std::max(a.satisfaction->count, 1)});
            rows.append({chart.last().first, number(a.satisfaction->histogram[i]), QStringLiteral("%1%").arg(std::lround(chart.last().second))});
        }
        //: Council report, satisfaction chart caption: answers per score, 1 (low) to 5 (high); n follows
        bars(activityTitle(a), withN(t(QT_TR_NOOP("Antwoorden per cijfer van 1 (laag) tot 5 (hoog), in procenten")), a.satisfaction->count), chart);
        //: Council report, satisfaction table caption under the chart; n follows
        table(withN(t(QT_TR_NOOP("Aantal en aandeel per cijfer")), a.satisfaction->count),
              //: Council report, satisfaction table column: the score 1 to 5
              {t(QT_TR_NOOP("Cijfer")),
                  //: Council report, table column header: number of people or answers
                  t(QT_TR_NOOP("Aantal")),
                  //: Council report, table column header: share in percent
                  t(QT_TR_NOOP("Aandeel"))}, rows);
    }

    void resultsSection()
    {
        //: Council report, section heading
        h(2, t(QT_TR_NOOP("Resultaten per fase")));
        for (const Phase &phase : pack.phases) {
            bool any = false;
            for (const ActivityResult &a : summary.activities)
                any = any || a.phase == phase.id;
            if (!any)
                continue;
            //: Council report, heading "Fase 2: <title>"
            h(3, QStringLiteral("%1 %2: %3").arg(t(QT_TR_NOOP("Fase"))).arg(phase.number).arg(phase.title.in(lang)));
            bool shown = false;
            for (const ActivityResult &a : summary.activities)
                shown = shown || (a.phase == phase.id && !a.withheld);
            if (!shown && phase.status == QLatin1String("upcoming")) {
                // Nothing asked yet: say so, not "fewer than 5 answers" per activity.
                //: Council report, a phase that has not started; the pack's text of what happens follows
                p(t(QT_TR_NOOP("Deze fase komt nog.")) + QLatin1Char(' ') + phase.whatHappens.in(lang));
                continue;
            }
            for (const ActivityResult &a : summary.activities)
                if (a.phase == phase.id)
                    activitySection(a);
        }
    }

    void tensionSection()
    {
        //: Council report, section heading: consensus and tension points
        h(2, t(QT_TR_NOOP("Eensgezind en waar het schuurt")));
        //: Council report, consensus section: how consensus and tension are defined
        p(t(QT_TR_NOOP("Per stelling kijken we of groepen (kanaal, kern, leeftijd, relatie) het eens zijn. Eensgezind: in elke groep is 60% of meer "
            "het eens (of oneens). Het schuurt: in de ene groep is een meerderheid het eens, in de andere oneens, 30 procentpunten of meer uit elkaar.")));
        for (bool consensus : {true, false}) {
            //: Council report, sub-heading: statements every group agrees on
            h(3, consensus ? t(QT_TR_NOOP("Eensgezind")) :
                //: Council report, sub-heading: statements on which groups disagree
                t(QT_TR_NOOP("Waar het schuurt")));
            const auto list = statementsWhere(consensus);
            if (list.isEmpty()) {
                //: Council report, consensus section: none found
                p(consensus ? t(QT_TR_NOOP("Er is geen stelling waar alle groepen het duidelijk over eens zijn."))
                            //: Council report, tension section: none found
                            : t(QT_TR_NOOP("Er is geen stelling waar groepen duidelijk tegenover elkaar staan.")));
                continue;
            }
            for (const auto &[activity, s] : list) {
                QList<QStringList> rows;
                for (const StatementDimension &d : s->byDimension)
                    for (const GroupStatement &g : d.groups)
                        if (const Dimension *dim = dimension(d.dimension))
                            rows.append({QStringLiteral("%1: %2").arg(dim->label.in(lang), groupLabel(pack, *dim, g.group, lang)),
                                         g.withheld ? fewer() : QStringLiteral("%1%").arg(g.tally.agreePercent()),
                                         g.withheld ? QString() : number(g.tally.answered())});
                table(QStringLiteral("\"%1\" (%2% %3, n = %4)").arg(label(activity, s->overall.id)).arg(s->overall.agreePercent())
                          //: Council report, after a percentage: "84% eens" (agree)
                          .arg(t(QT_TR_NOOP("eens"))).arg(number(s->overall.answered())),
                      //: Council report, table column header: the group (a village, an age band, ...)
                      {t(QT_TR_NOOP("Groep")),
                          //: Council report, table column: percent who agree (of those who took a side)
                          t(QT_TR_NOOP("Eens")), QStringLiteral("n")}, rows);
            }
        }
    }

    void satisfactionSection()
    {
        for (const ActivityResult &a : summary.activities) {
            if (!a.satisfaction)
                continue;
            //: Council report, section heading: process satisfaction
            h(2, t(QT_TR_NOOP("Tevredenheid over het meedoen")));
            QList<QStringList> rows;
            const Dimension *channel = dimension(QStringLiteral("channel"));
            //: Council report, satisfaction table row: all participants
            rows.append({t(QT_TR_NOOP("Iedereen")), number(a.satisfaction->count), locale().toString(a.satisfaction->mean, 'f', 1),
                         QStringLiteral("%1%").arg(a.satisfaction->satisfiedPercent())});
            for (const GroupSatisfaction &g : a.satisfactionByChannel)
                rows.append({channel ? groupLabel(pack, *channel, g.channel, lang) : g.channel, g.withheld ? fewer() : number(g.tally.count),
                             g.withheld ? QString() : locale().toString(g.tally.mean, 'f', 1),
                             g.withheld ? QString() : QStringLiteral("%1%").arg(g.tally.satisfiedPercent())});
            //: Council report, satisfaction section: the question asked, in quotes; %1 = its text
            p(t(QT_TR_NOOP("We vroegen: \u201c%1\u201d")).arg(activityTitle(a)));
            scores(a);
            //: Council report, table caption: satisfaction scores 1 to 5 per channel (kiosk, workshop, ...)
            table(t(QT_TR_NOOP("Tevredenheid per kanaal (1 tot 5)")),
                  //: Council report, table column: kiosk, workshop, event, ...
                  {t(QT_TR_NOOP("Kanaal")), QStringLiteral("n"),
                      //: Council report, table column: mean score
                      t(QT_TR_NOOP("Gemiddeld")),
                      //: Council report, table column: share who gave a 4 or a 5
                      t(QT_TR_NOOP("4 of 5"))}, rows);
        }
    }

    void methodSection()
    {
        //: Council report, section heading: method and limits
        h(2, t(QT_TR_NOOP("Methode en grenzen")));
        //: Council report, method: participants are self-selected, not a sample
        p(t(QT_TR_NOOP("Iedereen kon meedoen: bij een zuil, in een bijeenkomst, op een evenement of op papier. De deelnemers zijn dus geen "
            "steekproef: wie meedoet, kiest daar zelf voor. Daarom laten we zien wie we wel en niet bereikt hebben.")));
        //: Council report, method: changed answers and the minimum group of 5
        p(t(QT_TR_NOOP("Wie een antwoord veranderde, telt één keer mee, met het laatste antwoord. Bij elk cijfer staat over hoeveel mensen (n) het gaat. "
            "Cijfers over minder dan 5 mensen tonen we nergens, zodat niemand te herkennen is.")));
        //: Council report, method: weighting, and why idea texts are not in the report
        p(t(QT_TR_NOOP("Bij stellingen staat naast het gewone percentage een gewogen percentage: zo tellen kernen die minder meededen zwaarder mee. "
            "Gewichten zijn begrensd tot 3 keer. De teksten van ideeën staan niet in dit verslag: ze worden eerst gelezen en staan in de export voor de gemeente.")));
        //: Council report, method: how the representativeness score is computed
        p(t(QT_TR_NOOP("De afspiegelingsscore is 100 \u00D7 (1 \u2212 de totale-variatieafstand). Die afstand is de helft van de som van de "
            "verschillen tussen het aandeel van elke groep onder de deelnemers en onder de inwoners.")));
    }
};

} // namespace

Document buildWorkshop(const ContentPack &pack, const results::Summary &summary, const Workshop &workshop)
{
    Writer w{pack, summary, summary.language, {}, {}};
    const QString title = workshop.title.isEmpty()
        //: Workshop summary PDF, title when the room has no name
        ? w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Verslag van de bijeenkomst"))
        //: Workshop summary PDF, title; %1 = the room's title
        : w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Verslag: %1")).arg(workshop.title);
    w.html += QStringLiteral("<h1>%1</h1>\n").arg(Writer::esc(title));
    const QLocale locale = w.locale();
    auto when = [&](const QString &iso) {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        return t.isValid() ? locale.toString(t.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm")) : QString();
    };
    QStringList facts;
    if (!workshop.kern.isEmpty())
        //: Workshop summary PDF; %1 = the village (kern) of the room
        facts << w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Kern: %1.")).arg(workshop.kern);
    if (const QString start = when(workshop.startedAt); !start.isEmpty())
        //: Workshop summary PDF; %1 = date and time the room started
        facts << w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Begonnen: %1.")).arg(start);
    if (const QString end = when(workshop.endedAt); !end.isEmpty())
        //: Workshop summary PDF; %1 = date and time the room ended
        facts << w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Afgesloten: %1.")).arg(end);
    //: Workshop summary PDF; %1 = content pack title, %2 = municipality, %3 = pack version
    facts << w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "%1. %2. Versie van het inhoudspakket: %3."))
                 .arg(pack.title.in(summary.language), pack.municipality.in(summary.language), pack.version);
    w.p(facts.join(QLatin1Char(' ')));
    //: Workshop summary PDF, section heading
    w.h(2, w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Aantallen")));
    //: Workshop summary PDF, table caption
    const QString caption = w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "De bijeenkomst in aantallen"));
    //: Workshop summary PDF, table column header
    const QString what = w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Wat"));
    //: Workshop summary PDF, table column header
    const QString count = w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Aantal"));
    //: Workshop summary PDF, table row: people who took part
    const QString participants = w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Deelnemers"));
    //: Workshop summary PDF, table row
    const QString answers = w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Antwoorden ontvangen"));
    //: Workshop summary PDF, table row: tablets in the room
    const QString tablets = w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Tablets"));
    w.table(caption, {what, count},
            {{participants, w.number(summary.reach.participants)},
             {answers, w.number(workshop.contributions)},
             {tablets, w.number(workshop.tablets)}});
    w.summarySection();
    w.reachSection();
    w.resultsSection();
    w.methodSection();
    return w.done(title);
}

Document build(const ContentPack &pack, const results::Summary &summary)
{
    Writer w{pack, summary, summary.language, {}, {}};
    //: Council report, title
    const QString title = w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Wat inwoners zeiden"));
    w.html += QStringLiteral("<h1>%1</h1>\n").arg(Writer::esc(title));
    w.p(QStringLiteral("%1. %2, %3. %4")
            .arg(pack.title.in(summary.language), pack.municipality.in(summary.language),
                 // Day, month, year in both languages ("4 December 2026", "4 december 2026"): the
                 // English locale's long format is the US one ("Friday, December 4, 2026").
                 w.locale().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")),
                 //: Council report, under the title; %1 = content pack version
                 w.t(QT_TRANSLATE_NOOP("samenspraak::report::Report", "Versie van het inhoudspakket: %1.")).arg(pack.version)));
    w.summarySection();
    w.reachSection();
    w.representativenessSection();
    w.resultsSection();
    w.tensionSection();
    w.satisfactionSection();
    w.methodSection();
    return w.done(title);
}

namespace {

QString page(const Document &document, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>%2</title>\n"
                          "<style>body{font-family:'Noto Sans',sans-serif;max-width:50em;margin:2em auto;padding:0 1em;color:#1a1a1a;line-height:1.5}"
                          "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #666;padding:.3em .6em;text-align:left}"
                          "caption{text-align:left;font-weight:bold}img{max-width:100%;height:auto}h1,h2,h3{color:#1B5E3B}</style>\n"
                          "</head>\n<body>\n<main>\n%3</main>\n</body>\n</html>\n")
        .arg(document.language, document.title.toHtmlEscaped(), body);
}

} // namespace

QString writeHtml(const Document &document, const QString &path)
{
    QString body = document.body;
    for (const Chart &c : document.charts) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        c.image.save(&buffer, "PNG");
        body.replace(QStringLiteral("src=\"%1\"").arg(c.name), QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.toBase64())));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    file.write(page(document, body).toUtf8());
    return {};
}

namespace {

// What lies directly in the document's root frame, in reading order: a paragraph or a table.
struct Piece {
    QTextBlock block;
    QTextTable *table = nullptr;
};

// Page breaks as a printed report has them, which QTextDocument does not know by itself: a
// heading and a table's caption stay on the page of what follows them (at least the first line
// of a paragraph, the header and first row of a table); a table that fits on a page is not split
// over two, and is on the page of its chart when chart and table fit on one; a paragraph leaves
// no single line alone at the foot or the top of a page. Each rule is met by a page break before
// the first piece of the group; the layout is then redone and checked again from there, so a
// break only ever moves text down.
class Paginator {
public:
    explicit Paginator(QTextDocument &text) : m_layout(*text.documentLayout()), m_page(text.pageSize().height())
    {
        for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
                m_pieces.append(Piece{QTextBlock(), table});
            else if (it.currentBlock().isValid() && !it.currentBlock().text().trimmed().isEmpty())
                m_pieces.append(Piece{it.currentBlock(), nullptr});
        }
    }

    void run()
    {
        // Every break moves a piece to the top of a page, and a piece at the top of a page is
        // never broken before: this ends.
        for (int i = 0; i < m_pieces.size();) {
            const int start = groupStart(i);
            if (start >= 0 && breakBefore(start))
                i = start;
            else
                ++i;
        }
    }

private:
    int pageOf(double y) const { return int(std::floor(y / m_page)); }
    QRectF rect(int i) const
    {
        const Piece &p = m_pieces[i];
        return p.table ? m_layout.frameBoundingRect(p.table) : m_layout.blockBoundingRect(p.block);
    }
    bool isTable(int i) const { return i >= 0 && i < m_pieces.size() && m_pieces[i].table; }
    bool isFigure(int i) const { return !isTable(i) && m_pieces[i].block.text().contains(QChar::ObjectReplacementCharacter); }
    // A heading, or a table's caption (the paragraph right before a table): never the last
    // thing on a page.
    bool introduces(int i) const
    {
        return !isTable(i) && !isFigure(i) && (m_pieces[i].block.blockFormat().headingLevel() > 0 || isTable(i + 1));
    }
    // Line `n` of a paragraph, in document coordinates.
    QRectF line(int i, int n) const
    {
        const QTextBlock &block = m_pieces[i].block;
        return block.layout()->lineAt(n).rect().translated(m_layout.blockBoundingRect(block).topLeft());
    }
    // Where the start of a piece ends: a paragraph's first line; a table's header row and first
    // row (the whole table when it has no more rows).
    double startBottom(int i) const
    {
        const Piece &p = m_pieces[i];
        if (!p.table)
            return p.block.layout()->lineCount() > 0 ? line(i, 0).bottom() : rect(i).bottom();
        if (p.table->rows() < 2)
            return rect(i).bottom();
        return m_layout.blockBoundingRect(p.table->cellAt(1, 0).lastCursorPosition().block()).bottom();
    }
    bool onOnePage(double top, double bottom) const { return pageOf(top) == pageOf(bottom - 1); }
    bool fitsOnAPage(double top, double bottom) const { return bottom - top < m_page * 0.9; }
    bool bad(int i) const
    {
        const QRectF r = rect(i);
        if (introduces(i))
            return i + 1 < m_pieces.size() && !onOnePage(r.top(), startBottom(i + 1));
        if (isTable(i))
            return fitsOnAPage(r.top(), r.bottom()) && !onOnePage(r.top(), r.bottom());
        if (isFigure(i)) {
            // Its caption and data table follow: together when they fit.
            if (!isTable(i + 2))
                return false;
            const double bottom = rect(i + 2).bottom();
            return fitsOnAPage(r.top(), bottom) && !onOnePage(r.top(), bottom);
        }
        const int lines = m_pieces[i].block.layout()->lineCount();
        if (lines < 2)
            return false;
        return pageOf(line(i, 0).top()) != pageOf(line(i, 1).top()) || pageOf(line(i, lines - 2).top()) != pageOf(line(i, lines - 1).top());
    }
    // The first piece of the group that moves to the next page for piece i to read well (the
    // headings and caption right above it come along), or -1 when piece i is fine.
    int groupStart(int i) const
    {
        if (!bad(i))
            return -1;
        int start = i;
        while (start > 0 && introduces(start - 1))
            --start;
        // A group longer than a page cannot be kept together: keep its last pieces together
        // (a table with its caption), as many as fit on a page.
        while (start < i && !fitsOnAPage(rect(start).top(), rect(i).bottom()))
            ++start;
        return start;
    }
    // A page break before piece i; false when it starts a page already.
    bool breakBefore(int i)
    {
        const double top = rect(i).top();
        if (top - pageOf(top) * m_page < m_page * 0.03)
            return false;
        Piece &p = m_pieces[i];
        if (p.table) {
            QTextTableFormat format = p.table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            p.table->setFormat(format);
        } else {
            QTextBlockFormat format = p.block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(p.block).setBlockFormat(format);
        }
        return true;
    }

    QAbstractTextDocumentLayout &m_layout;
    const double m_page;
    QList<Piece> m_pieces;
};

} // namespace

QString writePdf(const Document &document, const QString &path)
{
    QPdfWriter writer(path);
    if (!QFile::exists(path) && !QFile(path).open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Samenspraak"));
    QTextDocument text;
    // Lay out at the writer's resolution: otherwise point sizes are taken at screen dpi and the
    // text comes out at two thirds of its size on paper.
    text.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("Noto Sans"));
    font.setPointSize(10);
    text.setDefaultFont(font);
    // Tables a point smaller than the text: seven columns of a statements table fit their headers.
    text.setDefaultStyleSheet(QStringLiteral("h1,h2,h3{color:#1B5E3B} th{background:#e8f0ea} th,td{font-size:9pt}"));
    for (const Chart &c : document.charts)
        text.addResource(QTextDocument::ImageResource, QUrl(c.name), c.image);
    QString body = document.body;
    // QTextDocument knows no <figure>: a paragraph with the caption under the chart.
    // Image and table sizes are CSS pixels (96 per inch) on the writer's resolution: 600 fills
    // most of the A4 text width. A <thead> is the table's header row count: a table longer
    // than a page repeats it at the top of every page it continues on (Paginator keeps a table
    // that fits on a page whole). A table's caption becomes a bold paragraph right above it,
    // so that it can be kept with the table.
    // The chart's line at its own height: the text's line-height (1.2) would add a fifth of
    // the chart's height as white space under it.
    body.replace(QStringLiteral("<figure>"), QStringLiteral("<p style=\"line-height:100%\">"));
    body.replace(QStringLiteral("</figure>"), QStringLiteral("</p>"));
    body.replace(QStringLiteral("<figcaption>"), QStringLiteral("<br/><i>"));
    body.replace(QStringLiteral("</figcaption>"), QStringLiteral("</i>"));
    // Tighter cells than on screen: a table of 14 rows and its chart fit on one page.
    body.replace(QStringLiteral("cellpadding=\"4\""), QStringLiteral("cellpadding=\"3\""));
    body.replace(QRegularExpression(QStringLiteral("<table([^>]*)>\\n<caption>(.*?)</caption>")), QStringLiteral("<p><b>\\2</b></p>\n<table\\1>"));
    text.setHtml(page(document, body).replace(QStringLiteral("line-height:1.5"), QStringLiteral("line-height:1.2")));
    text.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    Paginator(text).run();
    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("cannot write %1").arg(path);
    // Page by page, so a long report breaks across A4 pages.
    const QSizeF pageSize = text.pageSize();
    const int pages = text.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * pageSize.height());
        text.drawContents(&painter, QRectF(0, i * pageSize.height(), pageSize.width(), pageSize.height()));
        painter.restore();
    }
    painter.end();
    return {};
}

} // namespace samenspraak::report
