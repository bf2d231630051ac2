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
            // What the participant reads when saving failed: one plain sentence in their
            // language. The technical reason is in the log and the facilitator menu.
            visible: Participation.residentError !== ""
            Layout.fillWidth: true
            implicitHeight: errorText.implicitHeight + Theme.spacing
            radius: Theme.radius
            color: Theme.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: errorText.text
            BodyText {
                id: errorText
                objectName: "errorText"
                anchors.fill: parent
                anchors.margins: Math.round(Theme.spacing / 2)
                text: Participation.residentError
                color: Theme.textOnError
                font.bold: true
                verticalAlignment: Text.AlignVCenter
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
