import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// Statements, one at a time: agree / disagree / no opinion, "important to me" only once answered, a
// second tap takes an answer back; unanswered statements are left out.
TestCase {
    id: test
    name: "StatementsScreen"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: screenComponent
        ScreenStatements { activityId: "stellingen"; width: 1920; height: 1080 }
    }
    SignalSpy { id: doneSpy; signalName: "done" }
    SignalSpy { id: backSpy; signalName: "back" }

    function init() { Participation.end() }

    function idAt(model, row) { return model.data(model.index(row, 0), Qt.UserRole + 1) }

    function test_answers_and_payload() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        backSpy.target = screen
        backSpy.clear()
        const model = screen.model
        verify(model.rowCount() >= 3)
        compare(Probe.interactiveProblems(screen, 48), [])
        const important = findChild(screen, "important-0")
        verify(!important.visible && !important.enabled, "important is offered only after an answer")
        verify(!model.setImportant(0, true))
        // One statement at a time, as Pol.is does.
        verify(findChild(screen, "agree-0").visible)
        verify(!findChild(screen, "agree-1").visible, "the next statement waits")
        // Paged from a row of its own: where you are, "Volgende" until the last one, no
        // "Vorige" on the first; "Verder" is there from the first statement on.
        compare(findChild(screen, "pageText").text, "Stelling 1 van " + model.rowCount())
        verify(findChild(screen, "nextPage").visible)
        verify(!findChild(screen, "previousPage").visible)
        verify(findChild(screen, "continueButton").visible, "Verder on the first statement")

        mouseClick(findChild(screen, "agree-0"))
        verify(important.visible, "answered: important is offered")
        mouseClick(important)
        mouseClick(findChild(screen, "nextPage"))
        verify(!findChild(screen, "agree-0").visible)
        waitForRendering(screen)
        mouseClick(findChild(screen, "disagree-1"))
        mouseClick(findChild(screen, "pass-1"))        // changed the mind
        compare(model.answeredCount, 2)
        mouseClick(findChild(screen, "previousPage"))   // Vorige: the previous statement
        waitForRendering(screen)
        compare(backSpy.count, 0, "Vorige went to the previous statement, not the previous screen")
        mouseClick(findChild(screen, "agree-0"))       // taken back, with its mark
        compare(model.answeredCount, 1)
        verify(!findChild(screen, "important-0").selected)
        mouseClick(findChild(screen, "agree-0"))
        verify(!model.setAnswer(0, "maybe"))

        while (findChild(screen, "nextPage").visible)
            mouseClick(findChild(screen, "nextPage"))
        compare(findChild(screen, "pageText").text, "Stelling " + model.rowCount() + " van " + model.rowCount())
        verify(!findChild(screen, "nextPage").visible, "no Volgende after the last statement")
        // Terug means one thing: the previous screen, from whichever statement.
        mouseClick(findChild(screen, "backButton"))
        compare(backSpy.count, 1, "Terug leaves the statements")
        mouseClick(findChild(screen, "continueButton"))
        compare(doneSpy.count, 1)
        const expected = {}
        expected[idAt(model, 0)] = { answer: "agree", important: false }
        expected[idAt(model, 1)] = { answer: "pass", important: false }
        compare(Probe.lastPayload().answers, expected)
    }
}
