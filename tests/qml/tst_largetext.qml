import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// 200% text at the kiosk's 1920x1080 and the tablet's 1280x800: every activity screen shows
// its question and all its controls (answers, paging, Terug/Sla over/Verder) inside the
// window, without scrolling. Lists that do not fit are paged, statements come one at a time.
TestCase {
    id: test
    name: "LargeText"
    visible: true
    when: windowShown
    width: 400
    height: 300

    Component { id: kiosk; Main { width: 1920; height: 1080 } }
    Component { id: tablet; Main { width: 1280; height: 800 } }

    function init() {
        Journey.reset()
        Participation.end()
    }

    function screenOf(window) { return findChild(window, "screenLoader").item }

    // Where `item` lies, in the window's coordinates; what is wrong with that, if anything.
    function placeProblem(window, screen, item, what) {
        const p = item.mapToItem(window.contentItem, 0, 0)
        const where = what + " at " + Math.round(p.x) + "," + Math.round(p.y) + " size "
                      + Math.round(item.width) + "x" + Math.round(item.height)
        if (p.x < 0 || p.y < 0 || p.x + item.width > window.width + 0.5 || p.y + item.height > window.height + 0.5)
            return where + " is outside the " + window.width + "x" + window.height + " window"
        // Inside the scrolling part: within its visible height (it is not scrolled).
        const f = item.mapToItem(screen.flickable, 0, 0)
        if (isInside(screen.flickable.contentItem, item) && (f.y < -0.5 || f.y + item.height > screen.flickable.height + 0.5))
            return where + " needs scrolling"
        return ""
    }
    function isInside(ancestor, item) {
        for (let p = item; p; p = p.parent)
            if (p === ancestor)
                return true
        return false
    }

    function checkScreen(window, label, size) {
        const screen = screenOf(window)
        // The page settles on as many items as fit: all of them, or down to one per page.
        if (screen.autoFit && screen.itemCount > 1) {
            tryVerify(function() { return !screen.fitting }, 5000, label + ": the list is paged until it fits")
            verify(!screen.overflowing || screen.perPage === 1, label + ": paged until it fits")
        }
        waitForRendering(window.contentItem)
        compare(screen.flickable.contentY, 0, label)
        const title = findChild(screen, "questionTitle")
        verify(title !== null && title.visible, label + " shows its question")
        const next = findChild(screen, "continueButton")
        const skip = findChild(screen, "skipButton")
        verify((next && next.visible) || (skip && skip.visible), label + " has a way on")
        // Terug and Verder are outside the scrolling part: always in the window.
        for (const name of ["backButton", "continueButton", "skipButton"]) {
            const item = findChild(screen, name)
            if (item && item.visible)
                compare(placeProblem(window, screen, item, name), "", label)
        }
        verify(!screen.overflowing, label + " fits without scrolling ("
               + Math.round(screen.flickable.contentHeight) + " in " + Math.round(screen.flickable.height) + ")")
        const problems = []
        const titleProblem = placeProblem(window, screen, title, "the question")
        if (titleProblem !== "")
            problems.push(titleProblem)
        const controls = Probe.interactiveItems(screen)
        verify(controls.length > 2, label + " has controls")
        for (const item of controls) {
            const problem = placeProblem(window, screen, item, item.objectName || String(item))
            if (problem !== "")
                problems.push(problem)
        }
        compare(problems, [], label)
        return screen
    }

    function walk(component, size) {
        const window = createTemporaryObject(component, test)
        verify(window !== null)
        waitForRendering(window.contentItem)
        Journey.start()
        Journey.textScale = 2.0
        let steps = 0
        let checked = 0
        while (Journey.screen !== "attract" && steps++ < 40) {
            waitForRendering(window.contentItem)
            if (Journey.activityId !== "") {
                const label = Journey.screen + " (" + Journey.activityId + ") at 200% " + size
                const screen = checkScreen(window, label, size)
                ++checked
                // Every page of a paged list fits too.
                let pages = 0
                while (screen.pageIndex < screen.pageCount - 1 && pages++ < 20) {
                    verify(findChild(screen, "nextPage").visible, label + ": a way to the next page")
                    screen.pageIndex = screen.pageIndex + 1
                    checkScreen(window, label + " page " + (screen.pageIndex + 1), size)
                }
                if (Journey.screen === "statements") {
                    // "Belangrijk voor mij" comes after an answer, and still fits.
                    screen.model.setAnswer(screen.pageIndex, "agree")
                    verify(findChild(screen, "important-" + screen.pageIndex).visible)
                    checkScreen(window, label + " answered", size)
                }
            }
            Journey.next()
        }
        verify(checked >= 7, "walked every activity screen (" + checked + ")")
    }

    function goTo(screenName) {
        let steps = 0
        while (Journey.screen !== screenName && steps++ < 40)
            Journey.next()
        compare(Journey.screen, screenName)
    }
    function settled(window) {
        const screen = screenOf(window)
        tryVerify(function() { return !screen.fitting }, 5000, Journey.screen + " settles")
        waitForRendering(window.contentItem)
        return screen
    }

    // At 100% text the five values fit on one page at both sizes. They were once paged one at
    // a time ("Pagina 1 van 5"): the page measured itself before it was laid out, and never
    // grew back. It also grows back when the text gets smaller again.
    function test_values_on_one_page_at_normal_text_data() {
        return [{ tag: "1920x1080", component: kiosk }, { tag: "1280x800", component: tablet }]
    }
    function test_values_on_one_page_at_normal_text(data) {
        const window = createTemporaryObject(data.component, test)
        waitForRendering(window.contentItem)
        Journey.start()
        Journey.textScale = 1.0
        goTo("values")
        let screen = settled(window)
        compare(screen.itemCount, 6, "five values and the field for one's own")
        compare(screen.pageCount, 1, "all five values and the field on one page")
        verify(!screen.overflowing)
        verify(!findChild(screen, "pageText").visible, "no \"Pagina 1 van 5\"")
        for (let i = 0; i < 5; ++i)
            verify(findChild(screen, "value-" + i).visible, "value " + i + " shown")

        Journey.textScale = 2.0
        screen = settled(window)
        verify(screen.pageCount > 1, "paged at 200%")
        Journey.textScale = 1.0
        screen = settled(window)
        compare(screen.pageCount, 1, "one page again at 100%")
    }

    function test_kiosk_1920x1080() { walk(kiosk, "1920x1080") }
    function test_tablet_1280x800() { walk(tablet, "1280x800") }
}
