import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The values palette: picks, the limit (the own value counts too), the payload committed
// when moving on, and an earlier answer shown again on coming back.
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
        // The palette is paged when it does not fit: go to the card's page.
        screen.showPageOf(row)
        waitForRendering(screen)
        verify(found.visible, "value card " + row + " is on screen")
        return found
    }

    function test_renders_the_palette_from_the_pack() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        compare(screen.model.rowCount(), 5)
        compare(screen.model.title, "Welke waarden passen bij de toekomst?")
        compare(card(screen, 3).Accessible.name, "Noaberschap. We helpen onze buren, vanzelf.")
        compare(Probe.interactiveProblems(screen, 48), [])
    }

    function test_picks_and_limit() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        const model = screen.model
        compare(model.rowCount(), 5)
        compare(model.maxPicks, 3)
        const button = findChild(screen, "continueButton")
        verify(!model.canContinue, "cannot continue without a pick")

        mouseClick(card(screen, 0))
        mouseClick(card(screen, 2))
        mouseClick(card(screen, 3))
        compare(model.pickedCount, 3)
        verify(model.canContinue)

        // A fourth pick is refused: the count stays at the limit.
        limitSpy.target = model
        limitSpy.clear()
        mouseClick(card(screen, 4))
        compare(model.pickedCount, 3)
        compare(limitSpy.count, 1)
        verify(!findChild(screen, "value-4").checked)
        // ...and so is a value of one's own.
        verify(!findChild(screen, "ownValue").enabled)
        model.ownValue = "Rust"
        compare(model.ownValue, "")
        compare(limitSpy.count, 2)

        // Unpicking frees a place.
        mouseClick(card(screen, 2))
        compare(model.pickedCount, 2)
        mouseClick(card(screen, 4))
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

    function test_own_value_typed() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        mouseClick(card(screen, 0))
        const field = findChild(screen, "ownValue")
        mouseClick(field)
        keyClick(Qt.Key_S)
        keyClick(Qt.Key_P)
        keyClick(Qt.Key_O)
        keyClick(Qt.Key_R)
        keyClick(Qt.Key_T)
        compare(screen.model.ownValue, "sport")
        compare(screen.model.pickedCount, 2)
        mouseClick(findChild(screen, "continueButton"))
        compare(doneSpy.count, 1)
        compare(Probe.lastPayload().picks, ["dynamiek"])
        compare(Probe.lastPayload().own, "sport")
    }

    function test_earlier_answer_shown_again_and_not_saved_twice() {
        verify(Participation.submit("waarden", { picks: ["erbij-horen", "respect"] }))
        const before = Probe.contributionCount()
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        compare(screen.model.pickedCount, 2)
        verify(findChild(screen, "value-1").checked)
        verify(findChild(screen, "value-2").checked)
        mouseClick(findChild(screen, "continueButton"))
        compare(Probe.contributionCount(), before)  // unchanged: nothing new to record
    }
}
