import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// "Verder" is never a dead button: on every activity screen it can be tapped before
// anything is given. Tapped with an incomplete answer, the screen stays and says what is
// missing; that note is not there before the tap, and goes once the answer is complete.
TestCase {
    id: test
    name: "Continue"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component { id: valuesScreen; ScreenValues { activityId: "waarden"; width: 1920; height: 1080 } }
    Component { id: ideasScreen; ScreenIdeas { activityId: "kansen-en-zorgen"; width: 1920; height: 1080 } }
    Component { id: dotsScreen; ScreenDots { activityId: "stippen"; width: 1920; height: 1080 } }
    Component { id: dilemmaScreen; ScreenDilemma { activityId: "dilemma-groei"; width: 1920; height: 1080 } }
    Component { id: statementsScreen; ScreenStatements { activityId: "stellingen"; width: 1920; height: 1080 } }
    Component { id: satisfactionScreen; ScreenSatisfaction { activityId: "tevredenheid"; width: 1920; height: 1080 } }
    Component { id: rankingScreen; ScreenRanking { activityId: "volgorde"; width: 1920; height: 1080 } }

    SignalSpy { id: doneSpy; signalName: "done" }

    function init() {
        Participation.end()
    }

    function test_continue_is_never_disabled_and_explains_data() {
        return [
            { tag: "values", component: valuesScreen, incomplete: true },
            { tag: "ideas", component: ideasScreen, incomplete: true },
            { tag: "dots", component: dotsScreen, incomplete: true },
            { tag: "dilemma", component: dilemmaScreen, incomplete: true },
            { tag: "statements", component: statementsScreen, incomplete: true },
            { tag: "satisfaction", component: satisfactionScreen, incomplete: true },
            { tag: "ranking", component: rankingScreen, incomplete: false }
        ]
    }

    function test_continue_is_never_disabled_and_explains(data) {
        const screen = createTemporaryObject(data.component, test)
        waitForRendering(screen)
        // A list shown a page at a time has "Volgende" on every page but the last, and
        // "Verder" on every page, never greyed out either (it once came only on the last page).
        let pages = 0
        while (screen.pageIndex < screen.pageCount - 1 && pages++ < 30) {
            const nextPage = findChild(screen, "nextPage")
            verify(nextPage.visible && nextPage.enabled, "Volgende on page " + (screen.pageIndex + 1))
            const onThisPage = findChild(screen, "continueButton")
            verify(onThisPage.visible && onThisPage.enabled, "Verder on page " + (screen.pageIndex + 1))
            mouseClick(nextPage)
            waitForRendering(screen)
        }
        doneSpy.target = screen
        doneSpy.clear()
        const button = findChild(screen, "continueButton")
        const hint = findChild(screen, "continueHint")
        verify(button !== null && hint !== null)
        verify(button.visible, "Verder is shown")
        verify(button.enabled, "Verder is never greyed out")
        verify(!hint.visible, "no note before the person has done anything")
        compare(screen.model.canContinue, !data.incomplete)

        mouseClick(button)
        if (!data.incomplete) {
            compare(doneSpy.count, 1, "a complete answer moves on")
            verify(!hint.visible)
            return
        }
        compare(doneSpy.count, 0, "an incomplete answer stays on the screen")
        compare(Probe.contributionCount(), 0, "nothing is saved")
        waitForRendering(screen)
        verify(hint.visible, "tapping Verder shows what is missing")
        verify(button.enabled, "and Verder stays active")
        verify(hint.Accessible.name.length > 10, "the note says something: " + hint.Accessible.name)
    }

    // Once the answer is complete the note goes away, and Verder moves on.
    function test_note_goes_when_the_answer_is_complete() {
        const screen = createTemporaryObject(valuesScreen, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        const button = findChild(screen, "continueButton")
        const hint = findChild(screen, "continueHint")
        mouseClick(button)
        verify(hint.visible)
        compare(hint.Accessible.name, "Kies minstens één waarde. Wil je niet kiezen? Tik dan op Sla over.")
        mouseClick(findChild(screen, "value-0"))
        verify(!hint.visible, "the note goes once a value is picked")
        mouseClick(button)
        compare(doneSpy.count, 1)
        // Unpicking again does not bring the note back until Verder is tapped.
        mouseClick(findChild(screen, "value-0"))
        verify(!hint.visible)
    }
}
