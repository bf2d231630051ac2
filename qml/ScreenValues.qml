import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// The values palette: pick up to N values, each shown with its colour AND its name and
// meaning (never colour alone), the count of picks in words, and a value of one's own.
ActivityPage {
    id: screen
    required property string activityId
    model: ValuesModel {
        id: values
        activityId: screen.activityId
    }
    //: Shown above "Verder" while no value is picked
    hint: qsTr("Kies minstens één waarde. Wil je niet kiezen? Tik dan op Sla over.")
    // Shown a page at a time when the palette does not fit (large text, a small screen); the
    // field for a value of one's own is the last item, on a page of its own if need be.
    itemCount: values.count + (values.allowOwn ? 1 : 0)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BodyText {
            id: counter
            //: Shown above the values palette; %1 picked so far, %2 the maximum
            text: qsTr("%1 van %2 gekozen").arg(values.pickedCount).arg(values.maxPicks)
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Rectangle {
            id: limitNote
            visible: false
            Layout.fillWidth: true
            implicitHeight: limitText.implicitHeight + Theme.spacing / 2
            radius: Theme.radius
            color: Theme.notice
            BodyText {
                id: limitText
                anchors.fill: parent
                anchors.margins: Theme.spacing / 4
                verticalAlignment: Text.AlignVCenter
                //: Shown when someone tries to pick more values than allowed
                text: qsTr("Je hebt er al genoeg gekozen. Wil je een andere? Tik dan eerst op een gekozen waarde om die weg te halen.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textOnNotice
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Connections {
                target: values
                function onLimitReached() { limitNote.visible = true }
                function onPicksChanged() { limitNote.visible = false }
            }
        }
    }

    // The values, and the field for one's own after them: beside the last value where the row
    // has room, so that at normal text everything fits on one page.
    GridLayout {
        id: grid
        Layout.fillWidth: true
        columns: Math.max(1, Math.min(4, Math.floor(screen.flickable.width / (Theme.fontBody * 11))))
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            model: values
            delegate: AbstractButton {
                id: card
                required property int index
                required property string name
                required property string description
                required property color colour
                required property color textColour
                required property bool picked
                required property int rank
                objectName: "value-" + index
                visible: screen.onPage(index)
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 10  // equal columns
                implicitHeight: Math.max(Theme.touchTarget * 1.4, cardRow.implicitHeight + topPadding + bottomPadding)
                padding: Math.round(Theme.spacing * 0.75)
                checked: picked
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: picked
                Accessible.name: name + ". " + description
                onClicked: values.toggle(index)

                background: Rectangle {
                    radius: Theme.radius
                    color: card.colour
                    border.width: card.picked ? Theme.focusWidth * 1.5 : 0
                    border.color: Theme.text
                    FocusRing { shown: card.visualFocus }
                }
                contentItem: RowLayout {
                    id: cardRow
                    spacing: Math.round(Theme.spacing / 2)
                    Rectangle {
                        // Picked is shown by a tick (or the rank) in a white circle, not by colour.
                        Layout.alignment: Qt.AlignVCenter
                        Layout.preferredWidth: Math.max(Math.round(Theme.touchTarget * 0.5), Math.round(Theme.fontButton * 1.2))
                        Layout.preferredHeight: Layout.preferredWidth
                        radius: width / 2
                        color: card.picked ? Theme.surface : "transparent"
                        border.width: 3
                        border.color: card.picked ? Theme.text : card.textColour
                        Text {
                            anchors.centerIn: parent
                            text: card.picked ? (values.ranked ? String(card.rank) : "✓") : ""
                            font.pixelSize: Math.round(parent.height * 0.6)
                            font.bold: true
                            font.family: "DejaVu Sans"
                            color: Theme.text
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            text: card.name
                            color: card.textColour
                            font.pixelSize: Theme.fontButton
                            font.family: Theme.fontFamily
                            font.bold: true
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Text {
                            text: card.description
                            visible: text !== ""
                            color: card.textColour
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.fontFamily
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        ColumnLayout {
            objectName: "ownValueItem"
            visible: values.allowOwn && screen.onPage(values.count)
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            // The rest of the last row of values, or a row of its own; as wide as the values.
            readonly property int span: values.count % grid.columns === 0 || !screen.onPage(values.count - 1)
                                        ? grid.columns : grid.columns - values.count % grid.columns
            Layout.columnSpan: span
            Layout.preferredWidth: 10 * span
            spacing: Math.round(Theme.spacing / 2)
            BodyText {
                id: ownLabel
                //: Above the field for a value of one's own
                text: qsTr("Mis je een waarde? Schrijf hem hier op.")
                Layout.fillWidth: true
            }
            TextEntry {
                id: ownField
                objectName: "ownValue"
                Layout.fillWidth: true
                text: values.ownValue
                enabled: values.canAddOwn
                maximumLength: values.maxOwnLength
                //: Placeholder in the field for one's own value
                placeholderText: values.canAddOwn ? qsTr("Mijn eigen waarde") : qsTr("Haal eerst een gekozen waarde weg")
                Accessible.name: ownLabel.text
                onTextEdited: values.ownValue = text
                onActiveFocusChanged: if (activeFocus) screen.ensureVisible(ownField)
            }
            NoNamesNote {
                Layout.fillWidth: true
            }
        }
    }
}
