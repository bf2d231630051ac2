import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// The facilitator's room screens (issue 10): start a room (this tablet as hub: code, QR,
// fingerprint, controls, tablets), join one (found, typed, the fingerprint compared, each
// failure said plainly), and a member tablet following the room (activity, pause, results,
// working alone once the hub is gone).
TestCase {
    id: test
    name: "Room"
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
               || Probe.findObject(window, name)
    }
    function flickableOf(item) {
        for (let p = item.parent; p; p = p.parent)
            if (p.contentY !== undefined && p.contentHeight !== undefined)
                return p
        return null
    }
    // Scrolls the page to `name` and taps it, as a finger would.
    function tap(window, name) {
        const item = findAny(window, name)
        verify(item !== null, name + " exists")
        tryCompare(item, "visible", true)
        const flick = flickableOf(item)
        if (flick) {
            // Layout may still be settling (the menu just replaced the PIN pad): scroll until it shows.
            tryVerify(() => {
                const y = item.mapToItem(flick.contentItem, 0, 0).y
                flick.contentY = Math.max(0, Math.min(y - 40, flick.contentHeight - flick.height))
                const top = item.mapToItem(null, 0, 0).y
                return top >= 0 && top + item.height <= window.height
            }, 3000, name + " scrolled into view")
            tryVerify(() => !flick.moving)
            waitForRendering(window.contentItem)
        }
        verify(item.enabled, name + " is enabled")
        mouseClick(item)
        return item
    }
    function page(window, name) {
        const found = findAny(window, name)
        verify(found !== null, name + " exists")
        tryCompare(found, "opened", true)
        return found
    }
    function openMenu() {
        const window = createTemporaryObject(mainComponent, test)
        waitForRendering(window.contentItem)
        const corner = findAny(window, "facilitatorCorner")
        mousePress(corner)
        tryCompare(Facilitator, "open", true, 5000)
        mouseRelease(corner)
        for (const d of "2040")
            mouseClick(findAny(window, "digit-" + d))
        mouseClick(findAny(window, "digit-ok"))
        tryCompare(Facilitator, "unlocked", true)
        tryVerify(() => findAny(window, "roomCard") !== null)
        return window
    }

    function initTestCase() {
        Probe.useLoopbackRooms()
    }
    function init() {
        if (Room.role === "hub")
            Room.endRoom()
        if (Room.role === "member")
            Room.leave()
        Probe.forgetOtherTablet()
        Probe.stopOtherHub()
        Room.clearError()
        Facilitator.lock()
        Journey.reset()
    }

    function test_start_a_room_and_steer_its_tablets() {
        const window = openMenu()
        const allActivities = Journey.activityCount
        tap(window, "roomStartOpen")
        page(window, "roomStartPage")
        waitForRendering(window.contentItem)
        compare(Probe.interactiveProblems(Probe.overlayOf(window.contentItem), 48), [])
        findAny(window, "roomTitleField").text = "Avond Ankum"
        findAny(window, "roomPlaceField").text = "De Kappe"
        compare(findAny(window, "roomDateField").text, Room.today)
        const choices = Room.activityChoices
        verify(choices.length >= 3)
        // Leave the second activity out: the room (and this tablet's flow) does without it.
        tap(window, "roomActivity-" + choices[1].id)
        tap(window, "roomKern-" + Room.kernChoices[1].id)
        tap(window, "roomStartButton")
        tryCompare(Room, "role", "hub")
        compare(Room.error, "")
        compare(Journey.activityCount, allActivities - 1)

        page(window, "roomHubPage")
        waitForRendering(window.contentItem)
        compare(Room.title, "Avond Ankum")
        verify(Room.details.indexOf("De Kappe") >= 0, Room.details)
        verify(Room.details.indexOf(Room.kernChoices[1].title) >= 0, Room.details)
        verify(/^\d{3} \d{3}$/.test(findAny(window, "roomCode").text), findAny(window, "roomCode").text)
        verify(findAny(window, "roomQr").modules > 20, "a QR code of the join URL")
        verify(Room.joinUrl.indexOf("code=" + Room.code.replace(" ", "")) > 0, Room.joinUrl)
        verify(Room.joinUrl.indexOf("fp=") > 0)
        compare(Room.fingerprint.split(" ").length, 16)
        verify(findAny(window, "roomFingerprint").text.indexOf(Room.fingerprint) >= 0)
        verify(findAny(window, "roomHotspot").text.indexOf("hotspot") >= 0)
        compare(Room.participants, 0)
        compare(Room.tablets.length, 0)
        compare(Room.mode, "free")

        // A tablet joins through the join URL and follows the room.
        verify(Probe.joinAsOtherTablet(Room.joinUrl))
        tryVerify(() => Probe.otherTabletMode() === "free", 5000)
        tryCompare(findAny(window, "roomTabletsText"), "text", "1 van 1 tablets verbonden", 5000)
        compare(Room.tablets[0].name, "Tafel 7")

        tap(window, "roomNextButton")
        compare(Room.mode, "activity")
        verify(Room.stateText.indexOf(choices[0].title) >= 0, Room.stateText)
        tryVerify(() => Probe.otherTabletMode() === "activity", 5000)
        tap(window, "roomPauseButton")
        compare(Room.mode, "pause")
        compare(findAny(window, "roomPauseButton").text, "Verder na de pauze")
        tryVerify(() => Probe.otherTabletMode() === "pause", 5000)
        tap(window, "roomResultsButton")
        tryVerify(() => Probe.otherTabletMode() === "results", 5000)
        tap(window, "roomNextButton")
        // The second activity was left out: next is the third.
        verify(Room.stateText.indexOf(choices[2].title) >= 0, Room.stateText)

        tap(window, "roomEndButton")
        tap(window, "roomEndConfirm")
        tryCompare(Room, "role", "")
        compare(Journey.activityCount, allActivities)
        // The tablet that was in it notices the hub is gone and works alone.
        tryVerify(() => Probe.otherTabletMode() === "", 8000)
    }

    function test_join_says_what_went_wrong_and_then_joins() {
        const other = Probe.startOtherHub(3, "")
        verify(other.code !== undefined)
        const window = openMenu()
        tap(window, "roomJoinOpen")
        page(window, "roomJoinPage")
        tryCompare(findAny(window, "roomNoneFound"), "visible", true, 5000)
        waitForRendering(window.contentItem)
        compare(Probe.interactiveProblems(Probe.overlayOf(window.contentItem), 48), [])
        const address = findAny(window, "roomAddressField")
        const code = findAny(window, "roomCodeField")
        // What the join page itself shows.
        const joinPage = findAny(window, "roomJoinPage")
        const error = () => Probe.findObject(joinPage, "roomError").text

        address.text = "geen adres"
        code.text = other.code
        tap(window, "roomJoinButton")
        verify(error().indexOf("Dit adres klopt niet") === 0, error())

        address.text = "127.0.0.1:1"
        tap(window, "roomJoinButton")
        verify(error().indexOf("niet te bereiken") > 0, error())

        // The QR code's link of another hub: its certificate is not this one's.
        address.text = other.joinUrl.replace(/fp=[0-9a-f]+/, "fp=" + "ab".repeat(32))
        tap(window, "roomJoinButton")
        verify(error().indexOf("niet de tablet van de begeleider") > 0, error())
        compare(Room.seenFingerprint, "", "a fingerprint that does not match is not offered to trust")
        compare(Room.role, "")

        // A typed address: the fingerprint is shown to compare; trusting it, a wrong code is refused.
        address.text = other.address
        code.text = "000 001"
        tap(window, "roomJoinButton")
        verify(error().indexOf("Vergelijk de vingerafdruk") === 0, error())
        tryCompare(findAny(window, "roomSeenFingerprint"), "text", other.fingerprint)
        tap(window, "roomTrustButton")
        verify(error().indexOf("Deze code klopt niet") === 0, error())
        tap(window, "roomTrustButton")
        tap(window, "roomTrustButton")
        // Three wrong codes a minute: slowed down, the right code too.
        code.text = other.code
        tap(window, "roomTrustButton")
        verify(error().indexOf("te vaak een verkeerde code") > 0, error())
        compare(Room.role, "")
    }

    function test_a_member_follows_the_room_and_works_alone_without_it() {
        const other = Probe.startOtherHub(10, "2099.1.1")
        const window = openMenu()
        tap(window, "roomJoinOpen")
        page(window, "roomJoinPage")
        findAny(window, "roomAddressField").text = other.joinUrl
        tap(window, "roomJoinButton")
        compare(Room.error, "")
        tryCompare(Room, "role", "member")
        tryCompare(Room, "hubReachable", true, 5000)
        // The room's pack is not this tablet's: said plainly.
        verify(Room.packNotice.indexOf("2099.1.1") > 0, Room.packNotice)
        tryCompare(findAny(window, "roomPackNotice"), "visible", true)
        verify(findAny(window, "roomCardStatus").text.indexOf("Avond Oudleusen") > 0)
        verify(findAny(window, "roomConnection").text.indexOf("Verbonden") === 0)
        Facilitator.lock()
        tryCompare(Facilitator, "open", false)

        verify(Probe.otherHubCommand("next"))
        tryCompare(Journey, "activityId", other.activities[0], 5000)
        verify(Probe.otherHubCommand("next"))
        tryCompare(Journey, "activityId", other.activities[1], 5000)
        verify(Probe.otherHubCommand("pause"))
        tryCompare(Room, "followMode", "pause", 5000)
        tryVerify(() => findAny(window, "roomFollowScreen") !== null && findAny(window, "roomFollowScreen").opened)
        compare(findAny(window, "roomFollowTitle").text, "Even pauze")
        waitForRendering(window.contentItem)
        verify(Probe.otherHubCommand("results"))
        tryCompare(findAny(window, "roomFollowTitle"), "text", "Kijk samen naar de resultaten", 5000)
        verify(Probe.otherHubCommand("resume"))
        tryCompare(Room, "followMode", "activity", 5000)
        tryVerify(() => findAny(window, "roomFollowScreen") === null || !findAny(window, "roomFollowScreen").visible)
        compare(Journey.activityId, other.activities[1], "back where the room was")

        // Paused, then the hub is gone: the tablet does not stay stuck on the pause screen.
        verify(Probe.otherHubCommand("pause"))
        tryCompare(Room, "followMode", "pause", 5000)
        Probe.stopOtherHub()
        tryCompare(Room, "hubReachable", false, 8000)
        compare(Room.followMode, "free")
        verify(Room.connectionText.indexOf("werkt alleen verder") > 0, Room.connectionText)
        compare(Room.role, "member", "still in the room: its answers go to the hub once it is back")
    }

    // Every room screen at kiosk and tablet size, in Dutch and English, at 100% and 200% text:
    // every control big enough to touch, and a picture of each to look at when
    // SAMENSPRAAK_SCREENSHOTS names a folder.
    function test_room_screens_at_every_size_data() {
        return [{tag: "kiosk", w: 1920, h: 1080}, {tag: "tablet", w: 1280, h: 800}]
    }
    function test_room_screens_at_every_size(data) {
        Probe.useTranslations()
        const dir = Probe.screenshotDir()
        const other = Probe.startOtherHub(100, "2099.1.1")
        const main = Qt.createComponent("qrc:/qt/qml/Samenspraak/Main.qml")
        for (const language of ["nl", "en"]) {
            for (const scale of [1.0, 2.0]) {
                Facilitator.defaultLanguage = language
                Journey.reset()
                Journey.textScale = scale
                const window = main.createObject(test, {width: data.w, height: data.h})
                waitForRendering(window.contentItem)
                const suffix = "_" + language + "_" + data.tag + "-" + data.w + "x" + data.h + (scale > 1 ? "_text200" : "")
                function shot(name) {
                    waitForRendering(window.contentItem)
                    wait(50)
                    compare(Probe.interactiveProblems(Probe.overlayOf(window.contentItem), 48), [], name + suffix)
                    if (dir !== "")
                        grabImage(window.contentItem).save(dir + "/room-" + name + suffix + ".png")
                }
                const corner = findAny(window, "facilitatorCorner")
                mousePress(corner)
                tryCompare(Facilitator, "open", true, 5000)
                mouseRelease(corner)
                Facilitator.unlock("2040")
                tryVerify(() => findAny(window, "roomStartOpen") !== null && findAny(window, "roomStartOpen").visible)
                const card = findAny(window, "roomStartOpen")
                const flick = flickableOf(card)
                flick.contentY = Math.max(0, Math.min(card.mapToItem(flick.contentItem, 0, 0).y - 200, flick.contentHeight - flick.height))
                shot("menu")

                tap(window, "roomStartOpen")
                page(window, "roomStartPage")
                findAny(window, "roomTitleField").text = "Avond Ankum"
                findAny(window, "roomPlaceField").text = "De Kappe"
                shot("start")
                tap(window, "roomStartButton")
                tryCompare(Room, "role", "hub")
                verify(Probe.joinAsOtherTablet(Room.joinUrl))
                tryCompare(findAny(window, "roomTabletsText"), "text", language === "nl" ? "1 van 1 tablets verbonden" : "1 of 1 tablets connected", 5000)
                tap(window, "roomNextButton")
                page(window, "roomHubPage")
                shot("hub")
                Probe.forgetOtherTablet()
                Room.endRoom()
                findAny(window, "roomHubPage").backRequested()
                tryVerify(() => findAny(window, "roomHubPage") === null || !findAny(window, "roomHubPage").visible)

                tap(window, "roomJoinOpen")
                page(window, "roomJoinPage")
                tryCompare(findAny(window, "roomNoneFound"), "visible", true, 5000)
                findAny(window, "roomAddressField").text = other.address
                findAny(window, "roomCodeField").text = other.code
                tap(window, "roomJoinButton")
                tryVerify(() => Room.seenFingerprint !== "")
                shot("join-compare")
                findAny(window, "roomCodeField").text = "000 001"
                tap(window, "roomTrustButton")
                verify(Room.error !== "")
                shot("join-wrong-code")
                findAny(window, "roomCodeField").text = other.code
                tap(window, "roomTrustButton")
                tryCompare(Room, "role", "member")
                tryCompare(Room, "hubReachable", true, 5000)
                const status = findAny(window, "roomCardStatus")
                flick.contentY = Math.max(0, Math.min(status.mapToItem(flick.contentItem, 0, 0).y - 200, flick.contentHeight - flick.height))
                shot("menu-member")
                Facilitator.lock()
                tryCompare(Facilitator, "open", false)

                verify(Probe.otherHubCommand("pause"))
                tryVerify(() => findAny(window, "roomFollowScreen") !== null && findAny(window, "roomFollowScreen").opened, 5000)
                shot("pause")
                verify(Probe.otherHubCommand("results"))
                tryCompare(Room, "followMode", "results", 5000)
                shot("results")
                verify(Probe.otherHubCommand("resume"))
                tryCompare(Room, "followMode", "free", 5000)
                Room.leave()
                window.destroy()
                wait(0)
            }
        }
        Facilitator.defaultLanguage = "nl"
        Journey.reset()
    }
}
