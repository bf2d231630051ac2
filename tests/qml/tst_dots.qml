import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// Dot-voting: the budget is enforced, dots can be taken back, the allocation is recorded.
TestCase {
    id: test
    name: "DotsScreen"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: screenComponent
        ScreenDots { activityId: "stippen"; width: 1920; height: 1080 }
    }
    SignalSpy { id: doneSpy; signalName: "done" }
    SignalSpy { id: limitSpy; signalName: "limitReached" }

    function init() { Participation.end() }

    function test_budget_enforced_and_payload() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        const model = screen.model
        compare(model.unit, "dots")
        compare(model.budget, 5)
        compare(model.rowCount(), 6)
        compare(Probe.interactiveProblems(screen, 48), [])
        verify(!screen.model.canContinue)

        for (let i = 0; i < 3; ++i)
            mouseClick(findChild(screen, "add-0"))
        mouseClick(findChild(screen, "add-2"))
        mouseClick(findChild(screen, "add-2"))
        compare(model.remaining, 0)
        verify(!findChild(screen, "add-1").enabled, "no dots left to give")
        limitSpy.target = model
        limitSpy.clear()
        verify(!model.add(1))
        compare(limitSpy.count, 1)
        compare(model.spent, 5)

        mouseClick(findChild(screen, "remove-0"))
        compare(model.remaining, 1)
        verify(!model.remove(1), "nothing to take back from an option without dots")

        mouseClick(findChild(screen, "continueButton"))
        compare(doneSpy.count, 1)
        compare(Probe.lastActivity(), "stippen")
        const ids = [model.data(model.index(0, 0), Qt.UserRole + 1), model.data(model.index(2, 0), Qt.UserRole + 1)]
        const expected = {}
        expected[ids[0]] = 2
        expected[ids[1]] = 2
        compare(Probe.lastPayload().allocation, expected)
    }
}
