#pragma once
// Reach and representativeness of what this device holds, for the facilitator menu: how many
// took part, how the kernen compare with the residents, and whom to go and find. The figures
// and their words are the results engine's (results::representationBrief, the same lines as
// `samenspraak-server reach`); the minimum group of five is applied there.

#include "devicemodel.h"
#include "resultssummary.h"

#include <QStringList>

namespace samenspraak {

class RepresentationModel : public DeviceModel {
    Q_OBJECT
    Q_PROPERTY(int participants READ participants NOTIFY refreshed)
    // Participants whose answer counts towards a kern (0 while fewer than five did).
    Q_PROPERTY(int n READ n NOTIFY refreshed)
    Q_PROPERTY(bool hasReference READ hasReference NOTIFY refreshed)
    Q_PROPERTY(bool withheld READ withheld NOTIFY refreshed)
    Q_PROPERTY(QString summary READ summary NOTIFY refreshed)
    Q_PROPERTY(QStringList missing READ missing NOTIFY refreshed)
    Q_PROPERTY(QString rule READ rule NOTIFY refreshed)

public:
    enum Role { LabelRole = Qt::UserRole + 1, LineRole, UnderRole };

    explicit RepresentationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int participants() const { return m_brief.participants; }
    int n() const { return m_brief.n; }
    bool hasReference() const { return m_brief.hasReference; }
    bool withheld() const { return m_brief.withheld; }
    QString summary() const { return m_brief.summary; }
    QStringList missing() const { return m_brief.missing; }
    QString rule() const { return m_brief.rule; }

    // Counts again from the store (the menu calls it when it opens).
    Q_INVOKABLE void refresh();

signals:
    void refreshed();

private:
    void contextChanged() override { refresh(); }
    void languageChanged() override { refresh(); }

    results::RepresentationBrief m_brief;
};

} // namespace samenspraak
