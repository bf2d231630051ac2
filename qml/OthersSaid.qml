import QtQuick
import Samenspraak.Core

// "Dit zeiden anderen" on the attract screen: one line of what others on this device said at a
// time, changing slowly. The lines, their words and whether there are enough answers to show
// any (the minimum group of five) are the results engine's; with too few, nothing is shown.
Rectangle {
    id: glimpse
    objectName: "othersSaid"
    property int current: 0
    readonly property int rows: results.count
    visible: rows > 0
    color: Theme.surface
    radius: Theme.radius
    border.width: 2
    border.color: Theme.border
    implicitHeight: visible ? column.implicitHeight + Theme.spacing : 0
    Accessible.role: Accessible.StaticText
    Accessible.name: heading.text

    // How many took part, as counted, and whether the count is still to come (tests and the
    // screenshots wait for it).
    readonly property int participants: results.participants
    readonly property bool pending: !results.active || results.counting

    ResultsModel {
        id: results
        // The attract screen shows one line at a time: the top two values are enough.
        topValues: 2
        // Counting reads every answer on the device: not before the attract screen's first
        // frame (the app's first), and not on the thread that draws it. The line appears
        // when the count is done.
        background: true
        active: false
    }
    Connections {
        target: glimpse.Window.window
        enabled: !results.active
        function onFrameSwapped() { results.active = true }
    }

    // As slow as the questions above: one line every eight seconds, no flashing.
    Timer {
        interval: 8000
        repeat: true
        running: glimpse.rows > 1
        onTriggered: glimpse.current = (glimpse.current + 1) % glimpse.rows
    }

    // One line: the heading, then what others said (a value with its colour and name, or a
    // statement quoted in the sentence). Anchors and a Column, no Qt Quick Layouts: this is
    // part of the attract screen, the app's first frame.
    Item {
        id: column
        x: Theme.spacing
        y: Math.round(Theme.spacing / 2)
        width: glimpse.width - 2 * Theme.spacing
        implicitHeight: Math.max(heading.implicitHeight, lines.implicitHeight)
        SectionLabel {
            id: heading
            //: Attract screen: label before one thing others said on this device
            text: qsTr("Dit zeiden anderen:")
            color: Theme.primary
            wrapMode: Text.NoWrap
        }
        // One row at a time is visible; a Column gives the hidden ones no room.
        Column {
            id: lines
            anchors.left: heading.right
            anchors.leftMargin: Theme.spacing
            anchors.right: parent.right
            Repeater {
                model: results
                delegate: Item {
                    id: row
                    required property int index
                    required property string kind
                    required property string label
                    required property string sentence
                    required property color colour
                    required property color textColour
                    objectName: "othersSaidRow"
                    visible: index === glimpse.current
                    width: lines.width
                    implicitHeight: Math.max(chipBox.visible ? chipBox.height : 0, sentenceText.implicitHeight)
                    height: implicitHeight
                    Accessible.role: Accessible.StaticText
                    Accessible.name: (kind === "value" ? label + ": " : "") + sentence
                    Rectangle {
                        id: chipBox
                        visible: row.kind === "value"
                        width: chip.implicitWidth + Theme.spacing * 2
                        height: chip.implicitHeight + Math.round(Theme.spacing / 3)
                        radius: Theme.radius
                        color: row.colour
                        Text {
                            id: chip
                            anchors.centerIn: parent
                            text: row.label
                            color: row.textColour
                            font.pixelSize: Theme.fontBody
                            font.family: Theme.fontFamily
                            font.bold: true
                        }
                    }
                    BodyText {
                        id: sentenceText
                        x: chipBox.visible ? chipBox.width + Theme.spacing : 0
                        y: Math.round((row.height - height) / 2)
                        width: row.width - x
                        text: row.sentence
                    }
                }
            }
        }
    }
}
