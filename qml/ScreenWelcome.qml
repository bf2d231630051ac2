import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Before the questions: the language (each named in itself) and the size of the letters,
// shown at once on this screen.
ScrollPage {
    id: screen
    signal done()
    signal back()
    Accessible.role: Accessible.Pane
    Accessible.name: heading.text

    HeadingText {
        id: heading
        //: Heading of the screen where language and text size are chosen
        text: qsTr("Welkom!")
        Layout.fillWidth: true
    }
    BodyText {
        //: Welcome screen: what to do here
        text: qsTr("Kies eerst je taal en hoe groot je de letters wilt. Daarna beginnen de vragen.")
        Layout.fillWidth: true
    }

    SectionLabel {
        // Both languages, so everyone finds theirs.
        text: "Taal · Language"
        Layout.fillWidth: true
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width > Theme.fontBody * 16 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Math.round(Theme.spacing / 2)
        ChoiceButton {
            objectName: "language-nl"
            radio: true
            text: "Nederlands"
            selected: Content.language === "nl"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            onClicked: Content.language = "nl"
        }
        ChoiceButton {
            objectName: "language-en"
            radio: true
            text: "English"
            selected: Content.language === "en"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            onClicked: Content.language = "en"
        }
    }

    SectionLabel {
        //: Welcome screen: choose the size of the letters
        text: qsTr("Grootte van de letters")
        Layout.fillWidth: true
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width > Theme.fontBody * 24 ? 3 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Math.round(Theme.spacing / 2)
        Repeater {
            model: Journey.textScales
            delegate: ChoiceButton {
                required property int index
                required property real modelData
                objectName: "textScale-" + index
                radio: true
                text: [
                    //: Text size option: the normal size
                    qsTr("Normaal"),
                    //: Text size option: larger letters
                    qsTr("Groter"),
                    //: Text size option: the largest letters
                    qsTr("Heel groot")][index] + " (" + Math.round(modelData * 100) + "%)"
                selected: Math.abs(Journey.textScale - modelData) < 0.01
                Layout.fillWidth: true
                Layout.preferredWidth: 10
                onClicked: Journey.textScale = modelData
            }
        }
    }
    Card {
        Layout.fillWidth: true
        color: Theme.primaryLight
        border.color: Theme.primary
        BodyText {
            //: A sample sentence that shows the chosen text size
            text: qsTr("Zo groot zijn de letters op de volgende schermen.")
            color: Theme.textOnPrimaryLight
            Layout.fillWidth: true
        }
    }

    footer: RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            objectName: "backButton"
            primary: false
            text: qsTr("Terug")
            onClicked: screen.back()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "continueButton"
            //: Welcome screen: start with the questions
            text: qsTr("Begin")
            onClicked: screen.done()
        }
    }
}
