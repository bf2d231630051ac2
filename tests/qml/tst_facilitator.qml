import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The facilitator menu: a long press on the attract screen's corner, the PIN pad, the menu,
// and the lockout after wrong PINs.
TestCase {
    id: test
    name: "FacilitatorMenu"
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
        Facilitator.lock()
        Journey.reset()
    }

    function typePin(window, digits) {
        for (const d of digits)
            mouseClick(findAny(window, "digit-" + d))
        mouseClick(findAny(window, "digit-ok"))
    }

    function openPad() {
        const window = createTemporaryObject(mainComponent, test)
        waitForRendering(window.contentItem)
        const corner = findAny(window, "facilitatorCorner")
        mousePress(corner)
        tryCompare(Facilitator, "open", true, 5000)
        mouseRelease(corner)
        compare(Journey.screen, "attract", "a long press does not start a session")
        const overlay = findChild(window, "facilitatorOverlay")
        tryCompare(overlay, "opened", true)
        waitForRendering(window.contentItem)
        return window
    }

    function test_pin_opens_the_menu() {
        const window = openPad()
        compare(Probe.interactiveProblems(Probe.overlayOf(window.contentItem), 48), [])
        verify(Probe.interactiveCount(Probe.overlayOf(window.contentItem)) >= 12, "the PIN pad's buttons are checked")
        typePin(window, "2040")
        verify(Facilitator.unlocked)
        const syncNow = findAny(window, "syncNowButton")
        tryCompare(syncNow, "visible", true)
        waitForRendering(window.contentItem)
        compare(Probe.interactiveProblems(Probe.overlayOf(window.contentItem), 48), [])

        mouseClick(findAny(window, "mode-workshop"))
        compare(Facilitator.mode, "workshop")
        compare(Participation.channel, "workshop")
        mouseClick(findAny(window, "mode-kiosk"))
        compare(Participation.channel, "kiosk")

        mouseClick(findAny(window, "closeFacilitatorButton"))
        verify(!Facilitator.unlocked)
        verify(!Facilitator.open)
    }

    // The text of the menu row whose label is `label` (the row's second text).
    function rowValue(item, label) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.text === label && child.parent && child.parent.children.length >= 2)
                return child.parent.children[1].text
            const found = rowValue(child, label)
            if (found !== undefined)
                return found
        }
        return undefined
    }

    function test_menu_shows_what_is_still_on_the_device() {
        // Two participants, each with a profile and an idea; the first one's are sent and,
        // with a retention of 0, removed; the second is still at the screen.
        for (const who of [0, 1]) {
            verify(Participation.submit("profiel", {"answers": {"kern": "ankum-kern"}}))
            verify(Participation.submit("kansen-en-zorgen", {"text": "Een bankje " + who, "ideaKind": "concern", "theme": "wonen"}))
            if (who === 0) {
                Participation.end()
                compare(Probe.acknowledgeAllAndPurge(0), 2)
            }
        }
        compare(Probe.acknowledgeAllAndPurge(0), 0, "the session in progress keeps its answers")
        const window = openPad()
        typePin(window, "2040")
        tryCompare(findAny(window, "syncNowButton"), "visible", true)
        const overlay = findChild(window, "facilitatorOverlay")
        compare(rowValue(overlay.contentItem, "Nog op dit apparaat"), "2 with free text or a profile; 2 removed after sending")
        mouseClick(findAny(window, "closeFacilitatorButton"))
        Participation.end()
    }

    function test_wrong_pins_lock_the_pad() {
        const window = openPad()
        typePin(window, "1111")
        verify(!Facilitator.unlocked)
        const message = findAny(window, "pinMessage")
        compare(message.text, "Verkeerde pincode. Nog 2 pogingen, daarna gaat het menu even op slot.")
        typePin(window, "2222")
        typePin(window, "3333")
        compare(message.text, "Te vaak een verkeerde pincode. Probeer het over 30 seconden opnieuw.")
        verify(!findAny(window, "digit-2").enabled, "the pad is locked")
        compare(Facilitator.unlock("2040"), Facilitator.LockedOut)
    }

    // Why "Lees voor" is missing on the screens, in words: no speech program, no voice, still
    // starting, an engine error, switched off after a reading that never ended.
    function test_menu_says_why_reading_aloud_is_off_data() {
        return [
            { tag: "both voices", voices: ["nl", "en"], trouble: "", status: "Aan, in het Nederlands en het Engels." },
            { tag: "Dutch only", voices: ["nl"], trouble: "",
              status: "Aan in het Nederlands. Niet in het Engels: er is geen Engelse stem (espeak-ng)." },
            { tag: "no voice", voices: [], trouble: "",
              status: "Uit: er is geen Nederlandse en geen Engelse stem op dit apparaat (espeak-ng)." },
            { tag: "no speech program", voices: [], trouble: "no-engine",
              status: "Uit: er is geen spraakprogramma op dit apparaat (speech-dispatcher)." },
            { tag: "starting", voices: ["nl", "en"], trouble: "starting", status: "Nog niet klaar: het spraakprogramma start nog." },
            { tag: "engine error", voices: ["nl", "en"], trouble: "engine-error",
              status: "Uit: het spraakprogramma geeft een fout. Start het apparaat opnieuw." },
            { tag: "stuck", voices: ["nl", "en"], trouble: "stuck",
              status: "Uit: het voorlezen stopte niet vanzelf. Misschien werkt het geluid niet. Start de app opnieuw." }
        ]
    }
    function test_menu_says_why_reading_aloud_is_off(data) {
        Probe.useSpeech(data.voices)
        Probe.setSpeechTrouble(data.trouble)
        const window = openPad()
        typePin(window, "2040")
        tryCompare(findAny(window, "syncNowButton"), "visible", true)
        const overlay = findChild(window, "facilitatorOverlay")
        compare(rowValue(overlay.contentItem, "Voorlezen"), data.status)
        compare(ReadAloud.available, data.trouble === "" && data.voices.indexOf("nl") >= 0)
        mouseClick(findAny(window, "closeFacilitatorButton"))
        Probe.setSpeechTrouble("")
        Probe.useSpeech([])
    }
}
