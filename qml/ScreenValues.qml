import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// The values palette: pick up to N values, each shown with its colour AND its name
// (never colour alone), and the count of picks in words.
Rectangle {
    id: screen
    required property string activityId
    property alias model: values
    signal done()
    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: activity.title

    readonly property var activity: Content.activity(activityId)

    ValuesModel {
        id: values
        activityId: screen.activityId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            text: screen.activity.title
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.primary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            text: screen.activity.prompt
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: values
            readonly property int columns: width > Theme.touchTarget * 14 ? 4 : 3
            cellWidth: Math.floor(width / columns)
            cellHeight: Math.max(Theme.touchTarget * 1.4, Theme.fontBody * 3.2)
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: grid.contentHeight > grid.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

            delegate: Item {
                id: cell
                required property int index
                required property string name
                required property color colour
                required property color textColour
                required property bool picked
                required property int rank
                width: grid.cellWidth
                height: grid.cellHeight

                AbstractButton {
                    id: card
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    objectName: "value-" + index
                    checked: cell.picked
                    Accessible.role: Accessible.CheckBox
                    Accessible.checkable: true
                    Accessible.checked: cell.picked
                    Accessible.name: cell.name
                    onClicked: values.toggle(cell.index)

                    background: Rectangle {
                        radius: Theme.radius
                        color: cell.colour
                        border.width: cell.picked ? 8 : (card.visualFocus ? 6 : 2)
                        border.color: cell.picked ? Theme.text : (card.visualFocus ? Theme.focus : Theme.border)
                    }
                    contentItem: RowLayout {
                        spacing: Theme.spacing / 2
                        Rectangle {
                            // The tick: picked state is shown by shape and text, not by colour.
                            Layout.preferredWidth: Theme.touchTarget * 0.6
                            Layout.preferredHeight: Theme.touchTarget * 0.6
                            Layout.leftMargin: Theme.spacing / 2
                            radius: width / 2
                            color: cell.picked ? Theme.surface : "transparent"
                            border.width: 3
                            border.color: cell.textColour
                            Text {
                                anchors.centerIn: parent
                                text: cell.picked ? "✓" : ""
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                            }
                        }
                        Text {
                            text: cell.name
                            color: cell.textColour
                            font.pixelSize: Theme.fontButton
                            font.family: Theme.fontFamily
                            font.bold: true
                            wrapMode: Text.WordWrap
                            elide: Text.ElideRight
                            maximumLineCount: 2
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                id: counter
                //: Shown under the values palette; %1 picked so far, %2 the maximum
                text: qsTr("%1 van %2 gekozen").arg(values.pickedCount).arg(values.maxPicks)
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Text {
                id: limitNote
                visible: false
                //: Shown when someone tries to pick more values than allowed
                text: qsTr("Je kunt er niet meer kiezen. Tik op een gekozen waarde om die los te laten.")
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.error
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Connections {
                    target: values
                    function onLimitReached() { limitNote.visible = true }
                    function onPicksChanged() { limitNote.visible = false }
                }
            }
            Item { Layout.fillWidth: !limitNote.visible }
            BigButton {
                objectName: "continueButton"
                //: Button that saves the answer and goes to the next screen
                text: qsTr("Verder")
                enabled: values.canContinue
                onClicked: {
                    if (Participation.submit(screen.activityId, values.payload()))
                        screen.done()
                }
            }
        }
        Text {
            visible: Participation.lastError !== ""
            text: Participation.lastError
            color: Theme.error
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
