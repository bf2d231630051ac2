import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// The frame of every activity: its title and prompt from the pack, the activity's own
// controls (a screen's children, below the prompt; scrolling when they do not fit), what went wrong if saving failed, and the
// navigation. The model saves; this page only asks it to.
ScrollPage {
    id: page
    property ActivityModel model
    property alias skippable: nav.skippable
    property alias continueWhenEmpty: nav.continueWhenEmpty
    property alias hint: nav.hint
    property alias continueText: nav.continueText
    property alias skipText: nav.skipText
    signal done()
    signal back()
    signal skipped()

    Accessible.role: Accessible.Pane
    Accessible.name: model ? model.title : ""

    function submit() {
        if (page.model.submit())
            page.done()
    }

    HeadingText {
        text: page.model ? page.model.title : ""
        Layout.fillWidth: true
    }
    BodyText {
        text: page.model ? page.model.prompt : ""
        visible: text !== ""
        Layout.fillWidth: true
    }

    footer: [
        Rectangle {
            visible: Participation.lastError !== ""
            Layout.fillWidth: true
            implicitHeight: errorColumn.implicitHeight + Theme.spacing
            radius: Theme.radius
            color: Theme.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: errorTitle.text + " " + errorDetail.text
            ColumnLayout {
                id: errorColumn
                anchors.fill: parent
                anchors.margins: Math.round(Theme.spacing / 2)
                spacing: 2
                BodyText {
                    id: errorTitle
                    //: Shown when an answer could not be saved on the device
                    text: qsTr("Dit antwoord is niet bewaard. Probeer het nog eens of vraag een medewerker om hulp.")
                    color: Theme.textOnError
                    font.bold: true
                    Layout.fillWidth: true
                }
                BodyText {
                    id: errorDetail
                    objectName: "errorText"
                    text: Participation.lastError
                    color: Theme.textOnError
                    font.pixelSize: Theme.fontSmall
                    Layout.fillWidth: true
                }
            }
        },
        NavBar {
            id: nav
            model: page.model
            Layout.fillWidth: true
            onBack: page.back()
            onSkip: page.skipped()
            onProceed: page.submit()
        }
    ]
}
