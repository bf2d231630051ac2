import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// The attract screen: an invitation a passer-by can read from a few metres away, a question
// that changes slowly, how many took part, and where the process stands. A tap anywhere
// starts; a long press on the top-right corner opens the facilitator's PIN pad.
Rectangle {
    id: screen
    signal started()
    property int questionIndex: 0
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

    // A slow, gentle change: one question every eight seconds, no flashing.
    Timer {
        interval: 8000
        repeat: true
        running: Content.attractQuestions.length > 1
        onTriggered: screen.questionIndex = (screen.questionIndex + 1) % Content.attractQuestions.length
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            text: Content.municipality
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            Layout.fillWidth: true
            Layout.rightMargin: Theme.touchTarget
        }
        Text {
            text: Content.title
            font.pixelSize: Theme.fontHuge
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.primary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            text: Content.invitation
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Rectangle {
            visible: Content.attractQuestions.length > 0
            Layout.fillWidth: true
            implicitHeight: question.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.primaryLight
            Text {
                id: question
                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: "“" + (Content.attractQuestions[screen.questionIndex] || "") + "”"
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.italic: true
                color: Theme.textOnPrimaryLight
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignVCenter
                Behavior on text {
                    SequentialAnimation {
                        NumberAnimation { target: question; property: "opacity"; to: 0; duration: 400 }
                        PropertyAction {}
                        NumberAnimation { target: question; property: "opacity"; to: 1; duration: 400 }
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            BigButton {
                id: startButton
                objectName: "startButton"
                //: The big button on the attract screen that starts a participant's session
                text: qsTr("Doe mee")
                font.pixelSize: Theme.fontTitle
                Layout.preferredWidth: Math.max(implicitWidth, Theme.touchTarget * 5)
                Layout.preferredHeight: Math.round(Theme.touchTarget * 1.5)
                onClicked: screen.started()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Math.round(Theme.spacing / 3)
                Text {
                    // Deliberately in the other language: the way in for those who do not read this one.
                    text: Content.language === "en" ? "Doe mee · ook in het Nederlands" : "Take part · also in English"
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "participantCount"
                    text: Content.participantCount > 0
                          //: How many people took part already on this device; %n is the number
                          ? qsTr("Al %n mensen deden hier mee.", "", Content.participantCount)
                          //: Attract screen, before anyone took part
                          : qsTr("Wees de eerste die hier meedoet!")
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }

        // Where the process stands: what is done, what is open now.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: Content.phases
                delegate: Rectangle {
                    id: phaseCard
                    required property var modelData
                    readonly property bool open: modelData.status === "open"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 10
                    Layout.alignment: Qt.AlignTop
                    implicitHeight: phaseColumn.implicitHeight + Theme.spacing
                    radius: Theme.radius
                    color: open ? Theme.primary : Theme.surface
                    border.width: 2
                    border.color: Theme.primary
                    ColumnLayout {
                        id: phaseColumn
                        x: Math.round(Theme.spacing / 2)
                        y: Math.round(Theme.spacing / 2)
                        width: parent.width - Theme.spacing
                        spacing: 2
                        Text {
                            text: (phaseCard.open
                                   //: Attract screen, a phase open for input; %1 its number
                                   ? qsTr("Fase %1 · nu open").arg(phaseCard.modelData.number)
                                   : phaseCard.modelData.status === "result"
                                     //: Attract screen, a finished phase; %1 its number
                                     ? qsTr("Fase %1 · klaar").arg(phaseCard.modelData.number)
                                     //: Attract screen, a phase still to come; %1 its number
                                     : qsTr("Fase %1 · later").arg(phaseCard.modelData.number))
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.fontFamily
                            font.bold: true
                            color: phaseCard.open ? Theme.textOnPrimary : Theme.accent
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            text: phaseCard.modelData.title
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.fontFamily
                            color: phaseCard.open ? Theme.textOnPrimary : Theme.text
                            Layout.fillWidth: true
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
