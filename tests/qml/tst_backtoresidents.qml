import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// Back to residents on the same kiosk: "Dit zeiden anderen" on the attract screen (only once five
// or more answered), the page of what the municipality did with the input, and, for the
// facilitator, who took part against the residents. The test functions build on each other's
// participants, so they run in the order of their names.
TestCase {
    id: test
    name: "BackToResidents"
    visible: true
    when: windowShown
    width: 400
    height: 300

    Component {
        id: mainComponent
        Main { width: 1920; height: 1080 }
    }

    function findAny(window, name) {
        return findChild(window.contentItem, name) || findChild(Probe.overlayOf(window.contentItem), name)
    }

    function init() {
        Facilitator.lock()
        Journey.reset()
        Participation.end()
    }

    function openWindow() {
        const window = createTemporaryObject(mainComponent, test)
        verify(window !== null)
        waitForRendering(window.contentItem)
        return window
    }

    function screenOf(window) { return findChild(window, "screenLoader").item }

    // The visible children of `root` named `name`, depth first.
    function visibleNamed(root, name) {
        let out = []
        for (let i = 0; i < root.children.length; ++i) {
            const child = root.children[i]
            if (!child.visible)
                continue
            if (child.objectName === name)
                out.push(child)
            out = out.concat(visibleNamed(child, name))
        }
        return out
    }

    function openMenu(window) {
        Facilitator.showPinPad()
        compare(Facilitator.unlock("2040"), Facilitator.Accepted)
        const overlay = findChild(window, "facilitatorOverlay")
        tryCompare(overlay, "opened", true)
        waitForRendering(window.contentItem)
        return Probe.overlayOf(window.contentItem)
    }

    function test_a_four_answers_show_nothing() {
        verify(Probe.addParticipants(4, "respect"))
        const window = openWindow()
        const glimpse = findChild(screenOf(window), "othersSaid")
        verify(glimpse !== null)
        // Counted in the background once the first frame is up: the four are counted, and
        // still nothing of what they said is shown.
        tryCompare(glimpse, "participants", 4)
        verify(!glimpse.visible, "four people: nothing of what they said is shown")
        // The facilitator sees why there is nothing yet, and nothing of the four.
        const menu = openMenu(window)
        compare(findChild(menu, "reachSummary").text, "Minder dan 5 deelnemers zeiden waar ze wonen: nog geen afspiegeling.")
        compare(visibleNamed(menu, "reachRow").length, 0)
    }

    function test_b_five_answers_show_what_others_said() {
        verify(Probe.addParticipants(1, "respect"))
        const window = openWindow()
        const glimpse = findChild(screenOf(window), "othersSaid")
        // The attract screen is up before the count; the line appears when it is done.
        tryVerify(() => glimpse.visible, 5000, "five people: what they said appears once counted")
        compare(glimpse.participants, 5)
        // All five picked "respect": 5 of 5 = 100%.
        const rows = visibleNamed(glimpse, "othersSaidRow")
        compare(rows.length, 1, "one line at a time")
        compare(rows[0].label, "Respect")
        compare(rows[0].sentence, "100% koos deze waarde.")
        compare(findChild(glimpse, "othersSaidRow").Accessible.name, "Respect: 100% koos deze waarde.")
        // It is a glance, not a button: a tap on it starts a session like anywhere else.
        mouseClick(glimpse)
        compare(Journey.screen, "welcome")
    }

    function test_c_the_follow_up_page_from_the_attract_screen() {
        const window = openWindow()
        const button = findChild(screenOf(window), "followUpButton")
        verify(button.visible)
        mouseClick(button)
        compare(Journey.screen, "followup")
        compare(Journey.inSession, false, "reading the page starts no session")
        waitForRendering(window.contentItem)
        const page = screenOf(window)
        compare(page.objectName, "followUpScreen")
        compare(findChild(page, "followUpIntro").text,
                "Hier laat de gemeente zien wat er met de inbreng van inwoners gebeurt. Na elke fase vullen we deze pagina aan.")
        compare(findChild(page, "followUpUpdated").text, "Bijgewerkt op 3 december 2026")
        // Both points of the pack, each with its decision in words.
        const first = findChild(page, "followUpItem-0")
        const second = findChild(page, "followUpItem-1")
        verify(first !== null && second !== null)
        compare(findChild(first, "followUpStatus").status, "adopted")
        compare(second.Accessible.name.indexOf("Nog niet besloten"), 0)
        compare(Probe.interactiveProblems(page, 48), [])

        // In English and with bigger letters, on the page itself.
        mouseClick(findChild(page, "followUpLanguage"))
        compare(Content.language, "en")
        // (This runner loads no translator: the pack's own English is what can be checked here.)
        compare(findChild(page, "followUpIntro").text,
                "Here the municipality shows what happens with the input of residents. We add to this page after every phase.")
        compare(Content.followUp.updated, "3 December 2026")
        mouseClick(findChild(page, "followUpTextSize"))
        compare(Journey.textScale, 2.0)
        waitForRendering(window.contentItem)
        compare(Probe.interactiveProblems(page, 48), [])

        // Back: the attract screen, in the default language at the normal size again.
        mouseClick(findChild(page, "backButton"))
        compare(Journey.screen, "attract")
        compare(Content.language, "nl")
        compare(Journey.textScale, 1.0)
    }

    function test_d_the_follow_up_page_leads_in_or_times_out() {
        const window = openWindow()
        Journey.showFollowUp()
        compare(Journey.screen, "followup")
        waitForRendering(window.contentItem)
        mouseClick(findChild(screenOf(window), "followUpTakePart"))
        compare(Journey.screen, "welcome", "from the page straight into taking part")
        Journey.showFollowUp()
        compare(Journey.screen, "welcome", "not in the middle of someone's session")
        Journey.reset()

        // Left open and walked away from: the idle guard brings the attract screen back.
        Probe.useFakeIdleClock()
        Journey.showFollowUp()
        compare(Journey.screen, "followup")
        Probe.advanceIdleClock((Idle.idleSeconds + 1) * 1000)
        verify(Idle.warning)
        Probe.advanceIdleClock((Idle.warningSeconds + 1) * 1000)
        compare(Journey.screen, "attract")
    }

    function test_e_the_facilitator_sees_representativeness() {
        // Five more, all from the village of Dalfsen; the five before them gave no kern.
        // Dalfsen (village 9349 + countryside 1795 = 11144 of 29703 residents in 2024 = 37.5%):
        // 5 of 5 = 100%, ratio 1 / 0.3752 = 2.67. Score 1 - TVD = 1 - (1 - 0.3752) = 38 of 100.
        verify(Probe.addParticipants(5, "noaberschap", "dalfsen-kern"))
        const window = openWindow()
        const menu = openMenu(window)
        compare(findChild(menu, "reachSummary").text,
                "5 deelnemers zeiden waar ze wonen. Afspiegeling per kern: 38 van de 100 (100: precies zoals de inwoners).")
        const rows = visibleNamed(menu, "reachRow")
        compare(rows.length, 6, "one line per kern")
        compare(rows[0].label, "Dalfsen")
        compare(rows[0].line, "100% van de deelnemers, 38% van de inwoners (verhouding 2,67)")
        // Nieuwleusen (7790 + 1776 = 9566, 32%): nobody, which stays "fewer than five".
        compare(rows[1].line, "minder dan 5 deelnemers, 32% van de inwoners")
        compare(Probe.interactiveProblems(menu, 48), [])
    }
}
