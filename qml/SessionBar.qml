import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Along the top while someone takes part: how far they are (in words and as blocks) and a
// way to stop at any moment.
Rectangle {
    id: bar
    color: Theme.surface
    implicitHeight: row.implicitHeight + Theme.spacing
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
            visible: Journey.activityNumber > 0
            //: Progress along the top; %1 this question's number, %2 how many there are
            text: qsTr("Vraag %1 van %2").arg(Journey.activityNumber).arg(Journey.activityCount)
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Row {
            visible: Journey.activityNumber > 0
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.touchTarget * 8
            spacing: Math.round(Theme.spacing / 4)
            Accessible.ignored: true
            Repeater {
                model: Journey.activityCount
                delegate: Rectangle {
                    required property int index
                    width: (parent.width - (Journey.activityCount - 1) * parent.spacing) / Math.max(1, Journey.activityCount)
                    height: Math.round(Theme.spacing * 0.75)
                    radius: height / 2
                    // Done, current and still to come differ in fill and outline, not hue alone.
                    color: index < Journey.activityNumber ? Theme.primary : Theme.surface
                    border.width: index === Journey.activityNumber - 1 ? 0 : 2
                    border.color: Theme.primary
                }
            }
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "stopButton"
            primary: false
            //: Along the top: stop taking part
            text: qsTr("Stoppen")
            onClicked: Journey.askStop()
        }
    }
}
