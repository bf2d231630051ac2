import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// The optional profile: every question may be skipped, and so may the whole screen. Tapping
// a chosen answer again takes it back.
ActivityPage {
    id: screen
    required property string activityId
    model: ProfileModel {
        id: profile
        activityId: screen.activityId
    }
    continueWhenEmpty: false
    //: Profile screen: skip every question
    skipText: qsTr("Sla alles over")
    // Shown a page at a time when the questions do not fit (large text, a small screen): the
    // items are the options, so a long question (where one lives) may go on on the next page,
    // under its question again.
    itemCount: profile.optionCount

    Repeater {
        model: profile
        delegate: Card {
            id: question
            required property int index
            required property string question
            required property var options
            required property string answer
            required property int number
            required property int firstOption
            visible: screen.onPageAny(firstOption, options.length)
            Layout.fillWidth: true

            SectionLabel {
                text: question.question
                Layout.fillWidth: true
            }
            Text {
                //: Under each profile question
                text: qsTr("Deze vraag mag je overslaan.")
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            GridLayout {
                Layout.fillWidth: true
                // From the page's width, not the grid's own (which follows its columns).
                columns: Math.max(1, Math.min(4, Math.floor(screen.flickable.width / (Theme.fontBody * 11))))
                columnSpacing: Math.round(Theme.spacing / 2)
                rowSpacing: Math.round(Theme.spacing / 2)
                Repeater {
                    model: question.options
                    delegate: ChoiceButton {
                        required property var modelData
                        required property int index
                        objectName: "option-" + question.index + "-" + modelData.id
                        visible: screen.onPage(question.firstOption + index)
                        radio: true
                        text: modelData.name
                        selected: modelData.selected
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 10
                        onClicked: profile.choose(question.index, modelData.id)
                    }
                }
            }
        }
    }
}
