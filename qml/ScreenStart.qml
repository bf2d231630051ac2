import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// The attract screen: an invitation a passer-by can read from a few metres away.
Rectangle {
    id: screen
    signal started()
    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Start")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 1.5

        Text {
            text: Content.municipality
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            Layout.fillWidth: true
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
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                id: startButton
                //: The big button on the attract screen that starts a participant's session
                text: qsTr("Doe mee")
                Layout.preferredWidth: Theme.touchTarget * 5
                onClicked: screen.started()
            }
            Text {
                //: How many people took part already; %n is the number
                text: qsTr("%n inwoner(s) deden al mee", "", Content.participantCount)
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
