import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// "Lees voor" along the top: there only with a voice for the participant's language; a tap
// reads what the screen shows (the words come from C++), a second tap stops, and so does
// moving on. The speech is a recording one (Probe.useSpeech).
TestCase {
    id: test
    name: "ReadAloud"
    visible: true
    when: windowShown
    width: 400
    height: 300

    Component { id: kiosk; Main { width: 1920; height: 1080 } }

    function init() {
        Journey.reset()
        Participation.end()
        Content.language = "nl"
    }
    function cleanup() {
        Probe.useSpeech([])
        Content.language = "nl"
    }

    function screenOf(window) { return findChild(window, "screenLoader").item }
    function button(window) { return findChild(window, "readAloudButton") }
    function lastSpoken() {
        const all = Probe.spokenTexts()
        return all.length > 0 ? all[all.length - 1] : ""
    }

    function test_no_voice_no_button() {
        Probe.useSpeech([])
        const window = createTemporaryObject(kiosk, test)
        Journey.start()
        waitForRendering(window.contentItem)
        verify(findChild(window, "stopButton").visible, "the bar along the top is there")
        const b = button(window)
        verify(b !== null)
        verify(!b.visible, "no voice: no button")
        compare(ReadAloud.available, false)
        ReadAloud.toggle()
        compare(Probe.spokenTexts(), [], "nothing is read, and nothing fails")
    }

    function test_a_voice_for_dutch_only() {
        Probe.useSpeech(["nl"])
        const window = createTemporaryObject(kiosk, test)
        Journey.start()
        waitForRendering(window.contentItem)
        verify(button(window).visible)
        Content.language = "en"
        tryVerify(function() { return !button(window).visible }, 1000, "no English voice: no button in English")
        Content.language = "nl"
        tryVerify(function() { return button(window).visible }, 1000)
    }

    function test_reads_the_screen_and_stops() {
        Probe.useSpeech(["nl", "en"])
        const window = createTemporaryObject(kiosk, test)
        Journey.start()
        waitForRendering(window.contentItem)
        const b = button(window)
        verify(b.visible)
        compare(b.text, "🔊 Lees voor")
        compare(b.Accessible.name, "Lees voor")
        compare(b.primary, false)
        mouseClick(b)
        compare(Probe.spokenTexts().length, 1)
        verify(lastSpoken().indexOf("Welkom!") === 0, lastSpoken())
        compare(Probe.spokenLanguages(), ["nl"])
        // While it reads, the button is filled and says how to stop.
        compare(ReadAloud.speaking, true)
        compare(b.text, "■ Stop voorlezen")
        compare(b.primary, true)
        mouseClick(b)
        compare(ReadAloud.speaking, false)
        compare(b.text, "🔊 Lees voor")
        compare(Probe.spokenTexts().length, 1, "a tap while reading only stops")

        // An activity: its question and the items its page shows, as its model words them.
        while (Journey.screen !== "statements" && Journey.screen !== "attract")
            Journey.next()
        compare(Journey.screen, "statements")
        waitForRendering(window.contentItem)
        const screen = screenOf(window)
        screen.pageIndex = 1
        mouseClick(b)
        const spoken = lastSpoken()
        compare(spoken, screen.model.spokenText(1, 1))
        verify(spoken.indexOf(screen.model.title) === 0, spoken)
        verify(spoken.indexOf("Stelling 2 van") > 0, spoken)
        verify(spoken.indexOf("eens, oneens of geen mening") > 0, spoken)
        // Moving on stops the reading.
        compare(ReadAloud.speaking, true)
        Journey.next()
        compare(ReadAloud.speaking, false)

        // In English, in English (the words of the button itself are checked by the
        // translation test: this runner has no translator).
        Content.language = "en"
        waitForRendering(window.contentItem)
        mouseClick(b)
        compare(Probe.spokenLanguages()[Probe.spokenLanguages().length - 1], "en")
        const shown = screenOf(window)
        compare(lastSpoken(), shown.model.spokenText(shown.firstShown, shown.itemCount > 0 ? shown.shownCount : -1))
        // The reading ends by itself: the button is ready again.
        Probe.finishSpeaking()
        compare(ReadAloud.speaking, false)
        compare(b.primary, false)
    }

    function test_every_screen_in_the_session_has_something_to_read() {
        Probe.useSpeech(["nl", "en"])
        const window = createTemporaryObject(kiosk, test)
        Journey.start()
        let steps = 0
        while (Journey.inSession && steps++ < 40) {
            waitForRendering(window.contentItem)
            const b = button(window)
            verify(b.visible, Journey.screen + ": the button is there")
            const text = ReadAloud.textToRead()
            verify(text.length > 20, Journey.screen + " reads: " + text)
            const title = findChild(screenOf(window), "questionTitle")
            if (title)
                verify(text.indexOf(title.text) === 0, Journey.screen + " starts with its question: " + text)
            Journey.next()
        }
        verify(steps > 8, "walked the session (" + steps + " screens)")
    }
}
