import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// A full disk: saving fails with a clear error, the screen says so and does not move on,
// what was saved before stays intact, and once there is room again the same answer saves.
TestCase {
    id: test
    name: "DiskFull"
    visible: true  // a TestCase is hidden by default; clicks only reach visible items
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: screenComponent
        ScreenValues { activityId: "waarden"; width: 1920; height: 1080 }
    }

    SignalSpy { id: doneSpy; signalName: "done" }

    function init() {
        Participation.end()
    }

    function cleanup() {
        Probe.unfillStore()
    }

    // The visible text item on the screen that shows exactly `wanted`, or null.
    function shownText(item, wanted) {
        if (item.visible === false)
            return null
        if (item.text !== undefined && item.text === wanted && item.width > 0 && item.height > 0)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = shownText(item.children[i], wanted)
            if (found !== null)
                return found
        }
        return null
    }

    function test_full_store_is_shown_and_nothing_moves_on() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        const button = findChild(screen, "continueButton")

        // A first answer, saved while there is room.
        mouseClick(findChild(screen, "value-0"))
        mouseClick(findChild(screen, "value-1"))
        mouseClick(button)
        compare(doneSpy.count, 1)
        compare(Participation.lastError, "")
        const savedBefore = Probe.contributionCount()
        const earlier = Probe.payloadAt(savedBefore - 1)
        compare(earlier.picks, ["dynamiek", "erbij-horen"])

        // The disk fills up.
        const filler = Probe.fillStore()
        verify(filler >= 0, "the store was filled")

        // The participant changes the answer; moving on now fails: the reason is on the
        // screen, the screen stays.
        mouseClick(findChild(screen, "value-2"))
        mouseClick(button)
        compare(doneSpy.count, 1, "the screen did not move on")
        verify(Participation.lastError.startsWith("The storage is full while saving an answer; this was not saved. "
                                                  + "Earlier answers are safe."), Participation.lastError)
        waitForRendering(screen)
        // The resident reads a plain Dutch sentence; the technical one stays off their screen.
        compare(Participation.residentError,
                "Dit antwoord is niet bewaard. Je eerdere antwoorden zijn wel bewaard. Meld dit bij een medewerker.")
        verify(shownText(screen, Participation.residentError) !== null, "the error is shown on the screen")
        compare(shownText(screen, Participation.lastError), null, "the technical reason is not shown to the resident")
        compare(Probe.contributionCount(), savedBefore + filler, "nothing half-saved")

        // Earlier data intact.
        compare(Probe.integrityCheck(), "ok")
        compare(Probe.payloadAt(savedBefore - 1), earlier)

        // Space again: the same answer saves, the error goes away and the screen moves on.
        Probe.unfillStore()
        mouseClick(button)
        compare(doneSpy.count, 2)
        compare(Participation.lastError, "")
        compare(Participation.residentError, "")
        compare(Probe.contributionCount(), savedBefore + filler + 1)
        compare(Probe.lastPayload().picks, ["dynamiek", "erbij-horen", "respect"])
        compare(shownText(screen, "The storage is full while saving an answer; this was not saved. Earlier answers are safe. "
                                  + "Free up space on the device."), null)
    }
}
