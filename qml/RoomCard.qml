import QtQuick
import QtQuick.Layouts
import Samenspraak.Core

// The facilitator menu's room: start one (this tablet becomes the hub) or join one; in a room,
// what it is and the way to its page, to leave it or end it. The pages are made when opened.
Card {
    id: card
    objectName: "roomCard"
    SectionLabel {
        //: Facilitator menu: heading of the room (workshop) part
        text: qsTr("Bijeenkomst met meer tablets")
        font.pixelSize: Theme.fontButton
        Layout.fillWidth: true
    }
    BodyText {
        visible: Room.role === ""
        //: Facilitator menu: what a room is
        text: qsTr("Alle tablets in de zaal samen: de begeleider stuurt ze en ziet wie meedoet. Internet is niet nodig.")
        Layout.fillWidth: true
    }
    BodyText {
        objectName: "roomCardStatus"
        visible: Room.role !== ""
        text: Room.role === "hub"
              //: Facilitator menu: this tablet is the room hub; %1 the room's title, %2 its code
              ? qsTr("Deze tablet leidt de bijeenkomst ‘%1’. Code: %2").arg(Room.title).arg(Room.code)
              //: Facilitator menu: this tablet takes part in a room; %1 the room's title
              : qsTr("Deze tablet doet mee met ‘%1’.").arg(Room.title)
        font.bold: true
        Layout.fillWidth: true
    }
    BodyText {
        objectName: "roomConnection"
        visible: Room.role === "member"
        text: Room.connectionText
        Layout.fillWidth: true
    }
    RoomMessage {
        objectName: "roomPackNotice"
        visible: Room.role === "member" && Room.packNotice !== ""
        text: Room.packNotice
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            objectName: "roomStartOpen"
            visible: Room.role === ""
            //: Facilitator menu: start a room (this tablet becomes the hub)
            text: qsTr("Start een bijeenkomst")
            Layout.fillWidth: true
            onClicked: { Room.clearError(); startPage.wanted = true }
        }
        BigButton {
            objectName: "roomJoinOpen"
            visible: Room.role === ""
            primary: false
            //: Facilitator menu: join a room
            text: qsTr("Doe mee met een bijeenkomst")
            Layout.fillWidth: true
            onClicked: joinPage.wanted = true
        }
        BigButton {
            objectName: "roomHubOpen"
            visible: Room.role === "hub"
            //: Facilitator menu: open the room hub page (code, controls)
            text: qsTr("Bijeenkomst tonen")
            Layout.fillWidth: true
            onClicked: hubPage.wanted = true
        }
        BigButton {
            objectName: "roomLeave"
            visible: Room.role === "member"
            primary: false
            //: Facilitator menu: leave the room; answers stay on the tablet
            text: qsTr("Stop met deze bijeenkomst")
            Layout.fillWidth: true
            onClicked: Room.leave()
        }
    }

    PopupLoader {
        id: startPage
        source: "RoomStartPage.qml"
        onLoaded: item.open()
        Connections {
            target: startPage.item
            function onBackRequested() { startPage.wanted = false; startPage.item.close() }
            function onStarted() {
                startPage.wanted = false
                startPage.item.close()
                hubPage.wanted = true
            }
        }
    }
    PopupLoader {
        id: hubPage
        source: "RoomHubPage.qml"
        onLoaded: item.open()
        Connections {
            target: hubPage.item
            function onBackRequested() { hubPage.wanted = false; hubPage.item.close() }
            function onEnded() { hubPage.wanted = false; hubPage.item.close() }
        }
    }
    PopupLoader {
        id: joinPage
        source: "RoomJoinPage.qml"
        onLoaded: item.open()
        Connections {
            target: joinPage.item
            function onBackRequested() { joinPage.wanted = false; joinPage.item.close() }
            function onJoined() { joinPage.wanted = false; joinPage.item.close() }
        }
    }
}
