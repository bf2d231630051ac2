#pragma once
// The UI's own controllers (flow, inactivity, facilitator menu, reading aloud) for one AppContext. Made
// on first use and owned by the AppContext as a child, so a test's fresh context gets
// fresh controllers. The QML singletons hand these out through the engine's services.

#include <QObject>

#include <memory>

namespace samenspraak {

class AppContext;
class FlowController;
class IdleGuard;
class FacilitatorController;
class ReadAloud;
class RoomController;

class UiContext : public QObject {
    Q_OBJECT
public:
    ~UiContext() override;

    // The UI controllers of this device: made on first use, owned by the context.
    static UiContext &of(AppContext &context);

    FlowController &flow() { return *m_flow; }
    IdleGuard &idle() { return *m_idle; }
    FacilitatorController &facilitator() { return *m_facilitator; }
    // Without a speech engine until one is passed in (ReadAloud::setSpeech).
    ReadAloud &readAloud() { return *m_readAloud; }
    // The workshop room: this tablet as hub or member (facilitator menu).
    RoomController &room() { return *m_room; }

private:
    explicit UiContext(AppContext &context);
    void updateIdleMode();

    std::unique_ptr<IdleGuard> m_idle;
    std::unique_ptr<FlowController> m_flow;
    std::unique_ptr<FacilitatorController> m_facilitator;
    std::unique_ptr<ReadAloud> m_readAloud;
    std::unique_ptr<RoomController> m_room;
};

} // namespace samenspraak
