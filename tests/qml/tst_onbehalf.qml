import QtQuick
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// Assisted and paper entry from the facilitator menu (OnBehalfCard.qml): the next session is
// tagged "assisted" or "paper" (a paper one on the form's date), once; then the device's own
// channel again.
TestCase {
    id: test
    name: "OnBehalfEntry"
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
    }

    function isoDate(d) {
        const two = n => (n < 10 ? "0" : "") + n
        return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate())
    }

    function openMenu() {
        const window = createTemporaryObject(mainComponent, test)
        waitForRendering(window.contentItem)
        const corner = findAny(window, "facilitatorCorner")
        mousePress(corner)
        tryCompare(Facilitator, "open", true, 5000)
        mouseRelease(corner)
        tryCompare(findChild(window, "facilitatorOverlay"), "opened", true)
        for (const d of "2040")
            mouseClick(findAny(window, "digit-" + d))
        mouseClick(findAny(window, "digit-ok"))
        verify(Facilitator.unlocked)
        waitForRendering(window.contentItem)
        return window
    }

    // Scrolls the menu until the item is on screen, then taps it as a finger would.
    function tap(window, name) {
        const item = findAny(window, name)
        verify(item, name)
        tryCompare(item, "visible", true)
        const flick = findAny(window, "facilitatorFlick")
        const inFlick = item.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(inFlick.y - flick.height / 3, flick.contentHeight - flick.height))
        waitForRendering(window.contentItem)
        mouseClick(item)
    }

    function press(window, name) {
        const button = findAny(window, name)
        verify(button, name)
        waitForRendering(window.contentItem)
        mouseClick(button)
    }

    // From the welcome screen to the first question, one value picked and saved.
    function answerValues(window) {
        tryCompare(Journey, "screen", "welcome")
        press(window, "continueButton")
        press(window, "continueButton")
        press(window, "continueButton")
        tryCompare(Journey, "screen", "values")
        findChild(window.contentItem, "screenLoader").item.model.toggle(0)
        press(window, "continueButton")
        compare(Probe.lastActivity(), "waarden")
    }

    function test_assisted_tags_one_session_then_the_device_channel_again() {
        const window = openMenu()
        tap(window, "onBehalf-assisted")
        compare(findAny(window, "formDateText").visible, false, "an assisted session has no form date")
        tap(window, "onBehalfStart")
        compare(Facilitator.open, false, "the menu closes for the resident")
        compare(Participation.onBehalf, "assisted")
        answerValues(window)
        const tag = findChild(window.contentItem, "onBehalfTag")
        compare(tag.visible, true, "the session bar says it is on someone's behalf")
        compare(tag.text, "Met hulp")
        compare(Probe.lastSession().channel, "assisted")
        const assistedStart = new Date(Probe.lastSession().startedAt)
        verify(Math.abs(assistedStart - new Date()) < 60000, "an assisted session starts now")

        Journey.reset()
        compare(Participation.onBehalf, "", "only that one session")
        press(window, "startButton")
        answerValues(window)
        compare(findChild(window.contentItem, "onBehalfTag").visible, false)
        compare(Probe.lastSession().channel, Facilitator.mode, "the next resident is the device's own channel")
    }

    function test_paper_takes_the_date_on_the_form() {
        const window = openMenu()
        tap(window, "onBehalf-paper")
        const later = findAny(window, "formDateLater")
        tryCompare(later, "visible", true)
        compare(later.enabled, false, "a paper form is not from the future")
        compare(Probe.interactiveProblems(Probe.overlayOf(window.contentItem), 48), [])
        const before = findAny(window, "formDateText").text
        tap(window, "formDateEarlier")
        tap(window, "formDateEarlier")
        verify(findAny(window, "formDateText").text !== before)
        compare(later.enabled, true)
        tap(window, "onBehalfStart")
        compare(Participation.onBehalf, "paper")
        answerValues(window)
        const twoDaysAgo = new Date()
        twoDaysAgo.setDate(twoDaysAgo.getDate() - 2)
        compare(Probe.lastSession().channel, "paper")
        compare(Probe.lastSession().startedAt.substring(0, 10), isoDate(twoDaysAgo), "the session is dated as the form")
    }

    function test_a_wrong_form_date_is_refused_with_a_reason() {
        const future = new Date()
        future.setDate(future.getDate() + 1)
        verify(Participation.prepareOnBehalf("paper", isoDate(future)).indexOf("toekomst") >= 0)
        verify(Participation.prepareOnBehalf("paper", "2020-01-01").indexOf("meer dan een jaar") >= 0)
        verify(Participation.prepareOnBehalf("paper", "24-11").indexOf("geen datum") >= 0)
        verify(Participation.prepareOnBehalf("kiosk", "") !== "", "only assisted and paper are on someone's behalf")
        compare(Participation.onBehalf, "", "a refused date prepares nothing")
        compare(Participation.prepareOnBehalf("paper", ""), "", "no date: today")
        compare(Participation.onBehalf, "paper")
    }
}
