import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The optional profile: any question may be left out, and skipping it all records nothing.
TestCase {
    id: test
    name: "ProfileScreen"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: screenComponent
        ScreenProfile { activityId: "profiel"; width: 1920; height: 1080 }
    }
    SignalSpy { id: doneSpy; signalName: "done" }
    SignalSpy { id: skipSpy; signalName: "skipped" }

    function init() { Participation.end() }

    // Pages until `item` is on the page shown (the page holds as many as fit, so where an
    // item is depends on the room).
    function reveal(screen, item) {
        tryVerify(function() { return !screen.fitting }, 5000)
        for (let n = 0; !item.visible && n < 30; ++n) {
            screen.pageIndex = (screen.pageIndex + 1) % screen.pageCount
            waitForRendering(screen)
            tryVerify(function() { return !screen.fitting }, 5000)
        }
        verify(item.visible, (item.objectName || String(item)) + " is shown")
    }

    function test_skip_everything_records_nothing() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        skipSpy.target = screen
        skipSpy.clear()
        compare(Probe.interactiveProblems(screen, 48), [])
        const skip = findChild(screen, "skipButton")
        verify(skip.visible)
        compare(skip.text, "Sla alles over")
        verify(!findChild(screen, "continueButton").visible, "with nothing chosen, skipping is the way on")
        const before = Probe.contributionCount()
        mouseClick(skip)
        compare(skipSpy.count, 1)
        compare(Probe.contributionCount(), before)
        // Asking the model to save an empty profile records nothing either.
        verify(screen.model.submit())
        compare(Probe.contributionCount(), before)
    }

    function test_some_questions_answered() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        reveal(screen, findChild(screen, "option-0-ankum-kern"))
        mouseClick(findChild(screen, "option-0-ankum-kern"))
        verify(screen.model.choose(1, "45-65"))
        verify(screen.model.choose(1, "45-65"))     // tapped again: taken back
        verify(!screen.model.choose(2, "astronaut"))
        verify(!findChild(screen, "skipButton").visible)
        // Paged when the options do not fit: "Volgende" up to the last page; "Verder" is on
        // every page once something is chosen.
        while (findChild(screen, "nextPage").visible) {
            verify(findChild(screen, "continueButton").visible, "Verder on page " + (screen.pageIndex + 1))
            mouseClick(findChild(screen, "nextPage"))
        }
        const next = findChild(screen, "continueButton")
        verify(next.visible)
        mouseClick(next)
        compare(doneSpy.count, 1)
        compare(Probe.lastActivity(), "profiel")
        compare(Probe.lastPayload(), { answers: { kern: "ankum-kern" } })
    }
}
