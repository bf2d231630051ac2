#include "services.h"

#include <QQmlEngine>

namespace samenspraak {

namespace {

// Lives as a child of its engine, so it goes when the engine goes.
class ServicesHolder : public QObject {
public:
    ServicesHolder(const Services &services, QObject *engine) : QObject(engine), services(services)
    {
        setObjectName(QStringLiteral("samenspraak-services"));
    }
    Services services;
};

ServicesHolder *holderOf(QQmlEngine *engine)
{
    if (!engine)
        return nullptr;
    return static_cast<ServicesHolder *>(engine->findChild<QObject *>(QStringLiteral("samenspraak-services"), Qt::FindDirectChildrenOnly));
}

} // namespace

void provideServices(QQmlEngine &engine, const Services &services)
{
    if (ServicesHolder *existing = holderOf(&engine))
        existing->services = services;
    else
        new ServicesHolder(services, &engine);
}

const Services *servicesOf(QQmlEngine *engine)
{
    ServicesHolder *holder = holderOf(engine);
    return holder ? &holder->services : nullptr;
}

const Services *servicesFor(const QObject *object)
{
    return servicesOf(qmlEngine(object));
}

} // namespace samenspraak
