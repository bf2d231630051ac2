#include "devicemodel.h"

#include "appcontext.h"
#include "services.h"

namespace samenspraak {

void DeviceModel::classBegin()
{
    if (!m_context)
        if (const Services *services = servicesFor(this))
            setContext(services->app);
}

void DeviceModel::setContext(AppContext *context)
{
    if (context == m_context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (m_context)
        connect(m_context, &AppContext::languageChanged, this, &DeviceModel::languageChanged);
    contextChanged();
}

} // namespace samenspraak
