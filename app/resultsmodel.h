#pragma once
// The thank-you screen's glimpse of what others said: the most chosen values, the statement
// most agree with, and the one that divides people most ("het schuurt"). Which rows, and
// whether there are enough answers to show them, is the results engine's choice
// (results::glimpse); this model only presents them in the participant's language.

#include "devicemodel.h"
#include "results.h"

#include <QColor>

namespace samenspraak {

class AppContext;

class ResultsModel : public DeviceModel {
    Q_OBJECT
    Q_PROPERTY(int participants READ participants NOTIFY refreshed)
    Q_PROPERTY(int count READ count NOTIFY refreshed)
    // How many values to show.
    Q_PROPERTY(int topValues READ topValues WRITE setTopValues NOTIFY refreshed)

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
    const QList<results::GlimpseRow> &rows() const { return m_rows; }

    // Counts again (the thank-you screen calls it when it opens).
    Q_INVOKABLE void refresh();

signals:
    void refreshed();

private:
    void contextChanged() override { refresh(); }
    void languageChanged() override;
    QString label(const results::GlimpseRow &row) const;

    QList<results::GlimpseRow> m_rows;
    int m_participants = 0;
    int m_topValues = 3;
};

} // namespace samenspraak
