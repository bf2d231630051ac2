import QtQuick
import QtQuick.Window
import QtTest
import Samenspraak
import Samenspraak.Core
import TestSupport

// Screenshots of the room hub's projector and moderation queue at 1920x1080 and 1280x800, in
// Dutch and English (not a test: run by hand, see bench/README.md "Screenshots"):
//   SAMENSPRAAK_SCREENSHOTS=DIR QT_QPA_PLATFORM=offscreen build/tests/qml_tests -input tests/qml/screenshots_room.qml
TestCase {
    id: test
    name: "RoomScreenshots"
    visible: true
    when: windowShown
    width: 400
    height: 300

    Component {
        id: projectorWindow
        Window {
            property alias screen: projector
            width: 1920
            height: 1080
            visible: true
            ScreenProjector { id: projector; anchors.fill: parent }
        }
    }
    Component {
        id: moderationWindow
        Window {
            property alias screen: moderation
            width: 1920
            height: 1080
            visible: true
            ScreenModeration { id: moderation; anchors.fill: parent }
        }
    }

    function test_screenshots() {
        const dir = Probe.screenshotDir()
        verify(dir !== "", "set SAMENSPRAAK_SCREENSHOTS to the folder to write to")
        verify(Probe.startHub("Avond in Ankum"))
        const ideas = Probe.addRoomParticipants(7, "noaberschap",
            ["Een speeltuin bij de brede school, met bankjes voor de ouders", "Meer bankjes langs de Vecht",
             "De wethouder is een klootzak", "Een markt op zaterdag", "De bus naar Zwolle vaker laten rijden"])
        Probe.addRoomParticipants(4, "respect", [])
        Probe.addRoomParticipants(3, "dynamiek", [])
        const queueWindow = createTemporaryObject(moderationWindow, test)
        compare(queueWindow.screen.queue.approve(ideas[0]), "")
        compare(queueWindow.screen.queue.approve(ideas[3]), "")
        compare(queueWindow.screen.queue.reject(ideas[1]), "")
        const window = createTemporaryObject(projectorWindow, test)
        for (const language of ["nl", "en"]) {
            Probe.useLanguage(language, window.screen)
            for (const size of [[1920, 1080], [1280, 800]]) {
                for (const w of [window, queueWindow]) {
                    w.width = size[0]
                    w.height = size[1]
                }
                for (const page of ["waarden", "kansen-en-zorgen"]) {
                    tryVerify(() => findChild(window.screen, "projectorPage-" + page) !== null)
                    window.screen.currentIndex = findChild(window.screen, "projectorPage-" + page).index
                    wait(150)
                    tryVerify(() => findChild(window.screen, "projectorPage-" + page).visible)
                    waitForRendering(window.screen)
                    grabImage(window.screen).save(dir + "/projector-" + page + "_" + language + "_" + size[0] + "x" + size[1] + ".png")
                }
                wait(150)
                waitForRendering(queueWindow.screen)
                grabImage(queueWindow.screen).save(dir + "/moderation_" + language + "_" + size[0] + "x" + size[1] + ".png")
            }
        }
        Probe.useLanguage("nl", window.screen)
    }
}
