import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// "Are you still there?" (WCAG 2.2.1): a visible countdown and one big button to go on.
// When the countdown ends, the session ends and the next person starts fresh.
ModalCard {
    id: dialog
    objectName: "idleDialog"
    visible: Idle.warning

    content: [
        HeadingText {
            id: title
            //: Heading of the inactivity warning
            text: qsTr("Ben je er nog?")
            Layout.fillWidth: true
        },
        BodyText {
            //: Inactivity warning, explanation
            text: qsTr("Je hebt een tijdje niets gedaan. Wat je al hebt ingevuld, is bewaard.")
            Layout.fillWidth: true
        },
        Text {
            objectName: "idleCountdown"
            text: Idle.secondsLeft
            font.pixelSize: Theme.fontHuge
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.accent
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        },
        BodyText {
            objectName: "idleText"
            //: Inactivity warning; %n seconds until the screen starts over
            text: qsTr("Over %n seconden begint het scherm opnieuw, voor de volgende persoon.", "", Idle.secondsLeft)
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    ]
    actions: [
        BigButton {
            objectName: "stillHereButton"
            //: Inactivity warning: the participant wants to go on
            text: qsTr("Ja, ik ga verder")
            Layout.fillWidth: true
            onClicked: Idle.stillHere()
        }
    ]
}
