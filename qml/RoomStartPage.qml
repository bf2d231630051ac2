import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// "Start een bijeenkomst": what the evening is about and which activities it does. Starting
// makes this tablet the room hub (RoomController); then the hub page shows code and QR.
RoomPage {
    id: page
    objectName: "roomStartPage"
    //: Start a room: page title
    title: qsTr("Start een bijeenkomst")
    signal started()

    property string kern: Room.kernChoices.length > 0 ? Room.kernChoices[0].id : ""
    property string phase: Room.phaseChoices.length > 0 ? Room.phaseChoices[0].id : ""
    // The activities chosen; all of them at first.
    property var chosen: Room.activityChoices.map(a => a.id)

    function toggle(id) {
        const i = chosen.indexOf(id)
        const next = chosen.slice()
        if (i >= 0)
            next.splice(i, 1)
        else
            next.push(id)
        chosen = next
    }
    function start() {
        // In the pack's order, whatever order they were ticked in.
        const ordered = Room.activityChoices.map(a => a.id).filter(id => chosen.indexOf(id) >= 0)
        if (Room.startRoom(titleField.text, kern, placeField.text, dateField.text, phase, ordered))
            page.started()
    }

    Card {
        Layout.fillWidth: true
        SectionLabel {
            id: titleLabel
            //: Start a room: the title field
            text: qsTr("Titel")
            Layout.fillWidth: true
        }
        TextEntry {
            id: titleField
            Accessible.name: titleLabel.text
            objectName: "roomTitleField"
            //: Start a room: example title
            placeholderText: qsTr("Bijvoorbeeld: Avond over de toekomst van Lemelerveld")
            Layout.fillWidth: true
        }
        SectionLabel {
            id: placeLabel
            //: Start a room: where the evening is held
            text: qsTr("Plaats")
            Layout.fillWidth: true
        }
        TextEntry {
            id: placeField
            Accessible.name: placeLabel.text
            objectName: "roomPlaceField"
            //: Start a room: example place
            placeholderText: qsTr("Bijvoorbeeld: Dorpshuis De Schakel")
            Layout.fillWidth: true
        }
        SectionLabel {
            id: dateLabel
            //: Start a room: the date (year-month-day)
            text: qsTr("Datum (jjjj-mm-dd)")
            Layout.fillWidth: true
        }
        TextEntry {
            id: dateField
            Accessible.name: dateLabel.text
            objectName: "roomDateField"
            text: Room.today
            inputMethodHints: Qt.ImhDate
            Layout.fillWidth: true
        }
    }

    Card {
        Layout.fillWidth: true
        SectionLabel {
            //: Start a room: which village (kern)
            text: qsTr("Kern")
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: Math.round(Theme.spacing / 2)
            Repeater {
                model: Room.kernChoices
                delegate: ChoiceButton {
                    required property var modelData
                    objectName: "roomKern-" + modelData.id
                    radio: true
                    text: modelData.title
                    selected: page.kern === modelData.id
                    onClicked: page.kern = modelData.id
                }
            }
        }
        SectionLabel {
            //: Start a room: which phase
            text: qsTr("Fase")
            Layout.fillWidth: true
        }
        Repeater {
            model: Room.phaseChoices
            delegate: ChoiceButton {
                required property var modelData
                objectName: "roomPhase-" + modelData.id
                radio: true
                text: modelData.title
                selected: page.phase === modelData.id
                Layout.fillWidth: true
                onClicked: page.phase = modelData.id
            }
        }
    }

    Card {
        Layout.fillWidth: true
        SectionLabel {
            //: Start a room: which activities the evening does
            text: qsTr("Welke onderdelen doen jullie?")
            Layout.fillWidth: true
        }
        Repeater {
            model: Room.activityChoices
            delegate: ChoiceButton {
                required property var modelData
                objectName: "roomActivity-" + modelData.id
                text: modelData.title
                description: modelData.phaseName
                selected: page.chosen.indexOf(modelData.id) >= 0
                Layout.fillWidth: true
                onClicked: page.toggle(modelData.id)
            }
        }
    }

    RoomMessage { text: Room.error }
    BodyText {
        visible: page.chosen.length === 0
        //: Start a room: nothing ticked
        text: qsTr("Kies minstens één onderdeel.")
        color: Theme.textOnDark
        Layout.fillWidth: true
    }
    BigButton {
        objectName: "roomStartButton"
        //: Start a room: the button that makes this tablet the hub
        text: qsTr("Start de bijeenkomst")
        enabled: page.chosen.length > 0 && !Room.busy
        Layout.fillWidth: true
        onClicked: page.start()
    }
}
