import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Before the first question: who asks, for what, that it is anonymous, how long the answers
// are kept, whom to ask and where the full privacy statement is (AVG art. 13). The facts come
// from the pack; this screen only gives them their headings.
ScrollPage {
    id: screen
    readonly property var privacy: Content.privacy
    signal done()
    signal back()
    Accessible.role: Accessible.Pane
    Accessible.name: heading.text

    HeadingText {
        id: heading
        objectName: "privacyHeading"
        //: Privacy notice before the first question: heading
        text: qsTr("Voordat je begint")
        Layout.fillWidth: true
    }
    BodyText {
        objectName: "privacyAnonymous"
        //: Privacy notice: the first, most important line
        text: qsTr("Je doet anoniem mee. We vragen niet je naam. Schrijf ook geen namen op.")
        font.bold: true
        Layout.fillWidth: true
    }
    Card {
        Layout.fillWidth: true
        Repeater {
            model: [
                //: Privacy notice: heading above who collects the answers
                [qsTr("Wie vraagt dit?"), screen.privacy.controller],
                //: Privacy notice: heading above what the answers are used for
                [qsTr("Waarvoor?"), screen.privacy.purpose],
                //: Privacy notice: heading above how long the answers are kept
                [qsTr("Hoe lang bewaren we het?"), screen.privacy.retention],
                //: Privacy notice: heading above whom to ask
                [qsTr("Vragen?"), screen.privacy.contact],
                //: Privacy notice: heading above the address of the full privacy statement
                [qsTr("Alles over privacy lees je op"), screen.privacy.url]
            ]
            delegate: ColumnLayout {
                required property var modelData
                required property int index
                objectName: "privacyItem-" + index
                Layout.fillWidth: true
                spacing: 2
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData[0] + " " + modelData[1]
                SectionLabel {
                    text: modelData[0]
                    Layout.fillWidth: true
                }
                BodyText {
                    objectName: "privacyValue"
                    text: modelData[1]
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    footer: RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            objectName: "backButton"
            primary: false
            //: Button that goes back to the previous screen
            text: qsTr("Terug")
            onClicked: screen.back()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "continueButton"
            //: Privacy notice: go on to the questions
            text: qsTr("Begrepen, verder")
            onClicked: screen.done()
        }
    }
}
