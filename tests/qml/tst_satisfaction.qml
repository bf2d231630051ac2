import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// "Kon je kwijt wat je wilde?": a score of 1 to 5 in numbers and words, an optional remark.
TestCase {
    id: test
    name: "SatisfactionScreen"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: screenComponent
        ScreenSatisfaction { activityId: "tevredenheid"; width: 1920; height: 1080 }
    }
    SignalSpy { id: doneSpy; signalName: "done" }

    function init() { Participation.end() }

    function test_score_and_remark() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        compare(screen.model.title, "Kon je kwijt wat je wilde?")
        compare(screen.model.rowCount(), 5)
        compare(findChild(screen, "score-1").Accessible.name, "1: Helemaal niet")
        compare(Probe.interactiveProblems(screen, 48), [])
        const finish = findChild(screen, "continueButton")
        compare(finish.text, "Afronden")
        verify(!screen.model.canContinue)
        mouseClick(findChild(screen, "score-4"))
        verify(screen.model.canContinue)
        mouseClick(findChild(screen, "remarkText"))
        keyClick(Qt.Key_O)
        keyClick(Qt.Key_K)
        mouseClick(finish)
        compare(doneSpy.count, 1)
        compare(Probe.lastPayload(), { score: 4, remark: "ok" })
    }

    function test_score_only() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        screen.model.score = 9
        compare(screen.model.score, 0)
        mouseClick(findChild(screen, "score-2"))
        mouseClick(findChild(screen, "continueButton"))
        compare(Probe.lastPayload(), { score: 2 })
    }
}
