import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Dot-voting: + and - per option, the dots shown as dots and counted in words; with points,
// each tap moves ten points and everything must be divided.
ActivityPage {
    id: screen
    required property string activityId
    readonly property bool points: dots.unit === "points"
    model: DotsModel {
        id: dots
        activityId: screen.activityId
    }
    hint: screen.points
          //: Points screen, shown above "Verder" until every point is divided; %n points left
          ? qsTr("Verdeel eerst alle punten. Je hebt er nog %n over.", "", dots.remaining)
          //: Dots screen, shown above "Verder" while no dot is given
          : qsTr("Geef minstens één stip. Wil je niet kiezen? Tik dan op Sla over.")
    // Shown a page at a time when the options do not fit (large text, a small screen).
    itemCount: dots.count

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: leftRow.implicitHeight + Theme.spacing
        radius: Theme.radius
        color: Theme.primaryLight
        border.width: 2
        border.color: Theme.primary
        RowLayout {
            id: leftRow
            anchors.fill: parent
            anchors.margins: Math.round(Theme.spacing / 2)
            spacing: Theme.spacing
            BodyText {
                objectName: "remainingText"
                text: screen.points
                      //: Points screen; %n points still to divide
                      ? qsTr("Je hebt nog %n punten over.", "", dots.remaining)
                      //: Dots screen; %n dots still to give
                      : qsTr("Je hebt nog %n stippen over.", "", dots.remaining)
                font.bold: true
                color: Theme.textOnPrimaryLight
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Flow {
                visible: !screen.points
                spacing: Math.round(Theme.spacing / 3)
                Layout.preferredWidth: Math.min(implicitWidth, parent.width / 2)
                Accessible.ignored: true
                Repeater {
                    model: screen.points ? 0 : dots.remaining
                    delegate: Rectangle {
                        width: Math.round(Theme.fontBody * 1.1)
                        height: width
                        radius: width / 2
                        color: Theme.primary
                    }
                }
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: screen.flickable.width > Theme.fontBody * 44 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: dots
            delegate: Card {
                id: option
                required property int index
                required property string name
                required property int amount
                visible: screen.onPage(index)
                Layout.fillWidth: true
                Layout.preferredWidth: 10
                Layout.fillHeight: true
                padding: Math.round(Theme.spacing * 0.6)
                border.width: amount > 0 ? 5 : 2
                border.color: amount > 0 ? Theme.primary : Theme.border

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Math.round(Theme.spacing / 3)
                        BodyText {
                            text: option.name
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: Math.round(Theme.spacing / 2)
                            Flow {
                                visible: !screen.points && option.amount > 0
                                spacing: Math.round(Theme.spacing / 4)
                                Layout.preferredWidth: Math.min(implicitWidth, option.width / 3)
                                Accessible.ignored: true
                                Repeater {
                                    model: screen.points ? 0 : option.amount
                                    delegate: Rectangle {
                                        width: Math.round(Theme.fontBody * 0.9)
                                        height: width
                                        radius: width / 2
                                        color: Theme.primary
                                    }
                                }
                            }
                            Rectangle {
                                // Points as a bar: its length and the number say the same.
                                visible: screen.points
                                Layout.preferredWidth: Math.round(Theme.touchTarget * (Theme.textScale > 1.25 ? 2 : 3))
                                Layout.preferredHeight: Math.round(Theme.fontBody * 0.8)
                                color: Theme.background
                                border.width: 2
                                border.color: Theme.border
                                Accessible.ignored: true
                                Rectangle {
                                    width: parent.width * option.amount / Math.max(1, dots.budget)
                                    height: parent.height
                                    color: Theme.primary
                                }
                            }
                            BodyText {
                                text: screen.points
                                      //: Points given to one option
                                      ? qsTr("%n punten", "", option.amount)
                                      //: Dots given to one option
                                      : qsTr("%n stippen", "", option.amount)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.NoWrap
                            }
                        }
                    }
                    BigButton {
                        objectName: "remove-" + option.index
                        primary: false
                        text: screen.points ? "− " + dots.step : "−"
                        font.pixelSize: screen.points ? Theme.fontButton : Theme.fontTitle
                        enabled: option.amount > 0
                        // Wide enough for "− 10" on one line at every text size.
                        Layout.preferredWidth: Math.max(Theme.touchTarget * 1.4, implicitWidth)
                        Layout.minimumWidth: Layout.preferredWidth
                        Accessible.name: screen.points
                                         //: Button: take points away from an option; %1 the number, %2 the option
                                         ? qsTr("%1 punten minder voor %2").arg(dots.step).arg(option.name)
                                         //: Button: take one dot away from an option; %1 the option
                                         : qsTr("Eén stip minder voor %1").arg(option.name)
                        onClicked: dots.remove(option.index)
                    }
                    BigButton {
                        objectName: "add-" + option.index
                        text: screen.points ? "+ " + dots.step : "+"
                        font.pixelSize: screen.points ? Theme.fontButton : Theme.fontTitle
                        enabled: dots.remaining > 0
                        // Wide enough for "− 10" on one line at every text size.
                        Layout.preferredWidth: Math.max(Theme.touchTarget * 1.4, implicitWidth)
                        Layout.minimumWidth: Layout.preferredWidth
                        Accessible.name: screen.points
                                         //: Button: give points to an option; %1 the number, %2 the option
                                         ? qsTr("%1 punten meer voor %2").arg(dots.step).arg(option.name)
                                         //: Button: give one dot to an option; %1 the option
                                         : qsTr("Eén stip meer voor %1").arg(option.name)
                        onClicked: dots.add(option.index)
                    }
                }
            }
        }
    }
}
