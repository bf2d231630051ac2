import QtQuick
import QtQuick.Layouts
import Samenspraak.Core

// Back, skip and next, in the same place on every activity. "Next" says what is still
// needed when it cannot be used yet; "skip" is there as long as nothing was given.
ColumnLayout {
    id: nav
    property ActivityModel model
    property bool skippable: true
    // Whether "next" shows before anything is given (the profile hides it: skip says it all).
    property bool continueWhenEmpty: true
    property string hint: ""
    //: Button that saves the answer and goes to the next screen
    property string continueText: qsTr("Verder")
    //: Button that goes on without answering this question
    property string skipText: qsTr("Sla over")
    signal back()
    signal skip()
    signal proceed()

    spacing: Math.round(Theme.spacing / 2)

    Rectangle {
        visible: nav.hint !== "" && nav.model !== null && !nav.model.canContinue && nav.continueWhenEmpty
        Layout.fillWidth: true
        implicitHeight: hintText.implicitHeight + Theme.spacing
        radius: Theme.radius
        color: Theme.notice
        BodyText {
            id: hintText
            anchors.fill: parent
            anchors.margins: Math.round(Theme.spacing / 2)
            text: nav.hint
            font.pixelSize: Theme.fontSmall
            color: Theme.textOnNotice
            verticalAlignment: Text.AlignVCenter
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            objectName: "backButton"
            primary: false
            //: Button that goes back to the previous screen
            text: qsTr("Terug")
            onClicked: nav.back()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "skipButton"
            primary: false
            visible: nav.skippable && nav.model !== null && !nav.model.answered
            text: nav.skipText
            onClicked: nav.skip()
        }
        BigButton {
            objectName: "continueButton"
            visible: nav.continueWhenEmpty || (nav.model !== null && nav.model.answered)
            text: nav.continueText
            enabled: nav.model === null || nav.model.canContinue
            onClicked: nav.proceed()
        }
    }
}
