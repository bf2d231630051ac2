import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// The facilitator's menu over the whole screen: first the PIN, then the device's status,
// the mode, the start language, "send now" and a new PIN. C++ checks the PIN and keeps the
// lockout; this only routes the digits typed.
Popup {
    id: overlay
    objectName: "facilitatorOverlay"
    visible: Facilitator.open
    // Sized by the whole window, wherever the popup is declared (e.g. inside a Loader).
    parent: Overlay.overlay
    modal: true
    closePolicy: Popup.NoAutoClose
    x: 0
    y: 0
    width: parent ? parent.width : 1920
    height: parent ? parent.height : 1080
    padding: 0
    // While changing the PIN: "current", "new", "repeat"; "" otherwise.
    property string pinStep: ""
    property string currentPin: ""
    property string newPin: ""

    onVisibleChanged: {
        pinStep = ""
        currentPin = ""
        newPin = ""
        pad.clear()
    }

    function typed(pin) {
        if (!Facilitator.unlocked) {
            Facilitator.unlock(pin)
        } else if (pinStep === "current") {
            currentPin = pin
            pinStep = "new"
        } else if (pinStep === "new") {
            newPin = pin
            pinStep = "repeat"
        } else {
            Facilitator.changePin(currentPin, newPin, pin)
            currentPin = ""
            newPin = ""
            pinStep = ""
        }
    }

    Overlay.modal: Rectangle { color: Theme.dark }
    background: Rectangle { color: Theme.dark }

    contentItem: Flickable {
        id: flick
        objectName: "facilitatorFlick"
        readonly property bool overflowing: contentHeight > height + 1
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ThemedScrollBar { visible: flick.overflowing }

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin - Theme.scrollBarWidth
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    id: title
                    //: Heading of the facilitator menu
                    text: qsTr("Menu voor begeleiders")
                    font.pixelSize: Theme.fontTitle
                    font.family: Theme.fontFamily
                    font.bold: true
                    color: Theme.textOnDark
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                BigButton {
                    objectName: "closeFacilitatorButton"
                    primary: false
                    //: Facilitator menu: close it (and lock it again)
                    text: qsTr("Sluiten")
                    onClicked: Facilitator.lock()
                }
            }

            // The PIN: to open the menu, or to change it.
            ColumnLayout {
                visible: !Facilitator.unlocked || overlay.pinStep !== ""
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    objectName: "pinPrompt"
                    text: !Facilitator.unlocked
                          //: Facilitator PIN pad: what to do
                          ? qsTr("Voer de pincode in.")
                          : overlay.pinStep === "current"
                            //: Changing the PIN, step 1
                            ? qsTr("Voer eerst de huidige pincode in.")
                            : overlay.pinStep === "new"
                              //: Changing the PIN, step 2
                              ? qsTr("Kies een nieuwe pincode van 4 tot 8 cijfers.")
                              //: Changing the PIN, step 3
                              : qsTr("Voer de nieuwe pincode nog een keer in.")
                    font.pixelSize: Theme.fontButton
                    font.family: Theme.fontFamily
                    color: Theme.textOnDark
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Rectangle {
                    visible: !Facilitator.unlocked && (Facilitator.lastPinWrong || Facilitator.lockoutSeconds > 0)
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(column.width, Theme.touchTarget * 10)
                    implicitHeight: pinMessage.implicitHeight + Theme.spacing
                    radius: Theme.radius
                    color: Theme.notice
                    BodyText {
                        id: pinMessage
                        objectName: "pinMessage"
                        anchors.fill: parent
                        anchors.margins: Math.round(Theme.spacing / 2)
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        color: Theme.textOnNotice
                        text: Facilitator.lockoutSeconds > 0
                              //: Facilitator PIN pad, after too many wrong PINs; %n seconds to wait
                              ? qsTr("Te vaak een verkeerde pincode. Probeer het over %n seconden opnieuw.", "", Facilitator.lockoutSeconds)
                              //: Facilitator PIN pad, after a wrong PIN; %n tries left before a lockout
                              : qsTr("Verkeerde pincode. Nog %n pogingen, daarna gaat het menu even op slot.", "", Facilitator.attemptsLeft)
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }
                PinPad {
                    id: pad
                    Layout.alignment: Qt.AlignHCenter
                    enabled: Facilitator.lockoutSeconds === 0 || Facilitator.unlocked
                    onSubmitted: pin => overlay.typed(pin)
                }
            }

            // The menu itself.
            GridLayout {
                visible: Facilitator.unlocked && overlay.pinStep === ""
                Layout.fillWidth: true
                columns: column.width > Theme.fontBody * 40 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                Card {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 10
                    SectionLabel {
                        //: Facilitator menu: heading of the device status
                        text: qsTr("Dit apparaat")
                        font.pixelSize: Theme.fontButton
                        Layout.fillWidth: true
                    }
                    // The rows are fixed; only their values follow the device. A model that is the
                    // list of the values themselves is a new list at every change (a sync, the unlock
                    // itself, just as the menu's GridLayout is first laid out), and the Repeater then
                    // destroys and remakes every row of this layout nested in that GridLayout.
                    Repeater {
                        id: statusRows
                        model: ["pending", "quarantined", "lastSync", "connection", "onDevice", "storage",
                                "participants", "content", "app", "device", "readAloud"]
                        function label(key) {
                            switch (key) {
                            //: Facilitator menu: answers not yet sent to the municipality
                            case "pending": return qsTr("Nog te versturen")
                            //: Facilitator menu: answers the server refused, kept aside
                            case "quarantined": return qsTr("Apart gezet")
                            //: Facilitator menu: when the last upload succeeded
                            case "lastSync": return qsTr("Laatst verstuurd")
                            //: Facilitator menu: the state of the connection to the server
                            case "connection": return qsTr("Verbinding")
                            //: Facilitator menu: personal answers (free text, profile) still stored on this device, and how many were removed after sending
                            case "onDevice": return qsTr("Nog op dit apparaat")
                            //: Facilitator menu: free storage on the device
                            case "storage": return qsTr("Vrije opslag")
                            //: Facilitator menu: people who took part on this device
                            case "participants": return qsTr("Deelnemers hier")
                            //: Facilitator menu: the content pack in use
                            case "content": return qsTr("Inhoud")
                            //: Facilitator menu: the app's version
                            case "app": return qsTr("App")
                            //: Facilitator menu: the device's id
                            case "device": return qsTr("Apparaat")
                            //: Facilitator menu: whether "Lees voor" works here, and if not why
                            case "readAloud": return qsTr("Voorlezen")
                            }
                            return ""
                        }
                        function value(key) {
                            switch (key) {
                            case "pending": return qsTr("%n antwoorden", "", Sync ? Sync.pending : 0)
                            case "quarantined": return qsTr("%n antwoorden", "", Sync ? Sync.quarantined : 0)
                            case "lastSync": return Facilitator.formatTime(Sync ? Sync.lastSync : "")
                            case "connection": return Sync ? Sync.status : ""
                            case "onDevice": return Sync ? Sync.onDevice : ""
                            case "storage": return Facilitator.storageFree
                            case "participants": return String(Facilitator.participants)
                            case "content": return Facilitator.contentVersion
                            case "app": return Facilitator.appVersion
                            case "device": return Facilitator.deviceId
                            case "readAloud": return ReadAloud.status
                            }
                            return ""
                        }
                        delegate: RowLayout {
                            id: row
                            required property string modelData
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            BodyText {
                                text: statusRows.label(row.modelData)
                                font.bold: true
                                Layout.preferredWidth: Theme.fontBody * 10
                                Layout.alignment: Qt.AlignTop
                            }
                            BodyText {
                                text: statusRows.value(row.modelData)
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap  // at words; a long device id anywhere
                            }
                        }
                    }
                    BigButton {
                        objectName: "syncNowButton"
                        //: Facilitator menu: upload the answers now
                        text: qsTr("Nu versturen")
                        enabled: Sync !== null && !Sync.running
                        Layout.fillWidth: true
                        onClicked: Sync.syncNow()
                    }
                    ProgressBar {
                        id: progress
                        visible: Sync !== null && Sync.running
                        from: 0
                        to: 1
                        value: Sync ? Sync.progress : 0
                        Layout.fillWidth: true
                        Accessible.role: Accessible.ProgressBar
                        //: Facilitator menu: upload progress, read out; %1 percent
                        Accessible.name: qsTr("Versturen: %1%").arg(Math.round(value * 100))
                        background: Rectangle {
                            implicitHeight: Math.round(Theme.spacing * 1.2)
                            radius: height / 2
                            color: Theme.disabled
                        }
                        contentItem: Item {
                            Rectangle {
                                width: progress.visualPosition * parent.width
                                height: parent.height
                                radius: height / 2
                                color: Theme.primary
                            }
                        }
                    }
                    BodyText {
                        // The technical reason behind the last "not saved" a participant saw.
                        objectName: "technicalError"
                        visible: Participation.lastError !== ""
                        //: Facilitator menu: the technical reason the last answer was not saved; %1 the reason
                        text: qsTr("Laatste fout bij bewaren: %1").arg(Participation.lastError)
                        font.pixelSize: Theme.fontSmall
                        Layout.fillWidth: true
                    }
                }

                Card {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 10
                    SectionLabel {
                        //: Facilitator menu: how the device is used
                        text: qsTr("Stand")
                        font.pixelSize: Theme.fontButton
                        Layout.fillWidth: true
                    }
                    ChoiceButton {
                        objectName: "mode-kiosk"
                        radio: true
                        //: Facilitator menu: kiosk mode
                        text: qsTr("Zuil")
                        //: Facilitator menu: what kiosk mode means
                        description: qsTr("Mensen lopen zelf langs en doen mee zonder hulp.")
                        selected: Facilitator.mode === "kiosk"
                        Layout.fillWidth: true
                        onClicked: Facilitator.mode = "kiosk"
                    }
                    ChoiceButton {
                        objectName: "mode-workshop"
                        radio: true
                        //: Facilitator menu: workshop mode
                        text: qsTr("Werksessie")
                        //: Facilitator menu: what workshop mode means
                        description: qsTr("Een begeleider leidt een bijeenkomst; het scherm wacht langer.")
                        selected: Facilitator.mode === "workshop"
                        Layout.fillWidth: true
                        onClicked: Facilitator.mode = "workshop"
                    }
                    SectionLabel {
                        //: Facilitator menu: the language every session starts in
                        text: qsTr("Taal bij de start")
                        font.pixelSize: Theme.fontButton
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ChoiceButton {
                            objectName: "default-nl"
                            radio: true
                            text: "Nederlands"
                            selected: Facilitator.defaultLanguage === "nl"
                            Layout.fillWidth: true
                            onClicked: Facilitator.defaultLanguage = "nl"
                        }
                        ChoiceButton {
                            objectName: "default-en"
                            radio: true
                            text: "English"
                            selected: Facilitator.defaultLanguage === "en"
                            Layout.fillWidth: true
                            onClicked: Facilitator.defaultLanguage = "en"
                        }
                    }
                    BigButton {
                        objectName: "changePinButton"
                        primary: false
                        //: Facilitator menu: change the PIN
                        text: qsTr("Pincode wijzigen")
                        Layout.fillWidth: true
                        onClicked: overlay.pinStep = "current"
                    }
                    BodyText {
                        objectName: "facilitatorMessage"
                        visible: Facilitator.message !== ""
                        text: Facilitator.message
                        font.bold: true
                        Layout.fillWidth: true
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }

                // A workshop room: start one or join one (RoomCard.qml, issue 10).
                RoomCard {
                    Layout.fillWidth: true
                    Layout.columnSpan: parent.columns
                }

                // The room hub's projector and moderation queue, while this tablet runs a room.
                RoomScreensCard {
                    Layout.fillWidth: true
                    Layout.columnSpan: parent.columns
                }

                // Assisted and paper entry (OnBehalfCard.qml).
                OnBehalfCard {
                    Layout.fillWidth: true
                    Layout.columnSpan: parent.columns
                }

                // Reach and representativeness of what this device holds (ReachCard.qml).
                ReachCard {
                    Layout.fillWidth: true
                    Layout.columnSpan: parent.columns
                }
            }
        }
    }
}
