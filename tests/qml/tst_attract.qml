import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The attract screen's question: a new language shows at once (it once kept the old language
// on screen for 400 ms after a switch, the fade of the slow change running on every change of
// the text), while the slow change from one question to the next still fades out and in.
TestCase {
    id: test
    name: "Attract"
    visible: true
    when: windowShown
    width: 400
    height: 300

    Component { id: mainComponent; Main { width: 1920; height: 1080 } }

    function init() {
        Journey.reset()
        Participation.end()
        Content.language = "nl"
    }
    function cleanup() {
        Content.language = "nl"
    }

    function openAttract() {
        const window = createTemporaryObject(mainComponent, test)
        verify(window !== null)
        waitForRendering(window.contentItem)
        compare(Journey.screen, "attract")
        return window
    }
    function quoted(text) { return "“" + text + "”" }

    function test_language_switch_shows_the_new_question_at_once() {
        const window = openAttract()
        const question = findChild(window, "attractQuestion")
        verify(question !== null)
        const dutch = Content.attractQuestions[0]
        compare(question.text, quoted(dutch))
        Content.language = "en"
        const english = Content.attractQuestions[0]
        verify(english !== dutch, "the pack has an English question")
        // One frame later, not 400 ms: the English question, fully shown.
        waitForRendering(window.contentItem)
        compare(question.text, quoted(english))
        compare(question.opacity, 1)
        Content.language = "nl"
        waitForRendering(window.contentItem)
        compare(question.text, quoted(dutch))
    }

    function test_the_next_question_still_fades() {
        const window = openAttract()
        verify(Content.attractQuestions.length > 1, "the pack has more than one question")
        const screen = findChild(window, "screenLoader").item
        const question = findChild(window, "attractQuestion")
        screen.questionInterval = 1000
        // First it fades out, showing the first question still, then the second fades in.
        tryVerify(function() { return question.opacity < 0.9 }, 3000, "fades out")
        compare(question.text, quoted(Content.attractQuestions[0]))
        tryCompare(screen, "questionIndex", 1, 3000)
        screen.questionInterval = 60000  // no third question during the test
        tryCompare(question, "opacity", 1, 3000)
        compare(question.text, quoted(Content.attractQuestions[1]))
    }

    // The attract screen has no Qt Quick Controls (it is the first frame, bench/README.md):
    // its buttons are still large, named buttons that the keyboard reaches and that show the
    // focus ring only while they have the focus.
    function test_the_buttons_are_large_named_and_reached_by_keyboard() {
        const window = openAttract()
        compare(Probe.interactiveProblems(window.contentItem, 48), [])
        for (const name of ["startButton", "followUpButton"]) {
            const button = findChild(window, name)
            verify(button !== null && button.visible, name)
            verify(button.activeFocusOnTab, name + " is in the Tab order")
            compare(button.Accessible.role, Accessible.Button)
            verify(button.width >= 96 && button.height >= 96, name + " is a large touch target")
            const ring = findChild(button, "focusRing")
            verify(!ring.visible, name + ": no ring without the focus")
            button.forceActiveFocus(Qt.TabFocusReason)
            verify(ring.visible, name + ": the ring shows with the focus")
            compare(String(ring.border.color), "#000000")
        }
        // Tapping "Doe mee" starts, as anywhere on the screen.
        mouseClick(findChild(window, "startButton"))
        compare(Journey.screen, "welcome")
    }
}
