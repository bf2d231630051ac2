#pragma once
// The UI's own controllers (flow, inactivity, facilitator menu) for one AppContext. Made
// on first use and owned by the AppContext as a child, so a test's fresh context gets
// fresh controllers. The QML singletons' create() functions hand these out.

#include <QJSEngine>
#include <QObject>

#include <memory>

namespace samenspraak {

class AppContext;
class FlowController;
class IdleGuard;
class FacilitatorController;

class UiContext : public QObject {
    Q_OBJECT
public:
    ~UiContext() override;

    // The controllers of AppContext::current().
    static UiContext &current();
    static UiContext &of(AppContext &context);

    FlowController &flow() { return *m_flow; }
    IdleGuard &idle() { return *m_idle; }
    FacilitatorController &facilitator() { return *m_facilitator; }

    template <typename T>
    static T *exposeToQml(T *object)
    {
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
        return object;
    }

private:
    explicit UiContext(AppContext &context);
    void updateIdleMode();

    std::unique_ptr<IdleGuard> m_idle;
    std::unique_ptr<FlowController> m_flow;
    std::unique_ptr<FacilitatorController> m_facilitator;
};

} // namespace samenspraak
