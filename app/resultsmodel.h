#pragma once
// The thank-you screen's glimpse of what others said: the most chosen values, the statement
// most agree with, and the one that divides people most ("het schuurt"). Which rows, and
// whether there are enough answers to show them, is the results engine's choice
// (results::glimpse); this model only presents them in the participant's language.
// The attract screen counts in the background (`background`, `active`): it is the app's first
// frame, and counting reads every answer on the device.

#include "devicemodel.h"
#include "results.h"

#include <QColor>
#include <QFutureWatcher>

#include <memory>

namespace samenspraak {

class AppContext;

class ResultsModel : public DeviceModel {
    Q_OBJECT
    Q_PROPERTY(int participants READ participants NOTIFY refreshed)
    Q_PROPERTY(int count READ count NOTIFY refreshed)
    // How many values to show.
    Q_PROPERTY(int topValues READ topValues WRITE setTopValues NOTIFY refreshed)
    // Counts on a worker thread (its own read-only connection to the store); the rows come
    // when it is done, until then the model keeps what it showed (empty at first).
    Q_PROPERTY(bool background READ background WRITE setBackground NOTIFY backgroundChanged)
    // While false nothing is counted: the attract screen sets it once its first frame is up.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // A background count is running.
    Q_PROPERTY(bool counting READ counting NOTIFY countingChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, LabelRole, PercentRole, CountRole, OfRole, ColourRole, TextColourRole, SentenceRole };

    explicit ResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int participants() const { return m_participants; }
    int count() const { return int(m_rows.size()); }
    int topValues() const { return m_topValues; }
    void setTopValues(int n);
    bool background() const { return m_background; }
    void setBackground(bool on);
    bool active() const { return m_active; }
    void setActive(bool on);
    bool counting() const { return m_counting != nullptr; }
    const QList<results::GlimpseRow> &rows() const { return m_rows; }

    // Counts again (the thank-you screen calls it when it opens).
    Q_INVOKABLE void refresh();

    // Made by QML: counts once every property is set (not once per property).
    void classBegin() override;
    void componentComplete() override;

signals:
    void refreshed();
    void backgroundChanged();
    void activeChanged();
    void countingChanged();

private:
    struct Counted {
        int participants = 0;
        QList<results::GlimpseRow> rows;
    };
    void contextChanged() override { refresh(); }
    void languageChanged() override;
    QString label(const results::GlimpseRow &row) const;
    void countInBackground();
    void show(Counted counted);

    QList<results::GlimpseRow> m_rows;
    int m_participants = 0;
    int m_topValues = 3;
    bool m_background = false;
    bool m_active = true;
    bool m_completing = false;  // between classBegin and componentComplete
    // The count running in the background; a newer one replaces it (the older result is dropped).
    std::unique_ptr<QFutureWatcher<Counted>> m_counting;
};

} // namespace samenspraak
