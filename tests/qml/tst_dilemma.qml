import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The dilemma slider: both poles shown, nothing chosen until the participant acts, the
// position recorded and said in words.
TestCase {
    id: test
    name: "DilemmaScreen"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: screenComponent
        ScreenDilemma { activityId: "dilemma-groei"; width: 1920; height: 1080 }
    }
    SignalSpy { id: doneSpy; signalName: "done" }

    function init() { Participation.end() }

    function test_poles_and_no_answer_until_chosen() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        compare(screen.model.leftLabel, "Meer huizen bouwen, ook in het buitengebied")
        compare(screen.model.rightLabel, "Het groene landschap beschermen")
        compare(screen.model.position, -1)
        verify(!screen.model.canContinue)
        compare(findChild(screen, "positionText").text, "Nog niets gekozen")
        verify(!findChild(screen, "dilemmaHandle").visible, "no handle before a choice")
        compare(Probe.interactiveProblems(screen, 48), [])
    }

    function test_tap_on_the_slider_records_the_position() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        const slider = findChild(screen, "dilemmaSlider")
        // The far right end: the right pole, fully.
        mouseClick(slider, slider.width - slider.rightPadding - 2, slider.height / 2)
        compare(screen.model.position, 6)
        verify(findChild(screen, "dilemmaHandle").visible, "the handle shows the choice")
        compare(findChild(screen, "positionText").text, "Helemaal voor: Het groene landschap beschermen")
        // The exact middle is a choice too.
        mouseClick(slider, slider.width / 2, slider.height / 2)
        compare(screen.model.position, 3)
        compare(findChild(screen, "positionText").text, "Precies in het midden")
        slider.forceActiveFocus()
        keyClick(Qt.Key_Left)
        compare(screen.model.position, 2)
        compare(findChild(screen, "positionText").text, "Een beetje voor: Meer huizen bouwen, ook in het buitengebied")
        mouseClick(findChild(screen, "continueButton"))
        compare(doneSpy.count, 1)
        compare(Probe.lastPayload(), { position: 2 })
    }
}
