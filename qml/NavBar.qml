import QtQuick
import QtQuick.Layouts
import Samenspraak.Core

// Back, skip and next, in the same place on every activity. "Next" is never greyed out:
// tapped while the answer is not complete, it says what is still needed (and only then);
// "skip" is there as long as nothing was given. A list shown a page at a time is paged from
// here too, so that paging costs no row of its own: "Volgende ▶" until the last page, then
// "Verder"; "Terug" goes to the previous page first; where you are sits in between.
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
    // The page with the list (ActivityPage: pageIndex, pageCount), or null.
    property var pager: null
    //: Button next to "Terug" on a list shown in parts: shows the next part
    property string nextPageText: qsTr("Volgende ▶")
    //: Between "Terug" and "Volgende" on a list shown in parts; %1 this part, %2 how many parts
    property string pageText: qsTr("Pagina %1 van %2")
    readonly property bool paged: pager !== null && pager.pageCount > 1
    readonly property bool lastPage: !paged || pager.pageIndex >= pager.pageCount - 1
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
            Layout.minimumWidth: implicitWidth
            primary: false
            //: Button that goes back to the previous screen
            text: qsTr("Terug")
            onClicked: {
                if (nav.paged && nav.pager.pageIndex > 0)
                    nav.pager.pageIndex = nav.pager.pageIndex - 1
                else
                    nav.back()
            }
        }
        // Takes the room the buttons leave, in smaller type where that is little; the buttons
        // keep their words on one line.
        BodyText {
            objectName: "pageText"
            visible: nav.paged
            text: nav.paged ? nav.pageText.arg(nav.pager.pageIndex + 1).arg(nav.pager.pageCount) : ""
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontSmall
            font.bold: true
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Item {
            visible: !nav.paged
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "skipButton"
            Layout.minimumWidth: implicitWidth
            primary: false
            visible: nav.skippable && nav.model !== null && !nav.model.answered
            text: nav.skipText
            onClicked: nav.skip()
        }
        BigButton {
            objectName: "nextPage"
            Layout.minimumWidth: implicitWidth
            visible: !nav.lastPage
            primary: true
            text: nav.nextPageText
            onClicked: nav.pager.pageIndex = nav.pager.pageIndex + 1
        }
        BigButton {
            objectName: "continueButton"
            Layout.minimumWidth: implicitWidth
            visible: nav.lastPage && (nav.continueWhenEmpty || (nav.model !== null && nav.model.answered))
            text: nav.continueText
            onClicked: nav.tryProceed()
        }
    }
}
