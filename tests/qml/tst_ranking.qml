import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// Ranking by buttons: up and down, never past the ends; the order is recorded.
TestCase {
    id: test
    name: "RankingScreen"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: screenComponent
        ScreenRanking { activityId: "volgorde"; width: 1920; height: 1080 }
    }
    SignalSpy { id: doneSpy; signalName: "done" }

    function init() { Participation.end() }

    function idAt(model, row) { return model.data(model.index(row, 0), Qt.UserRole + 1) }

    function test_move_and_record_order() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        const model = screen.model
        compare(model.rowCount(), 4)
        compare(Probe.interactiveProblems(screen, 48), [])
        const original = [idAt(model, 0), idAt(model, 1), idAt(model, 2), idAt(model, 3)]
        verify(!findChild(screen, "up-0").enabled)
        verify(!findChild(screen, "down-3").enabled)
        verify(!model.moveUp(0))
        verify(!model.moveDown(3))

        mouseClick(findChild(screen, "up-2"))      // third to second
        mouseClick(findChild(screen, "up-1"))      // ...to first
        mouseClick(findChild(screen, "down-2"))    // the old second, now third, to fourth
        compare(model.data(model.index(0, 0), Qt.UserRole + 3), 1)
        mouseClick(findChild(screen, "continueButton"))
        compare(doneSpy.count, 1)
        compare(Probe.lastPayload().order, [original[2], original[0], original[3], original[1]])
    }
}
