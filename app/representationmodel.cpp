#include "representationmodel.h"

#include "appcontext.h"
#include "store.h"

namespace samenspraak {

RepresentationModel::RepresentationModel(QObject *parent) : DeviceModel(parent) {}

void RepresentationModel::refresh()
{
    beginResetModel();
    m_brief = {};
    if (context())
        m_brief = results::representationBrief(context()->pack(), results::Round(context()->store().contributions()),
                                               context()->language());
    endResetModel();
    emit refreshed();
}

int RepresentationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_brief.groups.size());
}

QVariant RepresentationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_brief.groups.size())
        return {};
    const results::RepresentationBrief::Group &g = m_brief.groups.at(index.row());
    switch (role) {
    case LabelRole: return g.label;
    case LineRole: return g.line;
    case UnderRole: return g.under;
    }
    return {};
}

QHash<int, QByteArray> RepresentationModel::roleNames() const
{
    return {{LabelRole, "label"}, {LineRole, "line"}, {UnderRole, "under"}};
}

} // namespace samenspraak
