import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// "Could you say what you wanted?": five steps, each with its number and its words, and
// room for a remark. The last activity, so its button finishes.
ActivityPage {
    id: screen
    required property string activityId
    model: SatisfactionModel {
        id: satisfaction
        activityId: screen.activityId
    }
    //: The button on the last question: saves and goes to the thank-you screen
    continueText: qsTr("Afronden")
    //: Satisfaction screen, shown above "Afronden" while no score is chosen
    hint: qsTr("Kies 1 tot 5. Wil je niet kiezen? Tik dan op Sla over.")
    // Two parts, the scale and the remark: on one page wherever they fit, else (200% text with
    // an error above the buttons) a page each.
    itemCount: remarkLabel.text !== "" ? 2 : 0
    pagesRows: false

    GridLayout {
        visible: screen.itemCount === 0 || screen.onPage(0)
        Layout.fillWidth: true
        // The scale stays on one row at every text size: a scale split over rows reads wrongly.
        columns: 5
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: satisfaction
            delegate: AbstractButton {
                id: step
                required property int score
                required property string label
                required property bool selected
                objectName: "score-" + score
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 10
                implicitHeight: Math.max(Theme.touchTarget * 1.5, stepColumn.implicitHeight + topPadding + bottomPadding)
                padding: Math.round(Theme.spacing / 2)
                focusPolicy: Qt.StrongFocus
                checked: selected
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: selected
                //: Read out for a satisfaction score; %1 the number, %2 its words
                Accessible.name: qsTr("%1: %2").arg(score).arg(label)
                onClicked: satisfaction.score = score
                background: Rectangle {
                    radius: Theme.radius
                    color: step.selected ? Theme.primary : Theme.surface
                    border.width: step.selected ? 0 : 3
                    border.color: Theme.border
                    FocusRing { shown: step.visualFocus }
                }
                contentItem: ColumnLayout {
                    id: stepColumn
                    spacing: 2
                    Text {
                        text: (step.selected ? "✓ " : "") + step.score
                        // Large, but at large text no larger than a button's words.
                        font.pixelSize: Math.min(Theme.fontTitle, Theme.fontButton)
                        font.family: Theme.fontFamily
                        font.bold: true
                        color: step.selected ? Theme.textOnPrimary : Theme.primary
                        Layout.alignment: Qt.AlignHCenter
                    }
                    Text {
                        text: step.label
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.fontFamily
                        color: step.selected ? Theme.textOnPrimary : Theme.text
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }

    SectionLabel {
        id: remarkLabel
        text: satisfaction.remarkPrompt
        visible: text !== "" && screen.onPage(1)
        Layout.fillWidth: true
    }
    TextBox {
        id: remark
        objectName: "remarkText"
        visible: remarkLabel.visible
        Layout.fillWidth: true
        text: satisfaction.remark
        //: Placeholder in the remark box on the satisfaction screen
        placeholderText: qsTr("Tik hier als je nog iets wilt zeggen")
        Accessible.name: remarkLabel.text
        onTextChanged: satisfaction.remark = text
        onActiveFocusChanged: if (activeFocus) screen.ensureVisible(remark)
    }
    NoNamesNote {
        visible: remarkLabel.visible
        Layout.fillWidth: true
    }
}
