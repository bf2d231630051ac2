import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// A visible focus ring on every control: moving through a screen with Tab, each control that
// gets the focus shows the black ring with the white inner line.
TestCase {
    id: test
    name: "FocusRing"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component { id: valuesScreen; ScreenValues { activityId: "waarden"; width: 1920; height: 1080 } }
    Component { id: ideasScreen; ScreenIdeas { activityId: "kansen-en-zorgen"; width: 1920; height: 1080 } }
    Component { id: dilemmaScreen; ScreenDilemma { activityId: "dilemma-groei"; width: 1920; height: 1080 } }
    Component { id: statementsScreen; ScreenStatements { activityId: "stellingen"; width: 1920; height: 1080 } }
    Component { id: satisfactionScreen; ScreenSatisfaction { activityId: "tevredenheid"; width: 1920; height: 1080 } }

    function init() { Participation.end() }

    function ringOf(item) {
        const ring = findChild(item, "focusRing")
        return ring
    }

    function test_every_control_shows_the_ring_data() {
        return [
            { tag: "values", component: valuesScreen },
            { tag: "ideas", component: ideasScreen },
            { tag: "dilemma", component: dilemmaScreen },
            { tag: "statements", component: statementsScreen },
            { tag: "satisfaction", component: satisfactionScreen }
        ]
    }

    function test_every_control_shows_the_ring(data) {
        const screen = createTemporaryObject(data.component, test)
        waitForRendering(screen)
        const seen = []
        let first = null
        for (let i = 0; i < 40; ++i) {
            keyClick(Qt.Key_Tab)
            const focused = screen.Window.activeFocusItem
            if (!focused || focused === first)
                break
            // A text field keeps Tab for itself; its ring is checked, then Verder's.
            const typing = "cursorPosition" in focused
            if (first === null)
                first = focused
            // The control itself or, for a text field's inner editor, its control.
            const control = findChild(focused, "focusRing") ? focused : focused.parent
            const ring = findChild(control, "focusRing")
            verify(ring !== null, "a focus ring on " + (focused.objectName || focused))
            verify(ring.visible, "the ring shows on " + (focused.objectName || focused))
            compare(String(ring.border.color), "#000000")
            seen.push(focused.objectName)
            if (typing)
                break
        }
        verify(seen.length >= 1, data.tag + ": Tab reached the controls " + seen)
        const next = findChild(screen, "continueButton")
        next.forceActiveFocus(Qt.TabFocusReason)
        verify(next.visualFocus)
        verify(findChild(next, "focusRing").visible, data.tag + ": Verder shows the ring")
    }
}
