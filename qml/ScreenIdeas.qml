import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Ideas: write the idea, say whether it is an opportunity, a concern or a solution, and
// pick its theme. All three are needed to save it; the hint says which part is missing.
ActivityPage {
    id: screen
    required property string activityId
    model: IdeasModel {
        id: ideas
        activityId: screen.activityId
    }
    hint: ideas.text.trim() === ""
          //: Ideas screen, shown above "Verder" while the text is empty
          ? qsTr("Schrijf eerst je idee op. Wil je niets schrijven? Tik dan op Sla over.")
          : ideas.ideaKind === ""
            //: Ideas screen, shown above "Verder" while no kind is chosen
            ? qsTr("Kies nog wat voor idee het is (stap 2).")
            //: Ideas screen, shown above "Verder" while no theme is chosen
            : qsTr("Kies nog een onderwerp (stap 3).")

    // The items: the text (0), its kind (1) and each theme (2 and on), so that the themes
    // too can go on on the next page at large text, under step 3's question again.
    itemCount: 2 + ideas.count
    readonly property int stepSpacing: Math.round(Theme.spacing / (Theme.textScale > 1.25 ? 2 : 1))

    ColumnLayout {
        objectName: "ideaStep-0"
        visible: screen.onPage(0)
        Layout.fillWidth: true
        spacing: screen.stepSpacing
        SectionLabel {
            id: textLabel
            //: Ideas screen, step 1
            text: qsTr("1. Jouw idee")
            Layout.fillWidth: true
        }
        TextBox {
            id: ideaText
            objectName: "ideaText"
            Layout.fillWidth: true
            text: ideas.text
            //: Placeholder in the idea text box
            placeholderText: qsTr("Tik hier en schrijf je idee op")
            Accessible.name: textLabel.text
            onTextChanged: ideas.text = text
            onActiveFocusChanged: if (activeFocus) screen.ensureVisible(ideaText)
        }
        // Both under the box on one row: at large text every line counts.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            NoNamesNote {
                Layout.fillWidth: true
            }
            Text {
                //: Under the idea text box; %1 characters typed, %2 the maximum
                text: qsTr("%1 van %2 tekens").arg(ideas.text.length).arg(ideas.maxLength)
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.textMuted
                Layout.alignment: Qt.AlignTop
            }
        }
    }

    ColumnLayout {
        objectName: "ideaStep-1"
        visible: screen.onPage(1)
        Layout.fillWidth: true
        spacing: screen.stepSpacing
        SectionLabel {
            //: Ideas screen, step 2
            text: qsTr("2. Wat voor idee is het?")
            Layout.fillWidth: true
        }
        GridLayout {
            Layout.fillWidth: true
            // The three kinds side by side down to 8 characters of body text each: one row.
            columns: Math.max(1, Math.min(3, Math.floor(screen.flickable.width / (Theme.fontBody * 8))))
            columnSpacing: Theme.spacing
            rowSpacing: Math.round(Theme.spacing / 2)
            Repeater {
                model: ideas.kinds
                delegate: ChoiceButton {
                    required property var modelData
                    objectName: "kind-" + modelData.id
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 10
                    radio: true
                    text: modelData.name
                    description: modelData.description
                    selected: modelData.selected
                    onClicked: ideas.ideaKind = modelData.id
                }
            }
        }
    }

    ColumnLayout {
        objectName: "ideaStep-2"
        visible: screen.onPageAny(2, ideas.count)
        Layout.fillWidth: true
        spacing: screen.stepSpacing
        SectionLabel {
            //: Ideas screen, step 3
            text: qsTr("3. Over welk onderwerp gaat het?")
            Layout.fillWidth: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: Math.max(1, Math.min(4, Math.floor(screen.flickable.width / (Theme.fontBody * 10))))
            columnSpacing: Theme.spacing
            rowSpacing: Math.round(Theme.spacing / 2)
            Repeater {
                model: ideas
                delegate: ChoiceButton {
                    required property int index
                    required property string themeId
                    required property string name
                    required property bool selected
                    objectName: "theme-" + themeId
                    visible: screen.onPage(2 + index)
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 10
                    radio: true
                    text: name
                    onClicked: ideas.theme = themeId
                }
            }
        }
    }
}
