import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Along the top while someone takes part: how far they are (one scheme, in words, made by
// the flow: "Deel 2 van 3 · vraag 1 van 4"), "Lees voor" where a voice is installed, and a
// way to stop at any moment.
Rectangle {
    id: bar
    color: Theme.surface
    implicitHeight: row.implicitHeight + Math.round(Theme.spacing / 2)
    readonly property int headerFont: Math.min(Theme.fontBody, Math.round(Theme.fontSmall * 1.1))
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 2
        color: Theme.border
    }

    RowLayout {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Math.round(Theme.margin / 2)
        spacing: Theme.spacing

        Text {
            objectName: "progressText"
            visible: text !== ""
            // Made by the flow: "Deel 2 van 3 · vraag 1 van 4".
            text: Journey.progressText
            // The header stays small at large text: the question below needs the room.
            font.pixelSize: bar.headerFont
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        // While the facilitator enters answers for a resident (OnBehalfCard.qml).
        Text {
            objectName: "onBehalfTag"
            visible: Participation.onBehalf !== ""
            text: Participation.onBehalf === "paper"
                  //: Along the top, while a facilitator types in a paper form (short: it shares the bar)
                  ? qsTr("Papier")
                  //: Along the top, while a facilitator fills in for a resident who does not touch the screen (short: it shares the bar)
                  : qsTr("Met hulp")
            font.pixelSize: bar.headerFont
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.accent
            // Gives way to "Lees voor" and "Stoppen" on a narrow screen at large text.
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Item { Layout.fillWidth: true }
        ReadAloudButton {
            // As high as "Stoppen": the speaker symbol's font is taller than the words'.
            Layout.preferredHeight: stopButton.implicitHeight
            font.pixelSize: bar.headerFont
            topPadding: Math.round(Theme.spacing / 3)
            bottomPadding: Math.round(Theme.spacing / 3)
        }
        BigButton {
            id: stopButton
            objectName: "stopButton"
            primary: false
            //: Along the top: stop taking part
            text: qsTr("Stoppen")
            font.pixelSize: bar.headerFont
            topPadding: Math.round(Theme.spacing / 3)
            bottomPadding: Math.round(Theme.spacing / 3)
            onClicked: Journey.askStop()
        }
    }
}
