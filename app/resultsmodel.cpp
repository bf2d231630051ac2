#include "resultsmodel.h"

#include "appcontext.h"
#include "contrast.h"
#include "store.h"
#include "storereader.h"

#include <QPromise>
#include <QThreadPool>

namespace samenspraak {

ResultsModel::ResultsModel(QObject *parent) : DeviceModel(parent) {}

void ResultsModel::classBegin()
{
    m_completing = true;
    DeviceModel::classBegin();
}

void ResultsModel::componentComplete()
{
    m_completing = false;
    refresh();
}

void ResultsModel::setBackground(bool on)
{
    if (on == m_background)
        return;
    m_background = on;
    emit backgroundChanged();
}

void ResultsModel::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    emit activeChanged();
    if (m_active)
        refresh();
}

void ResultsModel::languageChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {LabelRole, SentenceRole});
}

void ResultsModel::setTopValues(int n)
{
    if (n < 0 || n == m_topValues)
        return;
    m_topValues = n;
    refresh();
}

void ResultsModel::refresh()
{
    if (m_completing || !m_active)
        return;
    if (m_background && context())
        return countInBackground();
    Counted counted;
    if (context()) {
        const results::Round round(context()->store().contributions());
        counted = {round.participants(), results::glimpse(context()->pack(), round, m_topValues)};
    }
    show(std::move(counted));
}

void ResultsModel::show(Counted counted)
{
    beginResetModel();
    m_rows = std::move(counted.rows);
    m_participants = counted.participants;
    endResetModel();
    emit refreshed();
}

void ResultsModel::countInBackground()
{
    // The worker gets copies only (the database's path, the pack, the number of values), so it
    // may outlive this model: its result is then dropped with the watcher.
    const QString path = context()->store().path();
    const ContentPack pack = context()->pack();
    const int topValues = m_topValues;
    auto promise = std::make_shared<QPromise<Counted>>();
    promise->start();
    m_counting = std::make_unique<QFutureWatcher<Counted>>();
    QFutureWatcher<Counted> *watcher = m_counting.get();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_counting.get() || watcher->future().resultCount() == 0)
            return;
        m_counting.release()->deleteLater();  // it is inside its own signal
        show(watcher->future().result());
        emit countingChanged();
    });
    watcher->setFuture(promise->future());
    emit countingChanged();
    QThreadPool::globalInstance()->start([promise, path, pack, topValues] {
        const results::Round round(readContributions(path));
        promise->addResult(Counted{round.participants(), results::glimpse(pack, round, topValues)});
        promise->finish();
    });
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ResultsModel::label(const results::GlimpseRow &row) const
{
    const ContentPack &pack = context()->pack();
    if (row.kind == results::GlimpseRow::Kind::Value)
        if (const Option *value = pack.paletteValue(row.id))
            return value->label.in(context()->language());
    if (const Activity *a = pack.activity(row.activityId))
        for (const Option &o : a->options)
            if (o.id == row.id)
                return o.label.in(context()->language());
    return row.id;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!context() || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const results::GlimpseRow &row = m_rows.at(index.row());
    const Option *value = row.kind == results::GlimpseRow::Kind::Value ? context()->pack().paletteValue(row.id) : nullptr;
    switch (role) {
    case KindRole:
        switch (row.kind) {
        case results::GlimpseRow::Kind::Value: return QStringLiteral("value");
        case results::GlimpseRow::Kind::MostAgreed: return QStringLiteral("agree");
        case results::GlimpseRow::Kind::MostDivided: return QStringLiteral("divided");
        }
        return {};
    case LabelRole: return label(row);
    case SentenceRole:
        switch (row.kind) {
        case results::GlimpseRow::Kind::Value:
            //: Thank-you screen: %1 percent of participants picked this value
            return tr("%1% koos deze waarde.").arg(row.percent);
        case results::GlimpseRow::Kind::MostAgreed:
            //: Thank-you screen: the statement most agree with; %1 percent, %2 the statement
            return tr("%1% is het eens met: “%2”").arg(row.percent).arg(label(row));
        case results::GlimpseRow::Kind::MostDivided:
            //: Thank-you screen: the statement that divides people most; %1 percent agreeing, %2 the statement
            return tr("Hierover denken mensen het meest verschillend (%1% eens): “%2”").arg(row.percent).arg(label(row));
        }
        return {};
    case PercentRole: return row.percent;
    case CountRole: return row.count;
    case OfRole: return row.of;
    case ColourRole: return value ? QColor(value->colour) : QColor();
    case TextColourRole: return value ? readableTextOn(QColor(value->colour)) : QColor();
    }
    return {};
}

QHash<int, QByteArray> ResultsModel::roleNames() const
{
    return {{KindRole, "kind"}, {LabelRole, "label"}, {PercentRole, "percent"}, {CountRole, "count"}, {OfRole, "of"},
            {ColourRole, "colour"}, {TextColourRole, "textColour"}, {SentenceRole, "sentence"}};
}

} // namespace samenspraak
