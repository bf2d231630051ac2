import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// The projector: the room's live results, one activity at a time, readable from the back of a
// hall (large type, white on dark green). Every figure and sentence comes from ProjectorModel
// (the shared results engine, the minimum group of 5, approved free text only).
Rectangle {
    id: screen
    objectName: "projectorScreen"
    color: Theme.dark
    // Show the previous/next/close buttons (on the hub's own screen; a second screen has none).
    property bool controls: true
    property int currentIndex: 0
    readonly property alias model: projector
    // Type scales with the screen, not with the participant's text size: this is read from afar.
    readonly property real unit: Math.min(width / 1920, height / 1080)
    readonly property int fontTitle: Math.max(36, Math.round(64 * unit))
    readonly property int fontBody: Math.max(26, Math.round(40 * unit))
    readonly property int fontSmall: Math.max(22, Math.round(30 * unit))
    readonly property int gap: Math.round(24 * unit)
    signal closeRequested()

    ProjectorModel { id: projector }
    readonly property int activityCount: pages.count

    component Line: Text {
        color: Theme.textOnDark
        font.family: Theme.fontFamily
        font.pixelSize: screen.fontBody
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Math.round(48 * screen.unit)
        spacing: screen.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: screen.gap
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Line {
                    objectName: "projectorTitle"
                    text: projector.title
                    font.pixelSize: screen.fontTitle
                    font.bold: true
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
                Line {
                    objectName: "projectorStatus"
                    text: projector.status
                    color: Theme.textMutedOnDark
                    Layout.fillWidth: true
                }
            }
            Line {
                visible: projector.roomCode !== ""
                //: The projector's corner: the code tablets join the room with; %1 is the code
                text: qsTr("Meedoen met code %1").arg(projector.roomCode)
                font.bold: true
                horizontalAlignment: Text.AlignRight
                Layout.alignment: Qt.AlignTop
                Layout.maximumWidth: screen.width * 0.35
            }
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: Math.max(2, Math.round(3 * screen.unit)); color: Theme.textMutedOnDark }

        // Below the minimum in all: nothing but the rule.
        ColumnLayout {
            objectName: "projectorWithheld"
            visible: projector.withheld
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: screen.gap
            Item { Layout.fillHeight: true }
            Line {
                objectName: "projectorRule"
                text: projector.rule
                font.pixelSize: screen.fontTitle
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
        }

        StackLayout {
            id: pages
            objectName: "projectorPages"
            visible: !projector.withheld
            currentIndex: Math.min(screen.currentIndex, count - 1)
            Layout.fillWidth: true
            Layout.fillHeight: true

            Repeater {
                model: projector
                delegate: ColumnLayout {
                    id: page
                    required property int index
                    required property string activityId
                    required property string kind
                    required property string title
                    required property bool withheld
                    required property string note
                    required property var items
                    required property string leftLabel
                    required property string rightLabel
                    required property var agreed
                    required property var divided
                    required property var texts
                    required property string summary
                    objectName: "projectorPage-" + activityId
                    spacing: screen.gap

                    Line {
                        text: page.title
                        font.pixelSize: screen.fontTitle
                        font.bold: true
                        Layout.fillWidth: true
                        Accessible.role: Accessible.Heading
                    }
                    Line {
                        objectName: "projectorNote-" + page.activityId
                        text: page.note
                        color: Theme.textMutedOnDark
                        font.pixelSize: page.withheld ? screen.fontTitle : screen.fontSmall
                        Layout.fillWidth: true
                    }
                    Line {
                        visible: page.summary !== ""
                        text: page.summary
                        font.bold: true
                        Layout.fillWidth: true
                    }

                    // Bars: values (in their palette colour), dots and points, ranking, statements, idea kinds.
                    GridLayout {
                        visible: !page.withheld && page.kind !== "dilemma"
                        Layout.fillWidth: true
                        columns: page.items.length > 6 ? 2 : 1
                        columnSpacing: screen.gap * 2
                        rowSpacing: Math.round(screen.gap / 2)
                        // A count as model, not the list: a new list would make the Repeater delete
                        // and remake every row inside the GridLayout at each update, which Qt 6.4's
                        // layouts can read after the delete (the facilitator menu's crash).
                        Repeater {
                            model: page.kind === "dilemma" ? 0 : Math.min(page.items.length, 12)
                            delegate: RowLayout {
                                required property int index
                                readonly property var modelData: page.items[index] ?? ({ label: "", value: "", fraction: 0, colour: "" })
                                Layout.fillWidth: true
                                Layout.preferredWidth: 10
                                spacing: screen.gap
                                Line {
                                    text: modelData.label
                                    font.bold: true
                                    Layout.preferredWidth: page.width * (page.items.length > 6 ? 0.2 : 0.38)
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }
                                Item {
                                    Layout.fillWidth: true
                                    implicitHeight: Math.round(56 * screen.unit)
                                    Rectangle {
                                        width: Math.max(parent.height / 4, parent.width * modelData.fraction)
                                        height: parent.height
                                        radius: Math.round(8 * screen.unit)
                                        color: modelData.colour !== "" ? modelData.colour : "#8FD1A8"
                                        border.width: 2
                                        border.color: Theme.textOnDark
                                    }
                                }
                                Line {
                                    text: modelData.value
                                    font.bold: true
                                    horizontalAlignment: Text.AlignRight
                                    Layout.preferredWidth: screen.fontBody * 5
                                }
                            }
                        }
                    }

                    // The dilemma: how many stood where between the two poles.
                    ColumnLayout {
                        visible: !page.withheld && page.kind === "dilemma"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        spacing: Math.round(screen.gap / 2)
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            spacing: screen.gap
                            Repeater {
                                model: page.kind === "dilemma" ? page.items.length : 0  // a count: see the bars
                                delegate: ColumnLayout {
                                    required property int index
                                    readonly property var modelData: page.items[index] ?? ({ label: "", value: "", fraction: 0, colour: "" })
                                    Layout.fillWidth: true
                                    Layout.fillHeight: true
                                    Layout.preferredWidth: 10
                                    Item { Layout.fillHeight: true; Layout.fillWidth: true
                                        Rectangle {
                                            anchors.bottom: parent.bottom
                                            width: parent.width
                                            height: Math.max(4, parent.height * modelData.fraction)
                                            radius: Math.round(8 * screen.unit)
                                            color: "#8FD1A8"
                                            border.width: 2
                                            border.color: Theme.textOnDark
                                        }
                                    }
                                    Line { text: modelData.value; font.bold: true; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true }
                                }
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Line { text: page.leftLabel; font.bold: true; Layout.fillWidth: true; Layout.preferredWidth: 10 }
                            Line { text: page.rightLabel; font.bold: true; horizontalAlignment: Text.AlignRight; Layout.fillWidth: true; Layout.preferredWidth: 10 }
                        }
                    }

                    // Statements: where the room agrees, and where it is divided.
                    RowLayout {
                        visible: !page.withheld && page.kind === "statements" && (page.agreed.length > 0 || page.divided.length > 0)
                        Layout.fillWidth: true
                        spacing: screen.gap * 2
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 10
                            Layout.alignment: Qt.AlignTop
                            //: Projector, statements: the ones (nearly) everyone agrees or disagrees with
                            Line { text: qsTr("Hier is de zaal het over eens"); font.bold: true; color: "#8FD1A8"; Layout.fillWidth: true }
                            Repeater {
                                model: page.agreed.length  // a count: see the bars
                                delegate: Line { required property int index; text: "• " + (page.agreed[index] ?? ""); font.pixelSize: screen.fontSmall; Layout.fillWidth: true }
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 10
                            Layout.alignment: Qt.AlignTop
                            //: Projector, statements: the ones the room is split on ("het schuurt")
                            Line { text: qsTr("Hier schuurt het"); font.bold: true; color: "#FFD27A"; Layout.fillWidth: true }
                            Repeater {
                                model: page.divided.length  // a count: see the bars
                                delegate: Line { required property int index; text: "• " + (page.divided[index] ?? ""); font.pixelSize: screen.fontSmall; Layout.fillWidth: true }
                            }
                        }
                    }

                    // Approved free text, newest first.
                    Line {
                        visible: !page.withheld && page.texts.length > 0
                        //: Projector: heading above ideas and remarks the facilitator approved
                        text: qsTr("Uit de zaal")
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    Flow {
                        visible: !page.withheld && page.texts.length > 0
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        spacing: screen.gap
                        clip: true
                        Repeater {
                            model: page.texts
                            delegate: Rectangle {
                                required property string modelData
                                objectName: "projectorText"
                                width: Math.min(page.width, Math.max(page.width / 3 - screen.gap, textLine.implicitWidth + 2 * screen.gap))
                                height: textLine.implicitHeight + screen.gap
                                radius: Math.round(12 * screen.unit)
                                color: Theme.surface
                                Text {
                                    id: textLine
                                    anchors.fill: parent
                                    anchors.margins: Math.round(screen.gap / 2)
                                    text: modelData
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: screen.fontSmall
                                    wrapMode: Text.WordWrap
                                    Accessible.role: Accessible.StaticText
                                    Accessible.name: text
                                }
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }

        RowLayout {
            visible: screen.controls
            Layout.fillWidth: true
            spacing: screen.gap
            BigButton {
                objectName: "projectorPrevious"
                primary: false
                //: Projector: show the previous activity
                text: qsTr("Vorige")
                enabled: screen.currentIndex > 0 && !projector.withheld
                onClicked: screen.currentIndex -= 1
            }
            BigButton {
                objectName: "projectorNext"
                primary: false
                //: Projector: show the next activity
                text: qsTr("Volgende")
                enabled: screen.currentIndex < screen.activityCount - 1 && !projector.withheld
                onClicked: screen.currentIndex += 1
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "projectorClose"
                //: Projector: back to the facilitator menu
                text: qsTr("Sluiten")
                onClicked: screen.closeRequested()
            }
        }
    }
}
