import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Ranking: every option has its place number and "up"/"down" buttons; a tap is enough,
// nothing needs dragging.
ActivityPage {
    id: screen
    required property string activityId
    model: RankingModel {
        id: ranking
        activityId: screen.activityId
    }
    // Shown a page at a time when the options do not fit (large text, a small screen).
    itemCount: ranking.count

    Repeater {
        model: ranking
        delegate: Card {
            id: option
            required property int index
            required property string name
            required property int position
            required property bool first
            required property bool last
            visible: screen.onPage(index)
            Layout.fillWidth: true
            padding: Math.round(Theme.spacing * 0.6)
            border.width: first ? 5 : 2
            border.color: first ? Theme.primary : Theme.border

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    // Grows with the text: the number always sits inside its circle.
                    Layout.preferredWidth: Math.max(Theme.touchTarget * 0.8, positionText.implicitWidth + Theme.spacing,
                                                    positionText.implicitHeight + Math.round(Theme.spacing / 2))
                    Layout.preferredHeight: Layout.preferredWidth
                    radius: width / 2
                    color: Theme.primary
                    Text {
                        id: positionText
                        anchors.centerIn: parent
                        text: option.position
                        color: Theme.textOnPrimary
                        font.pixelSize: Theme.fontTitle
                        font.family: Theme.fontFamily
                        font.bold: true
                    }
                }
                BodyText {
                    text: option.name
                    font.bold: true
                    Layout.fillWidth: true
                    //: Read out for one option of the ranking; %1 the place, %2 the option
                    Accessible.name: qsTr("Plaats %1: %2").arg(option.position).arg(option.name)
                    Accessible.role: Accessible.StaticText
                }
                BigButton {
                    objectName: "up-" + option.index
                    primary: false
                    //: Ranking: move an option one place up
                    text: qsTr("▲ Omhoog")
                    enabled: !option.first
                    //: Ranking, read out: move option %1 one place up
                    Accessible.name: qsTr("%1 omhoog").arg(option.name)
                    onClicked: { ranking.moveUp(option.index); screen.showPageOf(option.index - 1) }
                }
                BigButton {
                    objectName: "down-" + option.index
                    primary: false
                    //: Ranking: move an option one place down
                    text: qsTr("▼ Omlaag")
                    enabled: !option.last
                    //: Ranking, read out: move option %1 one place down
                    Accessible.name: qsTr("%1 omlaag").arg(option.name)
                    onClicked: { ranking.moveDown(option.index); screen.showPageOf(option.index + 1) }
                }
            }
        }
    }
}
