#include "report.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

#include <cmath>

namespace samenspraak::report {

namespace {

using namespace samenspraak::results;

struct Writer {
    const ContentPack &pack;
    const Summary &summary;
    QString lang;
    QString html;
    QList<Chart> charts;

    // The document as written so far.
    Document done(const QString &title) const { return {title, lang, html, charts}; }

    QString t(const char *nl, const char *en) const { return QString::fromUtf8(lang == QLatin1String("en") ? en : nl); }
    static QString esc(const QString &s) { return s.toHtmlEscaped(); }
    void h(int level, const QString &text) { html += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(esc(text)); }
    void p(const QString &text) { html += QStringLiteral("<p>%1</p>\n").arg(esc(text)); }
    QLocale locale() const { return QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Dutch); }
    QString number(int n) const { return locale().toString(n); }
    QString people(int n) const { return QStringLiteral("n = %1").arg(number(n)); }
    QString fewer() const { return t("minder dan 5", "fewer than 5"); }

    void table(const QString &caption, const QStringList &header, const QList<QStringList> &rows)
    {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<caption>%1</caption>\n<thead><tr>").arg(esc(caption));
        // The first column names the row (a statement can be a long sentence): give it room.
        for (int i = 0; i < header.size(); ++i)
            html += i == 0 && header.size() > 3 ? QStringLiteral("<th scope=\"col\" width=\"26%\">%1</th>").arg(esc(header[i]))
                                                : QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(header[i]));
        html += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList &row : rows) {
            html += QStringLiteral("<tr>");
            for (int i = 0; i < row.size(); ++i)
                html += i == 0 ? QStringLiteral("<th scope=\"row\">%1</th>").arg(esc(row[i])) : QStringLiteral("<td>%1</td>").arg(esc(row[i]));
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody></table>\n");
    }

    // A horizontal bar chart; its alt text lists every bar, and a data table follows it.
    void bars(const QString &title, const QList<std::pair<QString, double>> &items, const QString &unit = QStringLiteral("%"))
    {
        if (items.isEmpty())
            return;
        const int rowHeight = 52, labelWidth = 560, width = 1400;
        QImage image(width, rowHeight * int(items.size()) + 20, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font(QStringLiteral("Noto Sans"));
        font.setPixelSize(30);
        painter.setFont(font);
        double max = 0;
        for (const auto &item : items)
            max = std::max(max, item.second);
        QStringList alt;
        for (int i = 0; i < items.size(); ++i) {
            const int y = 10 + i * rowHeight;
            painter.setPen(QColor(0x1a, 0x1a, 0x1a));
            painter.drawText(QRect(0, y, labelWidth - 16, rowHeight - 6), Qt::AlignRight | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(items[i].first, Qt::ElideRight, labelWidth - 16));
            const int bar = max > 0 ? int((width - labelWidth - 140) * items[i].second / max) : 0;
            painter.fillRect(QRect(labelWidth, y + 6, std::max(bar, 2), rowHeight - 18), QColor(0x1B, 0x5E, 0x3B));
            const QString value = QStringLiteral("%1%2").arg(std::lround(items[i].second)).arg(unit);
            painter.drawText(QRect(labelWidth + bar + 10, y, 130, rowHeight - 6), Qt::AlignLeft | Qt::AlignVCenter, value);
            alt << QStringLiteral("%1 %2").arg(items[i].first, value);
        }
        painter.end();
        const QString name = QStringLiteral("chart-%1.png").arg(charts.size() + 1);
        const QString altText = QStringLiteral("%1: %2").arg(title, alt.join(QStringLiteral(", ")));
        charts.append({name, altText, image});
        html += QStringLiteral("<figure><img src=\"%1\" alt=\"%2\" width=\"600\"/><figcaption>%3</figcaption></figure>\n")
                    .arg(name, esc(altText), esc(title));
    }

    QString label(const QString &activityId, const QString &id) const
    {
        return id.isEmpty() ? t("(geen)", "(none)") : optionLabel(pack, activityId, id, lang);
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
        h(2, t("Samenvatting", "Summary"));
        p(t("%1 mensen deden mee.", "%1 people took part.").arg(number(summary.reach.participants)));
        for (const ActivityResult &a : summary.activities) {
            if (a.kind == Kind::Values && !a.withheld && !a.shares.isEmpty()) {
                QStringList top;
                for (const Share &s : a.shares.mid(0, 3))
                    top << QStringLiteral("%1 (%2%)").arg(label(a.id, s.id)).arg(s.percent());
                p(t("De waarden die het vaakst gekozen zijn: %1 (n = %2).", "The values chosen most often: %1 (n = %2).")
                      .arg(top.join(QStringLiteral(", ")))
                      .arg(a.n));
                break;
            }
        }
        const auto agreed = statementsWhere(true);
        if (!agreed.isEmpty()) {
            QStringList items;
            for (const auto &[activity, s] : agreed)
                items << QStringLiteral("\"%1\" (%2% %3, n = %4)").arg(label(activity, s->overall.id)).arg(s->overall.agreePercent())
                             .arg(t("eens", "agree")).arg(s->overall.answered());
            p(t("Waar alle groepen het over eens zijn: %1.", "What every group agrees on: %1.").arg(items.join(QStringLiteral("; "))));
        }
        const auto divided = statementsWhere(false);
        if (!divided.isEmpty()) {
            QStringList items;
            for (const auto &[activity, s] : divided) {
                QStringList dims;
                for (const QString &d : s->dividedBy)
                    dims << dimensionLabel(d).toLower();
                items << QStringLiteral("\"%1\" (%2 %3)").arg(label(activity, s->overall.id), t("verschil naar", "differs by"),
                                                            dims.join(QStringLiteral(", ")));
            }
            p(t("Waar het schuurt: %1.", "Where it chafes: %1.").arg(items.join(QStringLiteral("; "))));
        }
        for (const RepresentativeDimension &d : summary.representativeness.dimensions)
            if (d.hasReference && !d.withheld && !d.underRepresented.isEmpty()) {
                p(t("Minder gehoord dan hun aandeel in de bevolking: %1.", "Heard less than their share of the population: %1.")
                      .arg(d.underRepresented.join(QStringLiteral("; "))));
                break;
            }
        for (const ActivityResult &a : summary.activities)
            if (a.satisfaction)
                p(t("Tevredenheid over het meedoen: gemiddeld %1 van 5; %2% gaf een 4 of 5 (n = %3).",
                    "Satisfaction with taking part: %1 out of 5 on average; %2% gave a 4 or 5 (n = %3).")
                      .arg(QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Dutch).toString(a.satisfaction->mean, 'f', 1))
                      .arg(a.satisfaction->satisfiedPercent())
                      .arg(a.n));
    }

    void reachSection()
    {
        h(2, t("Bereik", "Reach"));
        p(t("Wie deed mee, per kanaal en naar wat mensen over zichzelf vertelden. Groepen van minder dan 5 mensen tonen we niet.",
            "Who took part, by channel and by what people told about themselves. Groups of fewer than 5 people are not shown."));
        for (const ReachDimension &d : summary.reach.dimensions) {
            QList<QStringList> rows;
            QList<std::pair<QString, double>> chart;
            for (const Cell &c : d.groups) {
                const QString name = groupLabel(pack, d.dimension, c.id, lang);
                rows.append({name, c.withheld ? fewer() : QString::number(c.count), c.withheld ? QString() : QStringLiteral("%1%").arg(c.percent())});
                if (!c.withheld)
                    chart.append({name, 100.0 * c.count / std::max(c.of, 1)});
            }
            rows.append({t("niet ingevuld", "did not say"), d.unanswered.withheld ? fewer() : QString::number(d.unanswered.count),
                         d.unanswered.withheld ? QString() : QStringLiteral("%1%").arg(d.unanswered.percent())});
            h(3, d.dimension.label.in(lang));
            bars(t("Deelnemers naar %1", "Participants by %1").arg(d.dimension.label.in(lang).toLower()), chart);
            table(QStringLiteral("%1 (%2)").arg(d.dimension.label.in(lang), people(summary.reach.participants)),
                  {t("Groep", "Group"), t("Aantal", "Count"), t("Aandeel", "Share")}, rows);
        }
    }

    void representativenessSection()
    {
        h(2, t("Afspiegeling", "Representativeness"));
        p(t("We vergelijken de deelnemers met de inwoners (referentiejaar %1). De score is 1 min de totale-variatieafstand: 1 is een "
            "perfecte afspiegeling, 0 helemaal geen.",
            "We compare the participants with the residents (reference year %1). The score is 1 minus the total variation distance: 1 is a "
            "perfect reflection, 0 none at all.")
              .arg(summary.representativeness.referenceYear));
        for (const RepresentativeDimension &d : summary.representativeness.dimensions) {
            h(3, d.label.in(lang));
            if (!d.hasReference) {
                p(t("Voor deze vraag heeft het inhoudspakket geen cijfers over de inwoners: we kunnen de afspiegeling niet berekenen.",
                    "The content pack has no figures about the residents for this question: representativeness cannot be computed."));
                continue;
            }
            if (d.withheld) {
                p(t("Te weinig deelnemers om iets te zeggen.", "Too few participants to say anything."));
                continue;
            }
            p(t("Score %1 (n = %2).", "Score %1 (n = %2).").arg(locale().toString(d.score, 'f', 2)).arg(d.n));
            for (const QString &sentence : d.underRepresented)
                p(sentence);
            QList<QStringList> rows;
            for (const RepresentativeGroup &g : d.groups)
                rows.append({g.label, g.withheld ? fewer() : percentText(g.participantShare, lang), percentText(g.populationShare, lang),
                             g.withheld ? QString() : locale().toString(g.ratio, 'f', 2)});
            table(QStringLiteral("%1 (n = %2)").arg(d.label.in(lang)).arg(d.n),
                  {t("Groep", "Group"), t("Deelnemers", "Participants"), t("Inwoners", "Residents"), t("Verhouding", "Ratio")}, rows);
        }
    }

    void activitySection(const ActivityResult &a)
    {
        const Activity *activity = pack.activity(a.id);
        h(4, activity ? activity->title.in(lang) : a.id);
        if (a.withheld) {
            p(t("Minder dan 5 antwoorden: niet getoond.", "Fewer than 5 answers: not shown."));
            return;
        }
        if (a.kind == Kind::Values || a.kind == Kind::Dots) {
            QList<std::pair<QString, double>> chart;
            QList<QStringList> rows;
            for (const Share &s : a.shares) {
                chart.append({label(a.id, s.id), double(s.percent())});
                rows.append({label(a.id, s.id), QString::number(s.count), QStringLiteral("%1%").arg(s.percent())});
            }
            bars(QStringLiteral("%1 (%2)").arg(activity ? activity->title.in(lang) : a.id, people(a.n)), chart);
            table(people(a.n), {t("Keuze", "Choice"), a.kind == Kind::Dots ? t("Stippen", "Dots") : t("Gekozen", "Chosen"),
                                t("Aandeel", "Share")}, rows);
        } else if (a.kind == Kind::Ranking) {
            QList<QStringList> rows;
            for (const RankItem &r : a.ranking)
                rows.append({label(a.id, r.id), QString::number(r.points), QStringLiteral("%1%").arg(r.firstPercent()),
                             locale().toString(r.meanPosition, 'f', 1)});
            p(t("Volgorde naar Borda-punten: eerste plaats levert het meeste op.", "Order by Borda points: first place earns the most."));
            table(people(a.n), {t("Keuze", "Choice"), t("Punten", "Points"), t("Op één", "Ranked first"), t("Gemiddelde plaats", "Mean position")},
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
                rows.append({name, QString::number(a.dilemma->histogram[i])});
            }
            bars(QStringLiteral("%1 (%2)").arg(activity ? activity->title.in(lang) : a.id, people(a.n)), chart);
            table(people(a.n), {t("Positie", "Position"), t("Aantal", "Count")}, rows);
            p(a.dilemma->split ? t("De groep is verdeeld in twee kampen.", "The group is split into two camps.")
                               : t("De groep is niet in twee kampen verdeeld.", "The group is not split into two camps."));
        } else if (a.ideas) {
            QList<QStringList> rows;
            for (const Share &s : a.ideas->byKind)
                rows.append({label(a.id, s.id), QString::number(s.count), QStringLiteral("%1%").arg(s.percent())});
            table(t("%1 ideeën naar soort", "%1 ideas by kind").arg(a.ideas->count), {t("Soort", "Kind"), t("Aantal", "Count"), t("Aandeel", "Share")}, rows);
            rows.clear();
            for (const Share &s : a.ideas->byTheme)
                rows.append({label(a.id, s.id), QString::number(s.count), QStringLiteral("%1%").arg(s.percent())});
            table(t("%1 ideeën naar thema", "%1 ideas by theme").arg(a.ideas->count), {t("Thema", "Theme"), t("Aantal", "Count"), t("Aandeel", "Share")}, rows);
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
                row << (s.withheld ? QString() : QString::number(s.overall.agree)) << (s.withheld ? QString() : QString::number(s.overall.disagree))
                    << (s.withheld ? QString() : QString::number(s.overall.pass)) << (s.withheld ? QString() : QString::number(s.overall.important));
                rows.append(row);
            }
            QStringList header{t("Stelling", "Statement"), t("Eens", "Agree")};
            if (weighted)
                header << t("Gewogen", "Weighted");
            header << t("Eens (aantal)", "Agree (count)") << t("Oneens (aantal)", "Disagree (count)") << t("Sloeg over", "Passed")
                   << t("Belang\u00ADrijk", "Impor\u00ADtant");  // soft hyphens: a narrow column breaks there
            table(people(a.n), header, rows);
        } else if (a.satisfaction) {
            QList<std::pair<QString, double>> chart;
            for (int i = 0; i < 5; ++i)
                chart.append({QString::number(i + 1), 100.0 * a.satisfaction->histogram[i] / std::max(a.satisfaction->count, 1)});
            bars(QStringLiteral("%1 (%2)").arg(activity ? activity->title.in(lang) : a.id, people(a.n)), chart);
        }
    }

    void resultsSection()
    {
        h(2, t("Resultaten per fase", "Results per phase"));
        for (const Phase &phase : pack.phases) {
            bool any = false;
            for (const ActivityResult &a : summary.activities)
                any = any || a.phase == phase.id;
            if (!any)
                continue;
            h(3, QStringLiteral("%1 %2: %3").arg(t("Fase", "Phase")).arg(phase.number).arg(phase.title.in(lang)));
            bool shown = false;
            for (const ActivityResult &a : summary.activities)
                shown = shown || (a.phase == phase.id && !a.withheld);
            if (!shown && phase.status == QLatin1String("upcoming")) {
                // Nothing asked yet: say so, not "fewer than 5 answers" per activity.
                p(t("Deze fase komt nog.", "This phase is still to come.") + QLatin1Char(' ') + phase.whatHappens.in(lang));
                continue;
            }
            for (const ActivityResult &a : summary.activities)
                if (a.phase == phase.id)
                    activitySection(a);
        }
    }

    void tensionSection()
    {
        h(2, t("Eensgezind en waar het schuurt", "Consensus and tension points"));
        p(t("Per stelling kijken we of groepen (kanaal, kern, leeftijd, relatie) het eens zijn. Eensgezind: in elke groep is 60% of meer "
            "het eens (of oneens). Het schuurt: in de ene groep is een meerderheid het eens, in de andere oneens, 30 procentpunten of meer uit elkaar.",
            "For every statement we look at whether groups (channel, village, age, relation) agree. Consensus: 60% or more agree (or "
            "disagree) in every group. Tension: a majority agrees in one group and disagrees in another, 30 points or more apart."));
        for (bool consensus : {true, false}) {
            h(3, consensus ? t("Eensgezind", "Consensus") : t("Waar het schuurt", "Where it chafes"));
            const auto list = statementsWhere(consensus);
            if (list.isEmpty()) {
                p(consensus ? t("Er is geen stelling waar alle groepen het duidelijk over eens zijn.",
                                "There is no statement on which every group clearly agrees.")
                            : t("Er is geen stelling waar groepen duidelijk tegenover elkaar staan.",
                                "There is no statement on which groups clearly stand against each other."));
                continue;
            }
            for (const auto &[activity, s] : list) {
                QList<QStringList> rows;
                for (const StatementDimension &d : s->byDimension)
                    for (const GroupStatement &g : d.groups)
                        if (const Dimension *dim = dimension(d.dimension))
                            rows.append({QStringLiteral("%1: %2").arg(dim->label.in(lang), groupLabel(pack, *dim, g.group, lang)),
                                         g.withheld ? fewer() : QStringLiteral("%1%").arg(g.tally.agreePercent()),
                                         g.withheld ? QString() : QString::number(g.tally.answered())});
                table(QStringLiteral("\"%1\" (%2% %3, n = %4)").arg(label(activity, s->overall.id)).arg(s->overall.agreePercent())
                          .arg(t("eens", "agree")).arg(s->overall.answered()),
                      {t("Groep", "Group"), t("Eens", "Agree"), QStringLiteral("n")}, rows);
            }
        }
    }

    void satisfactionSection()
    {
        for (const ActivityResult &a : summary.activities) {
            if (!a.satisfaction)
                continue;
            h(2, t("Tevredenheid over het meedoen", "Satisfaction with taking part"));
            QList<QStringList> rows;
            const Dimension *channel = dimension(QStringLiteral("channel"));
            rows.append({t("Iedereen", "Everyone"), number(a.satisfaction->count), locale().toString(a.satisfaction->mean, 'f', 1),
                         QStringLiteral("%1%").arg(a.satisfaction->satisfiedPercent())});
            for (const GroupSatisfaction &g : a.satisfactionByChannel)
                rows.append({channel ? groupLabel(pack, *channel, g.channel, lang) : g.channel, g.withheld ? fewer() : number(g.tally.count),
                             g.withheld ? QString() : locale().toString(g.tally.mean, 'f', 1),
                             g.withheld ? QString() : QStringLiteral("%1%").arg(g.tally.satisfiedPercent())});
            table(t("Tevredenheid per kanaal (1 tot 5)", "Satisfaction by channel (1 to 5)"),
                  {t("Kanaal", "Channel"), QStringLiteral("n"), t("Gemiddeld", "Mean"), t("4 of 5", "4 or 5")}, rows);
        }
    }

    void methodSection()
    {
        h(2, t("Methode en grenzen", "Method and limits"));
        p(t("Iedereen kon meedoen: bij een zuil, in een bijeenkomst, op een evenement of op papier. De deelnemers zijn dus geen "
            "steekproef: wie meedoet, kiest daar zelf voor. Daarom laten we zien wie we wel en niet bereikt hebben.",
            "Anyone could take part: at a kiosk, in a workshop, at an event or on paper. The participants are therefore not a sample: "
            "they chose to take part. That is why we show whom we did and did not reach."));
        p(t("Wie een antwoord veranderde, telt één keer mee, met het laatste antwoord. Bij elk cijfer staat over hoeveel mensen (n) het gaat. "
            "Cijfers over minder dan 5 mensen tonen we nergens, zodat niemand te herkennen is.",
            "Someone who changed an answer counts once, with the latest answer. Every figure states how many people (n) it is about. "
            "Figures about fewer than 5 people are never shown, so no one can be recognised."));
        p(t("Bij stellingen staat naast het gewone percentage een gewogen percentage: zo tellen kernen die minder meededen zwaarder mee. "
            "Gewichten zijn begrensd tot 3 keer. De teksten van ideeën staan niet in dit verslag: ze worden eerst gelezen en staan in de export voor de gemeente.",
            "For statements a weighted percentage is given next to the plain one: villages that took part less count more. Weights are "
            "capped at 3 times. The texts of ideas are not in this report: they are read first and are in the export for the municipality."));
    }
};

} // namespace

Document buildWorkshop(const ContentPack &pack, const results::Summary &summary, const Workshop &workshop)
{
    Writer w{pack, summary, summary.language, {}, {}};
    const QString title = workshop.title.isEmpty() ? w.t("Verslag van de bijeenkomst", "Workshop report")
                                                   : w.t("Verslag: %1", "Workshop report: %1").arg(workshop.title);
    w.html += QStringLiteral("<h1>%1</h1>\n").arg(Writer::esc(title));
    const QLocale locale = w.locale();
    auto when = [&](const QString &iso) {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        return t.isValid() ? locale.toString(t.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm")) : QString();
    };
    QStringList facts;
    if (!workshop.kern.isEmpty())
        facts << w.t("Kern: %1.", "Village: %1.").arg(workshop.kern);
    if (const QString start = when(workshop.startedAt); !start.isEmpty())
        facts << w.t("Begonnen: %1.", "Started: %1.").arg(start);
    if (const QString end = when(workshop.endedAt); !end.isEmpty())
        facts << w.t("Afgesloten: %1.", "Ended: %1.").arg(end);
    facts << w.t("%1. %2. Versie van het inhoudspakket: %3.", "%1. %2. Content pack version: %3.")
                 .arg(pack.title.in(summary.language), pack.municipality.in(summary.language), pack.version);
    w.p(facts.join(QLatin1Char(' ')));
    w.h(2, w.t("Aantallen", "Counts"));
    w.table(w.t("De bijeenkomst in aantallen", "The workshop in numbers"), {w.t("Wat", "What"), w.t("Aantal", "Count")},
            {{w.t("Deelnemers", "Participants"), w.number(summary.reach.participants)},
             {w.t("Antwoorden ontvangen", "Answers received"), w.number(workshop.contributions)},
             {w.t("Tablets", "Tablets"), w.number(workshop.tablets)}});
    w.summarySection();
    w.reachSection();
    w.resultsSection();
    w.methodSection();
    return w.done(title);
}

Document build(const ContentPack &pack, const results::Summary &summary)
{
    Writer w{pack, summary, summary.language, {}, {}};
    const QString title = w.t("Wat inwoners zeiden", "What residents said");
    w.html += QStringLiteral("<h1>%1</h1>\n").arg(Writer::esc(title));
    w.p(QStringLiteral("%1. %2, %3. %4")
            .arg(pack.title.in(summary.language), pack.municipality.in(summary.language),
                 QLocale(summary.language == QLatin1String("en") ? QLocale::English : QLocale::Dutch).toString(QDate::currentDate(), QLocale::LongFormat),
                 w.t("Versie van het inhoudspakket: %1.", "Content pack version: %1.").arg(pack.version)));
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
    text.setDefaultStyleSheet(QStringLiteral("h1,h2,h3{color:#1B5E3B} th{background:#e8f0ea}"));
    for (const Chart &c : document.charts)
        text.addResource(QTextDocument::ImageResource, QUrl(c.name), c.image);
    QString body = document.body;
    // QTextDocument knows no <figure>: a paragraph with the caption under the chart.
    // Image and table sizes are CSS pixels (96 per inch) on the writer's resolution: 600 fills
    // most of the A4 text width. A <thead> would be repeated after a page break, on top of the
    // next page's first lines: plain rows on paper.
    body.replace(QStringLiteral("<thead>"), QString());
    body.replace(QStringLiteral("</thead>"), QString());
    body.replace(QStringLiteral("<figure>"), QStringLiteral("<p>"));
    body.replace(QStringLiteral("</figure>"), QStringLiteral("</p>"));
    body.replace(QStringLiteral("<figcaption>"), QStringLiteral("<br/><i>"));
    body.replace(QStringLiteral("</figcaption>"), QStringLiteral("</i>"));
    text.setHtml(page(document, body).replace(QStringLiteral("line-height:1.5"), QStringLiteral("line-height:1.2")));
    text.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
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
