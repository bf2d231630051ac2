import QtQuick
import QtQuick.Window
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The moderation queue on a running room hub: what the word list flagged comes first and is
// marked, the facilitator approves and rejects with large buttons, and a decided text stays in
// the list (nothing is deleted).
TestCase {
    id: test
    name: "ModerationQueue"
    visible: true
    when: windowShown
    width: 400
    height: 300

    Component {
        id: windowComponent
        Window {
            property alias screen: moderation
            width: 1280
            height: 800
            visible: true
            ScreenModeration { id: moderation; anchors.fill: parent }
        }
    }

    function initTestCase() {
        verify(Probe.startHub("Avond in Ankum"))
    }

    function rowOf(screen, id) {
        return findChild(screen, "moderationRow-" + id)
    }

    function test_flag_approve_reject() {
        const window = createTemporaryObject(windowComponent, test)
        const screen = window.screen
        compare(screen.queue.waiting, 0)
        const ids = Probe.addRoomParticipants(0, "", ["Een speeltuin bij de brede school", "De wethouder is een Klootzak!",
                                                      "Meer bankjes langs de Vecht"])
        compare(ids.length, 3)
        tryCompare(screen.queue, "waiting", 3)
        waitForRendering(screen)
        // The word list flagged the abuse: first in the list, marked, on the notice colour.
        const list = findChild(screen, "moderationList")
        compare(list.count, 3)
        const flagged = rowOf(screen, ids[1])
        verify(flagged, "the flagged text has a row")
        compare(flagged.state, "flagged")
        compare(flagged.y, 0, "flagged text comes first")
        compare(String(flagged.color), String(Theme.notice))
        compare(findChild(flagged, "moderationState").text.indexOf(flagged.stateLabel) >= 0, true)
        compare(rowOf(screen, ids[0]).state, "pending")
        // Large touch targets with names, as everywhere.
        compare(Probe.interactiveProblems(screen, 48), [])

        // Approve the first, reject the third, by tapping.
        mouseClick(findChild(screen, "approve-" + ids[0]))
        tryCompare(screen.queue, "waiting", 2)
        compare(screen.message, "")
        tryVerify(() => rowOf(screen, ids[0]) && rowOf(screen, ids[0]).state === "approved")
        mouseClick(findChild(screen, "reject-" + ids[2]))
        tryCompare(screen.queue, "waiting", 1)
        tryVerify(() => rowOf(screen, ids[2]) && rowOf(screen, ids[2]).state === "rejected")
        // Decided texts stay in the list, marked; an approved one offers only "reject", and back.
        compare(list.count, 3)
        verify(!findChild(screen, "approve-" + ids[0]).visible)
        verify(findChild(screen, "reject-" + ids[0]).visible)
        // The flagged one can be approved by a person.
        mouseClick(findChild(screen, "approve-" + ids[1]))
        tryCompare(screen.queue, "waiting", 0)
        tryVerify(() => rowOf(screen, ids[1]).state === "approved")
    }
}
