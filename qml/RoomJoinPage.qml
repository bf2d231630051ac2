import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// "Doe mee met een bijeenkomst": the hubs found on the network, or the address (or the join
// link the QR code holds) and the code typed; the fingerprint to compare with the hub's screen.
// RoomController joins and says in plain words what went wrong.
RoomPage {
    id: page
    objectName: "roomJoinPage"
    //: Join a room: page title
    title: qsTr("Doe mee met een bijeenkomst")
    signal joined()

    // A hub chosen from the list: its address and fingerprint (from the discovery answer).
    property string chosenHub: ""
    property string chosenFingerprint: ""

    function joinNow() {
        const address = chosenHub !== "" ? chosenHub : addressField.text
        if (Room.join(address, codeField.text, chosenFingerprint))
            page.joined()
    }
    function joinTrusting() {
        if (Room.joinTrustingSeen(chosenHub !== "" ? chosenHub : addressField.text, codeField.text))
            page.joined()
    }

    onOpened: {
        Room.clearError()
        Room.discover()
    }

    Card {
        Layout.fillWidth: true
        SectionLabel {
            //: Join a room: the hubs found on this network
            text: qsTr("Gevonden op dit netwerk")
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "roomNoneFound"
            visible: Room.searched && Room.found.length === 0
            //: Join a room: discovery found nothing
            text: qsTr("Geen bijeenkomst gevonden. Typ hieronder het adres en de code van het scherm van de begeleider.")
            Layout.fillWidth: true
        }
        Repeater {
            model: Room.found
            delegate: ChoiceButton {
                required property var modelData
                objectName: "roomFound-" + index
                required property int index
                radio: true
                text: modelData.title !== "" ? modelData.title : modelData.details
                //: Join a room: a found hub; %1 kern and address, %2 its fingerprint to compare
                description: qsTr("%1. Vingerafdruk: %2").arg(modelData.details).arg(modelData.fingerprint)
                selected: page.chosenHub === modelData.hub
                Layout.fillWidth: true
                onClicked: {
                    page.chosenHub = modelData.hub
                    page.chosenFingerprint = modelData.fingerprintHex
                }
            }
        }
        BigButton {
            objectName: "roomSearchButton"
            primary: false
            //: Join a room: look for hubs again
            text: qsTr("Opnieuw zoeken")
            enabled: !Room.busy
            Layout.fillWidth: true
            onClicked: Room.discover()
        }
    }

    Card {
        Layout.fillWidth: true
        SectionLabel {
            id: addressLabel
            //: Join a room: the typed address (or the link from the QR code)
            text: qsTr("Adres van de tablet van de begeleider")
            Layout.fillWidth: true
        }
        TextEntry {
            id: addressField
            Accessible.name: addressLabel.text
            objectName: "roomAddressField"
            //: Join a room: example address
            placeholderText: qsTr("Bijvoorbeeld 192.168.43.1:8443")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Layout.fillWidth: true
            onTextEdited: {
                page.chosenHub = ""
                page.chosenFingerprint = ""
                Room.clearError()  // another address: another fingerprint to compare
            }
        }
        BodyText {
            //: Join a room: the QR code holds the address, code and fingerprint
            text: qsTr("Heb je de QR-code gescand? Plak de link hier; dan zijn code en vingerafdruk al ingevuld.")
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
        }
        SectionLabel {
            id: codeLabel
            //: Join a room: the 6-digit code
            text: qsTr("Code (6 cijfers)")
            Layout.fillWidth: true
        }
        TextEntry {
            id: codeField
            Accessible.name: codeLabel.text
            objectName: "roomCodeField"
            inputMethodHints: Qt.ImhDigitsOnly
            //: Join a room: example code
            placeholderText: qsTr("123 456")
            Layout.fillWidth: true
        }
    }

    RoomMessage { text: Room.error }
    Card {
        visible: Room.seenFingerprint !== ""
        Layout.fillWidth: true
        SectionLabel {
            //: Join a room: the fingerprint of the hub that answered
            text: qsTr("Vingerafdruk van deze tablet van de begeleider")
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "roomSeenFingerprint"
            text: Room.seenFingerprint
            font.family: "Noto Sans Mono"
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "roomTrustButton"
            //: Join a room: the fingerprint is the same as on the hub's screen
            text: qsTr("Klopt, doe mee")
            enabled: !Room.busy
            Layout.fillWidth: true
            onClicked: page.joinTrusting()
        }
    }
    BigButton {
        objectName: "roomJoinButton"
        //: Join a room: join now
        text: qsTr("Doe mee")
        enabled: !Room.busy && (page.chosenHub !== "" || addressField.text !== "")
        Layout.fillWidth: true
        onClicked: page.joinNow()
    }
}
