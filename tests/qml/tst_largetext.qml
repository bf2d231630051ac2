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
    function cleanup() {
        Journey.reset()
        Participation.end()
        verify(Probe.restorePack())
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
        // The page settles on as many items as fit: all of them, or down to one per page
        // (after a frame: a change of room is judged once it is laid out).
        waitForRendering(window.contentItem)
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
        // The error banner (saving failed) takes room from the list; it lies over nothing.
        const banner = findChild(screen, "errorBanner")
        if (banner && banner.visible) {
            const b = banner.mapToItem(window.contentItem, 0, 0)
            for (const item of controls.concat([title])) {
                const p = item.mapToItem(window.contentItem, 0, 0)
                if (p.x < b.x + banner.width && p.x + item.width > b.x && p.y < b.y + banner.height && p.y + item.height > b.y)
                    problems.push((item.objectName || String(item)) + " at " + Math.round(p.x) + "," + Math.round(p.y) + " size "
                                  + Math.round(item.width) + "x" + Math.round(item.height) + " lies under the error banner at "
                                  + Math.round(b.x) + "," + Math.round(b.y) + " size " + Math.round(banner.width) + "x" + Math.round(banner.height))
            }
        }
        compare(problems, [], label)
        // "Verder" (or "Sla over") is on every page of a paged list.
        if (screen.itemCount > 0 && screen.pageCount > 1)
            verify((next && next.visible) || (skip && skip.visible), label + ": Verder (or Sla over) on every page")
        return screen
    }
    // How many items the page shown holds.
    function shownCount(screen) {
        let n = 0
        for (let i = 0; i < screen.itemCount; ++i)
            if (screen.onPage(i))
                ++n
        return n
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
                // Every page of a paged list fits too, and the items are spread evenly: the
                // pages differ by one item at most (7 in pages of 3, 2, 2, never 3, 3, 1).
                let pages = 0
                const sizes = [shownCount(screen)]
                while (screen.pageIndex < screen.pageCount - 1 && pages++ < 20) {
                    verify(findChild(screen, "nextPage").visible, label + ": a way to the next page")
                    screen.pageIndex = screen.pageIndex + 1
                    checkScreen(window, label + " page " + (screen.pageIndex + 1), size)
                    sizes.push(shownCount(screen))
                }
                verify(Math.max(...sizes) - Math.min(...sizes) <= 1, label + ": pages hold " + sizes.join(", ") + " items")
                if (Journey.screen === "statements") {
                    // "Belangrijk voor mij" comes after an answer, and still fits.
                    screen.model.setAnswer(screen.pageIndex, "agree")
                    verify(findChild(screen, "important-" + screen.pageIndex).visible)
                    checkScreen(window, label + " answered", size)
                }
                // Saving failed: the resident's sentence shows above the navigation, and the
                // question and its controls still fit, none under the sentence.
                screen.pageIndex = 0
                verify(Probe.failSave(Journey.activityId), label + ": saving fails")
                tryVerify(function() { return findChild(screen, "errorBanner").visible }, 2000, label + ": the error shows")
                checkScreen(window, label + " with the error", size)
                verify(Probe.saveExample(Journey.activityId), label + ": saving works again")
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

    // Taps to give one answer and leave the screen, at 200% text where the lists are paged:
    // "Verder" is on every page, so it is the answer and "Verder" (it took 1 + 8 "Volgende" +
    // 1 on the nine statements, when "Verder" was only on the last page). And taps to answer
    // every statement and leave: one per statement, one "Volgende" between, one "Verder".
    function test_taps_to_leave_data() {
        return [
            { tag: "statements 1920x1080", component: kiosk, screen: "statements", first: "agree-0" },
            { tag: "statements 1280x800", component: tablet, screen: "statements", first: "agree-0" },
            { tag: "values 1920x1080", component: kiosk, screen: "values", first: "value-0" },
            { tag: "values 1280x800", component: tablet, screen: "values", first: "value-0" }
        ]
    }
    function test_taps_to_leave(data) {
        const window = createTemporaryObject(data.component, test)
        waitForRendering(window.contentItem)
        Journey.start()
        Journey.textScale = 2.0
        goTo(data.screen)
        const screen = settled(window)
        verify(screen.pageCount > 1, "paged at 200%")
        const activity = Journey.activityId
        mouseClick(findChild(screen, data.first))
        let taps = 1
        // The shortest way on: "Verder" where it is shown, else the next page.
        while (Journey.activityId === activity && taps < 40) {
            const next = findChild(screen, "continueButton")
            mouseClick(next.visible ? next : findChild(screen, "nextPage"))
            ++taps
        }
        console.log("taps to give one answer and leave " + data.tag + " at 200%: " + taps + " (" + screen.pageCount + " pages)")
        compare(taps, 2, "one answer and Verder")
    }

    function test_taps_to_answer_every_statement_data() {
        return [{ tag: "1920x1080", component: kiosk }, { tag: "1280x800", component: tablet }]
    }
    function test_taps_to_answer_every_statement(data) {
        const window = createTemporaryObject(data.component, test)
        waitForRendering(window.contentItem)
        Journey.start()
        Journey.textScale = 2.0
        goTo("statements")
        const screen = settled(window)
        const count = screen.itemCount
        let taps = 0
        for (let i = 0; i < count; ++i) {
            compare(screen.pageIndex, i, "statement " + (i + 1) + " shown")
            mouseClick(findChild(screen, "agree-" + i))
            ++taps
            if (i < count - 1) {
                mouseClick(findChild(screen, "nextPage"))
                ++taps
            }
        }
        mouseClick(findChild(screen, "continueButton"))
        ++taps
        compare(Journey.screen !== "statements" || Journey.activityId !== "stellingen", true, "left the statements")
        compare(Probe.lastActivity(), "stellingen")
        compare(Object.keys(Probe.lastPayload().answers || {}).length, count, "every statement answered")
        console.log("taps to answer all " + count + " statements and leave at 200% " + data.tag + ": " + taps)
        compare(taps, 2 * count)
    }

    // The longest statement the pack checker lets through without a warning
    // (StatementFitLength characters, ordinary Dutch words, in both languages) fits at 200% on
    // both screens, before and after an answer ("★ Belangrijk voor mij" comes then).
    function test_longest_statement_fits_data() {
        return [{ tag: "1920x1080", component: kiosk }, { tag: "1280x800", component: tablet }]
    }
    function test_longest_statement_fits(data) {
        const length = Probe.statementFitLength()
        const words = "De gemeente moet duidelijke keuzes maken, ook als niet iedereen het ermee eens is. "
                      + "Elk dorp moet meer zelf kunnen beslissen over zijn eigen plannen en voorzieningen. "
        const text = words.repeat(3).substring(0, length)
        compare(text.length, length)
        Participation.end()
        // The first statement: its page also shows the prompt.
        verify(Probe.useStatementText(0, text), "a pack with the long statement")
        const window = createTemporaryObject(data.component, test)
        waitForRendering(window.contentItem)
        Journey.start()
        Journey.textScale = 2.0
        goTo("statements")
        const screen = settled(window)
        compare(screen.pageIndex, 0)
        verify(findChild(screen, "questionPrompt").visible, "the prompt is shown")
        const label = "a statement of " + length + " characters at 200% " + data.tag
        checkScreen(window, label, data.tag)
        console.log(label + ": " + Math.round(screen.flickable.contentHeight) + " of " + Math.round(screen.flickable.height) + " px")
        screen.model.setAnswer(0, "agree")
        verify(findChild(screen, "important-0").visible)
        checkScreen(window, label + ", answered", data.tag)
        console.log(label + ", answered: " + Math.round(screen.flickable.contentHeight) + " of " + Math.round(screen.flickable.height) + " px")
    }

    function test_kiosk_1920x1080() { walk(kiosk, "1920x1080") }
    function test_tablet_1280x800() { walk(tablet, "1280x800") }
}
