import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The whole kiosk window: attract -> welcome -> intro -> every activity -> thank-you ->
// attract; the inactivity warning and reset; touch targets and names on every screen.
TestCase {
    id: test
    name: "KioskFlow"
    visible: true
    when: windowShown
    width: 400
    height: 300

    Component {
        id: mainComponent
        Main { width: 1920; height: 1080 }
    }

    // Popups live in the window's overlay, the screens in its content item.
    function findAny(window, name) {
        return findChild(window.contentItem, name) || findChild(Probe.overlayOf(window.contentItem), name)
    }

    function init() {
        Journey.reset()
        Participation.end()
    }

    function screenOf(window) { return findChild(window, "screenLoader").item }

    function press(window, name) {
        const item = findChild(screenOf(window), name)
        verify(item !== null, name + " is on the " + Journey.screen + " screen")
        verify(item.visible && item.enabled, name + " can be used")
        mouseClick(item)
    }

    function openWindow() {
        const window = createTemporaryObject(mainComponent, test)
        verify(window !== null)
        waitForRendering(window.contentItem)
        return window
    }

    function test_a_participant_walks_through_every_screen() {
        const window = openWindow()
        compare(Journey.screen, "attract")
        press(window, "startButton")
        compare(Journey.screen, "welcome")
        press(window, "language-en")
        compare(Content.language, "en")
        press(window, "textScale-1")
        compare(Journey.textScale, 1.5)
        press(window, "continueButton")
        compare(Journey.screen, "privacy", "the privacy notice comes before the first question")
        press(window, "continueButton")
        compare(Journey.screen, "intro")
        const seen = []
        press(window, "continueButton")
        while (Journey.screen !== "thanks") {
            const screen = screenOf(window)
            waitForRendering(screen)
            seen.push(Journey.screen)
            if (Journey.screen === "intro") {
                press(window, "continueButton")
                continue
            }
            // Skip what needs typing; answer the rest the simplest way the model offers.
            if (Journey.screen === "values")
                screen.model.toggle(0)
            else if (Journey.screen === "dots")
                screen.model.add(1)
            else if (Journey.screen === "dilemma")
                screen.model.position = 1
            else if (Journey.screen === "statements")
                screen.model.setAnswer(0, "agree")
            else if (Journey.screen === "satisfaction")
                screen.model.score = 5
            if (screen.model.canContinue && Journey.screen !== "ideas" && Journey.screen !== "profile")
                press(window, "continueButton")
            else
                press(window, "skipButton")
        }
        // Only phase 2 is open (phase 3 comes later): its questions, then the profile and
        // satisfaction, which belong to every session.
        compare(seen, ["values", "ideas", "dilemma", "dilemma", "statements", "profile", "satisfaction"])
        const sessionId = Participation.active
        verify(sessionId)
        compare(Probe.lastActivity(), "tevredenheid")
        compare(Participation.answer("waarden").picks, ["dynamiek"])
        compare(Participation.answer("kansen-en-zorgen"), {})

        press(window, "doneButton")
        compare(Journey.screen, "attract")
        compare(Participation.active, false)
        compare(Participation.answer("waarden"), {})
        compare(Content.language, "nl")
        compare(Journey.textScale, 1)
    }

    function test_inactivity_warns_then_forgets_the_participant() {
        const window = openWindow()
        Probe.useFakeIdleClock()
        press(window, "startButton")
        press(window, "continueButton")
        press(window, "continueButton")
        press(window, "continueButton")
        compare(Journey.screen, "values")
        screenOf(window).model.toggle(2)
        screenOf(window).model.toggle(3)
        press(window, "continueButton")
        press(window, "backButton")
        compare(screenOf(window).model.pickedCount, 2, "coming back shows the answer given")

        Probe.advanceIdleClock(Idle.idleSeconds * 1000 + 5000)
        verify(Idle.warning)
        const dialog = findChild(window, "idleDialog")
        tryCompare(dialog, "opened", true)
        compare(Idle.secondsLeft, Idle.warningSeconds - 5)
        compare(findAny(window, "idleText").text,
                "Over " + (Idle.warningSeconds - 5) + " seconden begint het scherm opnieuw, voor de volgende persoon.")
        compare(Probe.interactiveProblems(Probe.overlayOf(window.contentItem), 48), [])
        verify(Probe.interactiveCount(Probe.overlayOf(window.contentItem)) > 0)

        Probe.advanceIdleClock(Idle.warningSeconds * 1000)
        compare(Journey.screen, "attract")
        verify(!Idle.warning)
        compare(Participation.active, false)
        compare(Participation.answer("waarden"), {})

        // The next person starts with nothing of the previous one.
        press(window, "startButton")
        press(window, "continueButton")
        press(window, "continueButton")
        press(window, "continueButton")
        compare(Journey.screen, "values")
        compare(screenOf(window).model.pickedCount, 0)
        verify(findChild(screenOf(window), "continueButton").enabled, "Verder is never greyed out")
        verify(!findChild(screenOf(window), "continueHint").visible, "and no note before a tap")
    }

    // Before the first question the resident reads, in plain words, who asks, for what, that
    // it is anonymous, how long it is kept, whom to ask and where to read more.
    function test_privacy_notice_before_the_first_question() {
        const window = openWindow()
        const before = Probe.contributionCount()
        press(window, "startButton")
        press(window, "continueButton")
        compare(Journey.screen, "privacy")
        compare(Participation.active, false, "nothing is stored before the notice")
        compare(Probe.contributionCount(), before)
        const screen = screenOf(window)
        waitForRendering(screen)
        compare(findChild(screen, "privacyHeading").text, "Voordat je begint")
        verify(findChild(screen, "privacyAnonymous").text.indexOf("Schrijf ook geen namen op") >= 0)
        const values = []
        for (let i = 0; i < 5; ++i)
            values.push(findChild(findChild(screen, "privacyItem-" + i), "privacyValue").text)
        compare(values[0], "Gemeente Dalfsen")
        compare(values[4], "https://www.dalfsen.nl/privacy")
        for (const v of values)
            verify(v.length > 0)
        compare(Probe.interactiveProblems(screen, 48), [])
        press(window, "continueButton")
        compare(Journey.screen, "intro")
    }

    // Every free-text field says not to write names.
    function test_no_names_under_every_free_text_field() {
        const window = openWindow()
        const shown = []
        Journey.reset()
        Journey.start()
        let steps = 0
        while (Journey.screen !== "thanks" && steps++ < 30) {
            const screen = screenOf(window)
            waitForRendering(screen)
            const field = findChild(screen, "ideaText") || findChild(screen, "ownValue") || findChild(screen, "remarkText")
            if (field !== null && field.visible) {
                const note = findChild(screen, "noNamesNote")
                verify(note !== null && note.visible, "a note under the field on " + Journey.screen)
                compare(note.text, "Schrijf geen namen op, ook niet van anderen.")
                shown.push(Journey.screen)
            }
            Journey.next()
        }
        compare(shown, ["values", "ideas", "satisfaction"])
    }

    // The attract screen shows the process as a timeline: phase 1 done, phase 2 open now,
    // phase 3 still to come, as text, not as buttons.
    function test_attract_shows_the_phases_as_a_timeline() {
        const window = openWindow()
        compare(Journey.screen, "attract")
        const timeline = findChild(screenOf(window), "phaseTimeline")
        verify(timeline !== null && timeline.visible)
        const states = []
        for (let i = 0; i < 3; ++i) {
            const step = findChild(timeline, "phase-" + i)
            verify(step !== null)
            states.push(findChild(step, "phaseState").text)
            compare(step.Accessible.role, Accessible.StaticText)
        }
        compare(states, ["Fase 1 · klaar", "Fase 2 · nu open", "Fase 3 · komt nog"])
        compare(Probe.interactiveCount(timeline), 0, "the phases are not buttons")
    }

    function test_still_here_keeps_the_answers() {
        const window = openWindow()
        Probe.useFakeIdleClock()
        press(window, "startButton")
        Probe.advanceIdleClock(Idle.idleSeconds * 1000 + 1000)
        verify(Idle.warning)
        const button = findAny(window, "stillHereButton")
        tryCompare(button, "visible", true)
        waitForRendering(window.contentItem)
        mouseClick(button)
        verify(!Idle.warning)
        compare(Journey.screen, "welcome")
    }

    function test_stop_asks_first() {
        const window = openWindow()
        press(window, "startButton")
        mouseClick(findAny(window, "stopButton"))
        verify(Journey.stopAsked)
        const goOn = findAny(window, "goOnButton")
        tryCompare(goOn, "visible", true)
        waitForRendering(window.contentItem)
        mouseClick(goOn)
        verify(!Journey.stopAsked)
        compare(Journey.screen, "welcome")
        mouseClick(findAny(window, "stopButton"))
        const stop = findAny(window, "confirmStopButton")
        tryCompare(stop, "visible", true)
        waitForRendering(window.contentItem)
        mouseClick(stop)
        compare(Journey.screen, "attract")
    }

    function test_every_screen_has_large_named_controls_at_every_text_size() {
        const window = openWindow()
        for (const scale of [1.0, 2.0]) {
            Journey.reset()
            Journey.start()
            Journey.textScale = scale
            let steps = 0
            while (Journey.screen !== "attract" && steps++ < 40) {
                waitForRendering(window.contentItem)
                const problems = Probe.interactiveProblems(window.contentItem, 48)
                compare(problems, [], Journey.screen + " at " + scale)
                verify(Probe.interactiveCount(screenOf(window)) > 0, Journey.screen + " has controls")
                Journey.next()
            }
        }
    }
}
