#pragma once
// The thank-you screen's glimpse of what others said: the most chosen values, the
// statement most agree with, and the one that divides people most ("het schuurt").
// Figures come from results.cpp; an activity with too few answers shows nothing.

#include <QAbstractListModel>
#include <QColor>
#include <QtQml/qqmlregistration.h>

namespace samenspraak {

class ResultsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int participants READ participants NOTIFY refreshed)
    Q_PROPERTY(int count READ count NOTIFY refreshed)
    // How many values to show.
    Q_PROPERTY(int topValues READ topValues WRITE setTopValues NOTIFY refreshed)

public:
    enum Role { KindRole = Qt::UserRole + 1, LabelRole, PercentRole, CountRole, OfRole, ColourRole, TextColourRole };

    struct Row {
        QString kind;  // "value", "agree" (most agreed statement), "divided" (closest to half-half)
        QString id;
        QString activityId;
        int percent = 0;
        int count = 0;
        int of = 0;
    };

    explicit ResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int participants() const { return m_participants; }
    int count() const { return int(m_rows.size()); }
    int topValues() const { return m_topValues; }
    void setTopValues(int n);
    const QList<Row> &rows() const { return m_rows; }

    // Counts again (the thank-you screen calls it when it opens).
    Q_INVOKABLE void refresh();

signals:
    void refreshed();

private:
    QList<Row> m_rows;
    int m_participants = 0;
    int m_topValues = 3;
};

} // namespace samenspraak
