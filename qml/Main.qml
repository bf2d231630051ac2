import QtQuick
import Samenspraak.Core

// The kiosk window. It shows the screen of the flow's current step and passes the screen's
// "done", "back" and "skipped" on to the flow; C++ decides the order and saves the answers.
// A plain Window, and the attract screen is plain Qt Quick too: Qt Quick Controls and Layouts
// (a third of the start, bench/README.md) are loaded once the first frame is up, see below.
// Popups find their overlay on a plain Window as on an ApplicationWindow.
Window {
    id: window
    width: 1920
    height: 1080
    visible: true
    title: "Samenspraak"
    color: Theme.background

    // Every screen the flow can show (the self-test walks them).
    readonly property var screens: Journey.screens
    readonly property var screenFiles: ({
        attract: "ScreenStart.qml",
        welcome: "ScreenWelcome.qml",
        privacy: "ScreenPrivacy.qml",
        intro: "ScreenIntro.qml",
        values: "ScreenValues.qml",
        ideas: "ScreenIdeas.qml",
        dots: "ScreenDots.qml",
        ranking: "ScreenRanking.qml",
        dilemma: "ScreenDilemma.qml",
        statements: "ScreenStatements.qml",
        profile: "ScreenProfile.qml",
        satisfaction: "ScreenSatisfaction.qml",
        thanks: "ScreenThanks.qml",
        followup: "ScreenFollowUp.qml"
    })

    Binding { target: Theme; property: "scale"; value: Math.min(window.height / 1080, window.width / 1280 * 0.8) }
    Binding { target: Theme; property: "textScale"; value: Journey.textScale }

    // A new step always gets a fresh screen, so nothing of a previous one lingers.
    function showStep() {
        const props = Journey.activityId !== "" ? { activityId: Journey.activityId }
                    : Journey.screen === "intro" ? { phaseId: Journey.phaseId } : {}
        screenLoader.setSource(screenFiles[Journey.screen], props)
    }
    Connections {
        target: Journey
        function onStepChanged() { window.showStep() }
    }
    Component.onCompleted: showStep()

    // The on-screen keyboard is up: the page above it is shorter.
    readonly property bool keyboardUp: keyboard.item !== null && keyboard.item.active

    Item {
        id: frame
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: window.keyboardUp ? keyboard.top : parent.bottom

        Loader {
            id: sessionBar
            active: Journey.inSession
            // The keyboard leaves little room: the field, Terug and Verder come first; the
            // bar (with Stoppen) is back once the keyboard closes.
            visible: !window.keyboardUp
            height: visible && item ? item.implicitHeight : 0
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            source: "SessionBar.qml"
        }
        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.top: sessionBar.active && sessionBar.visible ? sessionBar.bottom : parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            focus: true
        }
        Connections {
            target: screenLoader.item
            ignoreUnknownSignals: true
            function onStarted() { Journey.start() }
            function onDone() { Journey.next() }
            function onSkipped() { Journey.next() }
            function onBack() { Journey.back() }
        }
    }

    // Made only when needed: a quicker start, and nothing of them in memory meanwhile. By file
    // name, so not even their types are compiled at the start.
    PopupLoader {
        wanted: Journey.stopAsked
        source: "StopDialog.qml"
    }
    PopupLoader {
        wanted: Idle.warning
        source: "IdleOverlay.qml"
    }
    // A tablet in a room while the facilitator paused it or shows its results (issue 10).
    PopupLoader {
        wanted: Room.followMode === "pause" || Room.followMode === "results"
        source: "RoomFollowScreen.qml"
    }
    PopupLoader {
        wanted: Facilitator.open
        source: "FacilitatorOverlay.qml"
    }

    // The keyboard stays below the window until a field is tapped, so it is made once the
    // first frame is up, in the background: it was up to half of a kiosk's start (bench/README.md).
    property bool firstFrameShown: false
    onFrameSwapped: if (!firstFrameShown) firstFrameShown = true
    // What comes after the attract screen (the welcome screen and the session bar, and with
    // them Qt Quick Controls and Layouts) is compiled in the background once the first frame
    // is up, so the first tap on "Doe mee" does not wait for it.
    property var preloaded: []
    onFirstFrameShownChanged: {
        if (firstFrameShown)
            preloaded = ["ScreenWelcome.qml", "SessionBar.qml"].map(file => Qt.createComponent(file, Component.Asynchronous, window))
    }
    Loader {
        id: keyboard
        active: Journey.virtualKeyboard && window.firstFrameShown
        asynchronous: true
        source: "VirtualKeyboard.qml"
        anchors.left: parent.left
        anchors.right: parent.right
        y: item && item.active ? parent.height - height : parent.height
        z: 100
    }
}
