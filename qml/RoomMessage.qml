import QtQuick
import QtQuick.Layouts

// What went wrong in the room screens (Room.error), on the notice colour, read out at once.
Rectangle {
    id: box
    property string text: ""
    visible: text !== ""
    Layout.fillWidth: true
    implicitHeight: message.implicitHeight + Theme.spacing
    radius: Theme.radius
    color: Theme.notice
    BodyText {
        id: message
        objectName: "roomError"
        anchors.fill: parent
        anchors.margins: Math.round(Theme.spacing / 2)
        verticalAlignment: Text.AlignVCenter
        color: Theme.textOnNotice
        text: box.text
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
