import QtQuick
import Samenspraak.Core

// The attract screen: an invitation a passer-by can read from a few metres away, a question
// that changes slowly, how many took part, and where the process stands. A tap anywhere
// starts; a long press on the top-right corner opens the facilitator's PIN pad.
Rectangle {
    id: screen
    signal started()
    property int questionIndex: 0
    property alias questionInterval: questionTimer.interval
    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: Content.title

    // The whole screen invites a tap; the button below says so in words.
    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: startButton.text
        onClicked: screen.started()
    }

    // A slow, gentle change: one question every eight seconds, faded out and in, no flashing.
    // The fade belongs to this change only: a new language shows at once (a fade on every
    // change of the text kept the old language on screen for 400 ms after a switch).
    Timer {
        id: questionTimer
        interval: 8000
        repeat: true
        running: Content.attractQuestions.length > 1
        onTriggered: nextQuestion.restart()
    }
    SequentialAnimation {
        id: nextQuestion
        NumberAnimation { target: question; property: "opacity"; to: 0; duration: 400 }
        ScriptAction { script: screen.questionIndex = (screen.questionIndex + 1) % Math.max(1, Content.attractQuestions.length) }
        NumberAnimation { target: question; property: "opacity"; to: 1; duration: 400 }
    }

    // Plain Qt Quick only (anchors and Columns, TapButton): this screen is the app's first
    // frame, and Qt Quick Controls and Layouts are loaded once it is up (Main.qml). Four fonts
    // in all: running text regular and bold, the invitation and the question regular, the
    // title and "Doe mee" bold. Every other size or weight is a font of its own to load
    // before the first frame (about a millisecond each, bench/README.md).
    Column {
        id: top
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            width: parent.width - Theme.touchTarget
            text: Content.municipality
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            text: Content.title
            font.pixelSize: Theme.fontHuge
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.primary
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            width: parent.width
            text: Content.invitation
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Rectangle {
            visible: Content.attractQuestions.length > 0
            width: parent.width
            height: question.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.primaryLight
            Text {
                id: question
                objectName: "attractQuestion"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                // Upright, not italic: easier to read, and a font fewer to load. The quotes
                // and the green box say it is a question to think about.
                text: "“" + (Content.attractQuestions[screen.questionIndex] || "") + "”"
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                color: Theme.textOnPrimaryLight
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignVCenter
            }
        }
        // What others on this device said (hidden while too few answered).
        OthersSaid { width: parent.width }
    }

    Column {
        id: bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Item {
            id: actions
            width: parent.width
            height: Math.max(startButton.height, invitationLines.implicitHeight, followUpButton.visible ? followUpButton.height : 0)

            TapButton {
                id: startButton
                objectName: "startButton"
                anchors.verticalCenter: parent.verticalCenter
                //: The big button on the attract screen that starts a participant's session
                text: qsTr("Doe mee")
                // In the title's size and weight: one font fewer to load before the first frame.
                font.pixelSize: Theme.fontHuge
                width: Math.max(implicitWidth, Theme.touchTarget * 5)
                height: Math.max(implicitHeight, Math.round(Theme.touchTarget * 1.5))
                onActivated: screen.started()
            }
            Column {
                id: invitationLines
                anchors.verticalCenter: parent.verticalCenter
                x: startButton.width + Theme.spacing * 2
                width: (followUpButton.visible ? followUpButton.x - Theme.spacing * 2 : actions.width) - x
                spacing: Math.round(Theme.spacing / 3)
                Text {
                    width: parent.width
                    // Deliberately in the other language: the way in for those who do not read this one.
                    text: Content.language === "en" ? "Doe mee · ook in het Nederlands" : "Take part · also in English"
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "participantCount"
                    width: parent.width
                    text: Content.participantCount > 0
                          //: How many people took part already on this device; %n is the number
                          ? qsTr("Al %n mensen deden hier mee.", "", Content.participantCount)
                          //: Attract screen, before anyone took part
                          : qsTr("Wees de eerste die hier meedoet!")
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
            // What the municipality did with earlier input (when the pack says so).
            TapButton {
                id: followUpButton
                objectName: "followUpButton"
                visible: Content.followUp.items !== undefined
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                primary: false
                //: Attract screen: opens the page of what the municipality did with residents' input
                text: qsTr("Wat is er met je inbreng gedaan?")
                font.pixelSize: Theme.fontBody
                width: Math.min(implicitWidth, Math.round(screen.width / 3))
                onActivated: Journey.showFollowUp()
            }
        }

        // Where the process stands, as a timeline (not buttons): what is done, what is open
        // now, what comes later. In the size of running text, regular and bold.
        Item {
            id: timeline
            objectName: "phaseTimeline"
            readonly property int markerSize: Math.round(Theme.fontBody * 1.3)
            readonly property int columns: Math.max(1, Content.phases.length)
            readonly property real columnWidth: (width - (columns - 1) * Theme.spacing) / columns
            width: parent.width
            height: timelineRow.height
            Rectangle {
                // The line through the markers, from the first phase to the last.
                x: Math.round(timeline.columnWidth / 2)
                y: Math.round((timeline.markerSize - height) / 2)
                width: Math.max(0, timeline.width - timeline.columnWidth)
                height: Math.max(3, Math.round(Theme.focusWidth * 0.75))
                color: Theme.primary
            }
            Row {
                id: timelineRow
                spacing: Theme.spacing
                Repeater {
                    model: Content.phases
                    delegate: Column {
                        id: phaseStep
                        required property var modelData
                        required property int index
                        readonly property string status: modelData.status
                        objectName: "phase-" + index
                        width: timeline.columnWidth
                        spacing: Math.round(Theme.spacing / 4)
                        Accessible.role: Accessible.StaticText
                        Accessible.name: stateText.text + ". " + titleText.text
                        Rectangle {
                            // Done: filled with a tick; open now: filled, with a ring; still to come: hollow.
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: timeline.markerSize
                            height: timeline.markerSize
                            radius: width / 2
                            color: phaseStep.status === "upcoming" ? Theme.surface : Theme.primary
                            border.width: phaseStep.status === "open" ? Math.round(timeline.markerSize / 4) : 3
                            border.color: phaseStep.status === "open" ? Theme.primaryLight : Theme.primary
                            // The tick, drawn: an L turned by 45 degrees (no symbol font to load).
                            Item {
                                id: tick
                                readonly property int stroke: Math.max(3, Math.round(timeline.markerSize / 10))
                                visible: phaseStep.status === "result"
                                anchors.centerIn: parent
                                anchors.verticalCenterOffset: -Math.round(height / 8)
                                width: Math.round(timeline.markerSize * 0.25)
                                height: Math.round(timeline.markerSize * 0.5)
                                rotation: 45
                                Rectangle {
                                    y: tick.height - tick.stroke
                                    width: tick.width
                                    height: tick.stroke
                                    color: Theme.textOnPrimary
                                    antialiasing: true
                                }
                                Rectangle {
                                    x: tick.width - tick.stroke
                                    width: tick.stroke
                                    height: tick.height
                                    color: Theme.textOnPrimary
                                    antialiasing: true
                                }
                            }
                        }
                        Text {
                            id: stateText
                            objectName: "phaseState"
                            width: parent.width
                            text: phaseStep.status === "open"
                                  //: Attract screen timeline, a phase open for input; %1 its number
                                  ? qsTr("Fase %1 · nu open").arg(phaseStep.modelData.number)
                                  : phaseStep.status === "result"
                                    //: Attract screen timeline, a finished phase; %1 its number
                                    ? qsTr("Fase %1 · klaar").arg(phaseStep.modelData.number)
                                    //: Attract screen timeline, a phase that starts later; %1 its number
                                    : qsTr("Fase %1 · komt nog").arg(phaseStep.modelData.number)
                            font.pixelSize: Theme.fontBody
                            font.family: Theme.fontFamily
                            font.bold: true
                            color: phaseStep.status === "open" ? Theme.primary : Theme.accent
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            id: titleText
                            width: parent.width
                            text: phaseStep.modelData.title
                            font.pixelSize: Theme.fontBody
                            font.family: Theme.fontFamily
                            font.bold: phaseStep.status === "open"
                            color: phaseStep.status === "upcoming" ? Theme.textMuted : Theme.text
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }

    MouseArea {
        id: corner
        objectName: "facilitatorCorner"
        anchors.top: parent.top
        anchors.right: parent.right
        width: Theme.touchTarget
        height: Theme.touchTarget
        pressAndHoldInterval: 2000
        Accessible.role: Accessible.Button
        //: Hidden button in the top-right corner, read out by screen readers
        Accessible.name: qsTr("Menu voor begeleiders: houd twee tellen ingedrukt")
        Accessible.onPressAction: Facilitator.showPinPad()
        onPressAndHold: Facilitator.showPinPad()
    }
}
