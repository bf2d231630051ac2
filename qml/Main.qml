import QtQuick
import QtQuick.Controls
import Samenspraak.Core

// The kiosk window. Screens are swapped by name; QML only routes, C++ decides and saves.
ApplicationWindow {
    id: window
    width: 1920
    height: 1080
    visible: true
    title: "Samenspraak"
    color: Theme.background

    property string screen: "start"
    // The values activity of the open phase the skeleton walks through.
    readonly property string valuesActivity: {
        const flow = Content.flow
        for (let i = 0; i < flow.length; ++i)
            if (Content.activity(flow[i]).kind === "values")
                return flow[i]
        return ""
    }
    readonly property var screens: ["start", "values", "thanks"]

    Binding { target: Theme; property: "scale"; value: Math.min(window.height / 1080, window.width / 1280 * 0.8) }

    function showScreen(name) {
        screen = name
    }

    function startSession() {
        if (Participation.begin())
            screen = "values"
    }

    function backToStart() {
        Participation.end()
        Sync.sessionFinished()
        Content.refreshParticipantCount()
        screen = "start"
    }

    Loader {
        id: loader
        anchors.fill: parent
        focus: true
        sourceComponent: window.screen === "values" ? valuesScreen
                       : window.screen === "thanks" ? thanksScreen : startScreen
    }

    Component {
        id: startScreen
        ScreenStart { onStarted: window.startSession() }
    }
    Component {
        id: valuesScreen
        ScreenValues {
            activityId: window.valuesActivity
            onDone: window.screen = "thanks"
        }
    }
    Component {
        id: thanksScreen
        ScreenThanks { onFinished: window.backToStart() }
    }
}
