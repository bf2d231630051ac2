#include "uicontext.h"

#include "appcontext.h"
#include "facilitatorcontroller.h"
#include "flowcontroller.h"
#include "idleguard.h"
#include "readaloud.h"
#include "roomcontroller.h"

#include <QCoreApplication>

namespace samenspraak {

UiContext::UiContext(AppContext &context)
    : QObject(&context), m_idle(std::make_unique<IdleGuard>(nullptr)), m_flow(std::make_unique<FlowController>(context)),
      m_facilitator(std::make_unique<FacilitatorController>(context)),
      m_readAloud(std::make_unique<ReadAloud>(context, *m_flow)),
      m_room(std::make_unique<RoomController>(context, *m_flow))
{
    setObjectName(QStringLiteral("samenspraak-ui"));
    // Every session starts in the default language. Only now: a language change re-evaluates
    // QML, which may ask for these controllers, and they are all there by this line.
    context.setLanguage(m_flow->defaultLanguage());
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(m_idle.get());
    // A quiet kiosk forgets its participant, and locks a facilitator menu left open.
    connect(m_idle.get(), &IdleGuard::expired, this, [this] {
        m_facilitator->lock();
        m_flow->reset();
        updateIdleMode();
    });
    connect(m_flow.get(), &FlowController::stepChanged, this, &UiContext::updateIdleMode);
    connect(m_facilitator.get(), &FacilitatorController::openChanged, this, &UiContext::updateIdleMode);
    // Staff are slower than a passer-by and talk in between: a workshop waits longer.
    auto applyMode = [this] { m_idle->setIdleSeconds(m_facilitator->mode() == QLatin1String("workshop") ? 300 : 60); };
    connect(m_facilitator.get(), &FacilitatorController::modeChanged, this, applyMode);
    applyMode();
    updateIdleMode();
}

UiContext::~UiContext()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(m_idle.get());
}

UiContext &UiContext::of(AppContext &context)
{
    if (auto *existing = context.findChild<UiContext *>(QStringLiteral("samenspraak-ui"), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new UiContext(context);
}

void UiContext::updateIdleMode()
{
    const QString screen = m_flow->screen();
    if (m_facilitator->isOpen() || (screen != QLatin1String("attract") && screen != QLatin1String("thanks")))
        m_idle->setMode(IdleGuard::Mode::Session);
    else if (screen == QLatin1String("thanks"))
        m_idle->setMode(IdleGuard::Mode::Closing);
    else
        m_idle->setMode(IdleGuard::Mode::Off);
}

} // namespace samenspraak
