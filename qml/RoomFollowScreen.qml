import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// On a tablet in a room, while the facilitator has paused the room or shows its results: a
// calm screen over the flow. What a participant entered stays saved; the flow goes on where it
// was when the facilitator continues. The corner opens the facilitator menu, as on the start
// screen. Gone at once when the hub is lost: the tablet then works alone.
Popup {
    id: screen
    objectName: "roomFollowScreen"
    visible: Room.followMode === "pause" || Room.followMode === "results"
    parent: Overlay.overlay
    modal: true
    closePolicy: Popup.NoAutoClose
    x: 0
    y: 0
    width: parent ? parent.width : 1920
    height: parent ? parent.height : 1080
    padding: Theme.margin
    Overlay.modal: Rectangle { color: Theme.background }
    background: Rectangle { color: Theme.background }

    contentItem: Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2
        Item { Layout.fillHeight: true }
        HeadingText {
            objectName: "roomFollowTitle"
            text: Room.followMode === "results"
                  //: Member tablet: the facilitator shows the room's results
                  ? qsTr("Kijk samen naar de resultaten")
                  //: Member tablet: the facilitator paused the room
                  : qsTr("Even pauze")
            font.pixelSize: Theme.fontHuge
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "roomFollowText"
            text: Room.followMode === "results"
                  //: Member tablet: where the results are and what happens now
                  ? qsTr("De begeleider laat op het grote scherm zien wat de zaal koos. Praat erover mee: waar zijn jullie het over eens, en waar niet?")
                  //: Member tablet: what happens during the pause
                  : qsTr("De begeleider heeft de bijeenkomst even stilgezet. Je antwoorden zijn bewaard. Straks gaan we verder.")
            font.pixelSize: Theme.fontButton
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.fontBody * 34
            Layout.alignment: Qt.AlignHCenter
        }
        Item { Layout.fillHeight: true }
    }

    // The facilitator's way in, as on the start screen: a long press in the corner.
    MouseArea {
        objectName: "roomFollowCorner"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.topMargin: -screen.topPadding
        anchors.rightMargin: -screen.rightPadding
        width: Theme.touchTarget
        height: Theme.touchTarget
        pressAndHoldInterval: 2000
        Accessible.role: Accessible.Button
        //: Hidden button in the top-right corner of the pause screen, read out by screen readers
        Accessible.name: qsTr("Menu voor begeleiders: houd twee tellen ingedrukt")
        Accessible.onPressAction: Facilitator.showPinPad()
        onPressAndHold: Facilitator.showPinPad()
    }
    }
}
