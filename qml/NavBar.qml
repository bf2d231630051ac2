import QtQuick
import QtQuick.Layouts
import Samenspraak.Core

// Back, skip and next, in the same place on every activity. "Next" is never greyed out:
// tapped while the answer is not complete, it says what is still needed (and only then);
// "skip" is there as long as nothing was given.
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
    // "Next" was tapped while the answer was incomplete: the hint is on screen until the
    // answer is complete.
    property bool hintShown: false
    signal back()
    signal skip()
    signal proceed()

    function tryProceed() {
        if (nav.model !== null && !nav.model.canContinue) {
            nav.hintShown = true
            return
        }
        nav.hintShown = false
        nav.proceed()
    }

    Connections {
        target: nav.model
        function onAnswerChanged() { if (nav.model.canContinue) nav.hintShown = false }
    }

    spacing: Math.round(Theme.spacing / 2)

    Rectangle {
        objectName: "continueHint"
        visible: nav.hintShown && nav.model !== null && !nav.model.canContinue
        Layout.fillWidth: true
        implicitHeight: hintText.implicitHeight + Theme.spacing
        radius: Theme.radius
        color: Theme.notice
        Accessible.role: Accessible.AlertMessage
        Accessible.name: hintText.text
        BodyText {
            id: hintText
            anchors.fill: parent
            anchors.margins: Math.round(Theme.spacing / 2)
            //: Shown above "Verder" when it is tapped and the answer is not complete yet
            text: nav.hint !== "" ? nav.hint : qsTr("Je antwoord is nog niet af.")
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
            onClicked: nav.tryProceed()
        }
    }
}
