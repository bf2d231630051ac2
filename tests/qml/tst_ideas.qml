import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// Ideas: text, kind and theme are all needed; typed on a (hardware) keyboard.
TestCase {
    id: test
    name: "IdeasScreen"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: screenComponent
        ScreenIdeas { activityId: "kansen-en-zorgen"; width: 1920; height: 1080 }
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

    function test_renders_kinds_and_themes_from_the_pack() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        compare(screen.model.kinds.length, 3)
        compare(screen.model.kinds[0].name, "Kans")
        verify(screen.model.rowCount() >= 5)
        verify(findChild(screen, "kind-concern") !== null)
        compare(Probe.interactiveProblems(screen, 48), [])
    }

    function test_all_three_parts_needed_then_payload() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        doneSpy.target = screen
        doneSpy.clear()
        const next = findChild(screen, "continueButton")
        verify(!screen.model.canContinue)
        tryVerify(function() { return !screen.fitting }, 5000, "the page is fitted")
        mouseClick(findChild(screen, "ideaText"))
        keyClick(Qt.Key_M)
        keyClick(Qt.Key_E)
        keyClick(Qt.Key_E)
        keyClick(Qt.Key_R)
        compare(screen.model.text, "meer")
        verify(!screen.model.canContinue)
        // Done typing ("Klaar" on the keyboard): the page is fitted again.
        findChild(screen, "ideaText").focus = false
        // The steps are paged when they do not fit together (item 1 the kind, 2 on the themes).
        reveal(screen, findChild(screen, "kind-solution"))
        mouseClick(findChild(screen, "kind-solution"))
        verify(!screen.model.canContinue)
        const theme = screen.model.data(screen.model.index(0, 0), Qt.UserRole + 1)
        const themeButton = findChild(screen, "theme-" + theme)
        reveal(screen, themeButton)
        mouseClick(themeButton)
        verify(screen.model.canContinue)
        // "Verder" is on every page.
        mouseClick(next)
        compare(doneSpy.count, 1)
        compare(Probe.lastActivity(), "kansen-en-zorgen")
        compare(Probe.lastPayload(), { text: "meer", ideaKind: "solution", theme: theme })
    }

    function test_skip_records_nothing() {
        const screen = createTemporaryObject(screenComponent, test)
        waitForRendering(screen)
        skipSpy.target = screen
        skipSpy.clear()
        const before = Probe.contributionCount()
        mouseClick(findChild(screen, "skipButton"))
        compare(skipSpy.count, 1)
        compare(Probe.contributionCount(), before)
    }

    function test_text_is_kept_to_the_maximum_length() {
        const screen = createTemporaryObject(screenComponent, test)
        screen.model.text = "x".repeat(screen.model.maxLength + 20)
        compare(screen.model.text.length, screen.model.maxLength)
    }
}
