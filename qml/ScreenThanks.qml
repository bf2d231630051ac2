import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Thank-you: says what happens with the input, then returns to the start by itself.
Rectangle {
    id: screen
    property int secondsLeft: 10
    property bool running: true
    signal finished()
    color: Theme.primary
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Bedankt")

    Timer {
        interval: 1000
        repeat: true
        running: screen.running && screen.secondsLeft > 0
        onTriggered: {
            screen.secondsLeft -= 1
            if (screen.secondsLeft === 0)
                screen.finished()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 1.5
        Item { Layout.fillHeight: true }
        Text {
            //: Big heading on the last screen
            text: qsTr("Bedankt voor je mening!")
            font.pixelSize: Theme.fontHuge
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.textOnPrimary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            //: Reassurance that the answers are stored
            text: qsTr("Je antwoorden zijn bewaard. De gemeente gebruikt ze voor de nieuwe toekomstvisie.")
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            color: Theme.textOnPrimary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                //: Countdown on the thank-you screen; %n is seconds
                text: qsTr("Dit scherm gaat over %n seconde(n) terug naar het begin.", "", screen.secondsLeft)
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.textOnPrimary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            BigButton {
                primary: false
                //: Button to return to the start screen right away
                text: qsTr("Klaar")
                onClicked: screen.finished()
            }
        }
    }
}
