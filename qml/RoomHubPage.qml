import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// This tablet is the room hub: the code in large type and the QR code to join with, the
// certificate's fingerprint to compare, the hotspot hint; the facilitator's controls for every
// tablet in the room, who is connected, how many took part, and ending the room.
RoomPage {
    id: page
    objectName: "roomHubPage"
    title: Room.title !== "" ? Room.title
                             //: Room hub page: title when the room has none
                             : qsTr("Bijeenkomst")
    signal ended()

    GridLayout {
        Layout.fillWidth: true
        columns: width > Theme.fontBody * 36 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 10
            BodyText {
                visible: Room.details !== ""
                text: Room.details
                Layout.fillWidth: true
            }
            SectionLabel {
                //: Room hub page: above the room code
                text: qsTr("Code om mee te doen")
                Layout.fillWidth: true
            }
            Text {
                objectName: "roomCode"
                text: Room.code
                font.pixelSize: Theme.fontHuge * 1.5
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontTitle
                //: Read out: the room code; %1 the digits
                Accessible.name: qsTr("Code %1").arg(Room.code.split("").join(" "))
            }
            QrCode {
                objectName: "roomQr"
                model: Room.qr
                side: Math.min(Theme.touchTarget * 4.5, parent.width)
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: implicitWidth
                Layout.preferredHeight: implicitHeight
                //: Read out for the QR code that joins a tablet to the room
                Accessible.name: qsTr("QR-code om mee te doen met de bijeenkomst")
            }
            BodyText {
                //: Room hub page: how the other tablets join
                text: qsTr("Andere tablets: open het menu voor begeleiders, kies ‘Doe mee met een bijeenkomst’ en kies deze bijeenkomst in de lijst, of typ het adres en de code.")
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
            BodyText {
                objectName: "roomFingerprint"
                //: Room hub page: the certificate's fingerprint, for tablets that typed the address; %1 the fingerprint
                text: qsTr("Vingerafdruk: %1").arg(Room.fingerprint)
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
            BodyText {
                objectName: "roomAddress"
                //: Room hub page: the address to type; %1 the address
                text: qsTr("Adres: %1").arg(Room.joinUrl.replace(/\/join\?.*$/, "").replace("https://", ""))
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
            BodyText {
                objectName: "roomHotspot"
                //: Room hub page: the hotspot how-to, one line
                text: qsTr("Geen wifi? Zet op deze tablet de hotspot aan (Instellingen › Netwerk › Hotspot) en verbind de andere tablets met die hotspot.")
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 10
            SectionLabel {
                //: Room hub page: the controls for every tablet
                text: qsTr("Alle tablets")
                Layout.fillWidth: true
            }
            BodyText {
                objectName: "roomState"
                text: Room.stateText
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "roomNextButton"
                //: Facilitator controls: send every tablet to the next activity
                text: qsTr("Volgende activiteit")
                enabled: Room.canGoNext
                Layout.fillWidth: true
                onClicked: Room.next()
            }
            BigButton {
                objectName: "roomPauseButton"
                primary: false
                text: Room.mode === "pause"
                      //: Facilitator controls: end the pause
                      ? qsTr("Verder na de pauze")
                      //: Facilitator controls: show the pause screen on every tablet
                      : qsTr("Pauze")
                Layout.fillWidth: true
                onClicked: Room.mode === "pause" ? Room.resume() : Room.pause()
            }
            BigButton {
                objectName: "roomResultsButton"
                primary: false
                text: Room.mode === "results"
                      //: Facilitator controls: back from the results to the activity
                      ? qsTr("Terug naar de vragen")
                      //: Facilitator controls: show the room's results on every tablet
                      : qsTr("Toon resultaten")
                Layout.fillWidth: true
                onClicked: Room.mode === "results" ? Room.resume() : Room.showResults()
            }
            RoomMessage { text: Room.error }
            SectionLabel {
                //: Room hub page: who takes part
                text: qsTr("Wie doen er mee?")
                Layout.fillWidth: true
            }
            BodyText {
                objectName: "roomParticipants"
                //: Room hub page: people who took part in the room
                text: qsTr("%n deelnemers", "", Room.participants)
                Layout.fillWidth: true
            }
            BodyText {
                objectName: "roomTabletsText"
                text: Room.tabletsText
                Layout.fillWidth: true
            }
            Repeater {
                model: Room.tablets
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    // Not colour alone: a filled or an open dot, and the words.
                    Rectangle {
                        Layout.preferredWidth: Math.round(Theme.fontBody * 0.6)
                        Layout.preferredHeight: Layout.preferredWidth
                        radius: width / 2
                        color: modelData.connected ? Theme.primary : Theme.surface
                        border.width: 3
                        border.color: modelData.connected ? Theme.primary : Theme.border
                    }
                    BodyText {
                        text: modelData.name
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    BodyText {
                        text: modelData.seen
                        color: Theme.textMuted
                    }
                }
            }
            BigButton {
                objectName: "roomEndButton"
                primary: false
                //: Room hub page: end the room; what it received is kept
                text: qsTr("Bijeenkomst beëindigen")
                Layout.fillWidth: true
                onClicked: endConfirm.visible = true
            }
            ColumnLayout {
                id: endConfirm
                visible: false
                Layout.fillWidth: true
                spacing: Math.round(Theme.spacing / 2)
                BodyText {
                    //: Room hub page: confirm ending the room
                    text: qsTr("Weet je het zeker? De andere tablets werken dan alleen verder. Alle antwoorden blijven bewaard.")
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "roomEndConfirm"
                        //: Room hub page: yes, end the room
                        text: qsTr("Ja, beëindigen")
                        Layout.fillWidth: true
                        onClicked: {
                            endConfirm.visible = false
                            Room.endRoom()
                            page.ended()
                        }
                    }
                    BigButton {
                        primary: false
                        //: Room hub page: do not end the room
                        text: qsTr("Nee")
                        Layout.fillWidth: true
                        onClicked: endConfirm.visible = false
                    }
                }
            }
        }
    }
}
