#include "hubmodel.h"

#include "appcontext.h"
#include "roomcontroller.h"
#include "roomhub.h"
#include "services.h"
#include "uicontext.h"

namespace samenspraak {

HubModel::HubModel(QObject *parent) : QAbstractListModel(parent)
{
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, [this] { refresh(); });
}

void HubModel::classBegin()
{
    const Services *services = servicesFor(this);
    if (!services)
        return;
    if (AppContext *app = services->app) {
        m_language = app->language();
        connect(app, &AppContext::languageChanged, this, [this, app] { setLanguage(app->language()); });
    }
    if (services->hub || !services->ui) {
        setHub(services->hub);
        return;
    }
    // The app: the hub is the one the facilitator menu starts (RoomController), made anew per room.
    RoomController *room = &services->ui->room();
    connect(room, &RoomController::roleChanged, this, [this, room] { setHub(room->hub()); });
    setHub(room->hub());
}

void HubModel::setHub(RoomHub *hub)
{
    if (m_hub == hub)
        return;
    if (m_hub)
        disconnect(m_hub, nullptr, this, nullptr);
    m_hub = hub;
    if (m_hub) {
        connect(m_hub, &RoomHub::contentsChanged, this, &HubModel::schedule);
        connect(m_hub, &RoomHub::runningChanged, this, &HubModel::schedule);
    }
    refresh();
}

RoomHub *HubModel::hub() const
{
    return m_hub;
}

bool HubModel::running() const
{
    return m_hub && m_hub->isRunning() && m_hub->moderation();
}

void HubModel::setLanguage(const QString &language)
{
    const QString chosen = language == QLatin1String("en") ? language : QStringLiteral("nl");
    if (chosen == m_language)
        return;
    m_language = chosen;
    emit languageChanged();
    refresh();
}

void HubModel::schedule()
{
    if (!m_refresh.isActive())
        m_refresh.start(0);
}

} // namespace samenspraak
