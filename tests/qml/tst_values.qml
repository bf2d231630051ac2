import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The values palette: picks, the limit, and the payload committed when moving on.
TestCase {
    id: test
    name: "ValuesScreen"
    visible: true  // a TestCase is hidden by default; clicks only reach visible items
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: screenComponent
        ScreenValues { activityId: "waarden"; width: 1920; height: 1080 }
    }

    SignalSpy { id: doneSpy; signalName: "done" }
    SignalSpy { id: limitSpy; signalName: "limitReached" }

    function init() {
        Participation.end()
    }

    function card(screen, row) {
        const found = findChild(screen, "value-" + row)
        verify(found !== null, "value card " + row + " exists")
        return found
    }

    function test_picks_and_limit() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        const model = screen.model
        compare(model.rowCount(), 8)
        compare(model.maxPicks, 3)
        const button = findChild(screen, "continueButton")
        verify(!button.enabled, "cannot continue without a pick")

        mouseClick(card(screen, 0))
        mouseClick(card(screen, 2))
        mouseClick(card(screen, 3))
        compare(model.pickedCount, 3)
        verify(button.enabled)

        // A fourth pick is refused: the count stays at the limit.
        limitSpy.target = model
        limitSpy.clear()
        mouseClick(card(screen, 5))
        compare(model.pickedCount, 3)
        compare(limitSpy.count, 1)
        verify(!findChild(screen, "value-5").checked)

        // Unpicking frees a place.
        mouseClick(card(screen, 2))
        compare(model.pickedCount, 2)
        mouseClick(card(screen, 5))
        compare(model.pickedCount, 3)
    }

    function test_payload_committed_on_continue() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        const before = Probe.contributionCount()
        mouseClick(card(screen, 1))
        mouseClick(card(screen, 3))
        mouseClick(findChild(screen, "continueButton"))
        compare(doneSpy.count, 1)
        compare(Probe.contributionCount(), before + 1)
        compare(Probe.lastActivity(), "waarden")
        compare(Probe.lastPayload().picks, ["erbij-horen", "noaberschap"])
    }
}
