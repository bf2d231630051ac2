import QtQuick
import QtQuick.Window
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The projector view on a running room hub: nothing for fewer than 5 people, the figures once
// there are enough, and free text only once the facilitator approved it. Screenshots:
// tests/qml/screenshots_room.qml.
TestCase {
    id: test
    name: "Projector"
    visible: true
    when: windowShown
    width: 400
    height: 300

    Component {
        id: windowComponent
        Window {
            property alias screen: projector
            width: 1920
            height: 1080
            visible: true
            ScreenProjector { id: projector; anchors.fill: parent }
        }
    }
    Component { id: queueComponent; ModerationQueue {} }

    function initTestCase() {
        verify(Probe.startHub("Avond in Ankum"))
    }

    function named(item, name) {
        return findChild(item, name)
    }

    // The texts the projector shows on its current page.
    function shownTexts(screen) {
        const out = []
        const walk = item => {
            if (!item || !item.visible)
                return
            if (item.objectName === "projectorText")
                out.push(item.children[0].text)
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(screen)
        return out
    }

    // Shows an activity's page. The model may reset meanwhile (the hub's signal is handled on
    // the next turn of the event loop), which makes its delegates anew: found again after.
    function showPage(screen, activityId) {
        const page = named(screen, "projectorPage-" + activityId)
        verify(page, "a page for " + activityId)
        screen.currentIndex = page.index
        waitForRendering(screen)
        tryVerify(() => named(screen, "projectorPage-" + activityId).visible)
        return named(screen, "projectorPage-" + activityId)
    }

    function test_a_nothing_is_shown_for_fewer_than_five() {
        const window = createTemporaryObject(windowComponent, test)
        const screen = window.screen
        compare(Probe.addRoomParticipants(4, "respect", ["Een bankje bij de kerk"]).length, 1)
        tryCompare(screen.model, "participants", 4)
        verify(screen.model.withheld)
        waitForRendering(screen)
        verify(named(screen, "projectorRule").visible, "the rule is shown instead")
        compare(named(screen, "projectorRule").text, screen.model.rule)
        verify(!named(screen, "projectorPages").visible, "no activity, no figure")
        compare(shownTexts(screen), [])
        verify(named(screen, "projectorStatus").text.indexOf("4") >= 0)
    }

    function test_b_figures_and_approved_ideas_appear_unapproved_do_not() {
        const window = createTemporaryObject(windowComponent, test)
        const screen = window.screen
        const ids = Probe.addRoomParticipants(2, "respect", ["Een speeltuin bij de brede school", "Meer bankjes langs de Vecht"])
        compare(ids.length, 2)
        tryCompare(screen.model, "participants", 6)
        verify(!screen.model.withheld)
        waitForRendering(screen)
        verify(named(screen, "projectorPages").visible)
        // The values palette: six people picked respect.
        showPage(screen, "waarden")
        compare(named(screen, "projectorNote-waarden").text, "6 antwoorden")
        // Ideas: three ideas, so fewer than five answers: withheld even when approved.
        const queue = createTemporaryObject(queueComponent, test)
        compare(queue.approve(ids[0]), "")
        showPage(screen, "kansen-en-zorgen")
        compare(shownTexts(screen), [], "an activity with fewer than 5 answers shows no text")
        // Two more ideas make five: now the approved one shows, and only that one.
        const more = Probe.addRoomParticipants(0, "", ["Een markt op zaterdag", "De bus naar Zwolle vaker"])
        compare(more.length, 2)
        tryVerify(() => shownTexts(screen).length === 1, 5000)
        compare(shownTexts(screen), ["Een speeltuin bij de brede school"])
        // Approving another shows it too, newest first; rejecting does not.
        compare(queue.approve(more[0]), "")
        compare(queue.reject(ids[1]), "")
        tryVerify(() => shownTexts(screen).length === 2, 5000)
        compare(shownTexts(screen), ["Een markt op zaterdag", "Een speeltuin bij de brede school"])
        verify(shownTexts(screen).indexOf("Meer bankjes langs de Vecht") < 0)
        verify(shownTexts(screen).indexOf("De bus naar Zwolle vaker") < 0)
    }
}
