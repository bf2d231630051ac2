import QtQuick
import QtQuick.Layouts
import Samenspraak.Core

// Back, skip and next, in the same place on every activity. "Verder" is never greyed out and
// is on every page: tapped while the answer is not complete, it says what is still needed
// (and only then); "Sla over" is there as long as nothing was given. A list shown a page at a
// time has a row of its own above them: "◀ Vorige", where you are, "Volgende ▶". So each
// button means one thing: the paging buttons move within the list, "Terug" and "Verder"
// leave the screen.
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
    //: On a list shown in parts (a row above Terug/Verder): shows the next part of the list
    property string nextPageText: qsTr("Volgende ▶")
    //: On a list shown in parts (a row above Terug/Verder): shows the previous part of the list
    property string previousPageText: qsTr("◀ Vorige")
    //: Between "Vorige" and "Volgende" on a list shown in parts; %1 this part, %2 how many parts
    property string pageText: qsTr("Pagina %1 van %2")
    readonly property bool paged: pager !== null && pager.pageCount > 1
    readonly property bool firstPage: !paged || pager.pageIndex <= 0
    readonly property bool lastPage: !paged || pager.pageIndex >= pager.pageCount - 1
    // The height the paging row takes from the page while it shows (ActivityPage's room).
    readonly property real pagerSpace: pagerRow.visible ? pagerRow.height + spacing : 0
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

    // Paging within the list. A button that cannot be used here (no page before the first) is
    // not shown, but its place is kept: the row does not jump.
    RowLayout {
        id: pagerRow
        objectName: "pagerRow"
        visible: nav.paged
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            id: previousPage
            objectName: "previousPage"
            Layout.minimumWidth: implicitWidth
            primary: false
            visible: !nav.firstPage
            text: nav.previousPageText
            onClicked: nav.pager.pageIndex = nav.pager.pageIndex - 1
        }
        Item {
            visible: nav.firstPage
            Layout.minimumWidth: previousPage.implicitWidth
            Layout.preferredWidth: previousPage.implicitWidth
        }
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
            visible: nav.lastPage
            Layout.minimumWidth: nextPage.implicitWidth
            Layout.preferredWidth: nextPage.implicitWidth
        }
        BigButton {
            id: nextPage
            objectName: "nextPage"
            Layout.minimumWidth: implicitWidth
            primary: false
            visible: !nav.lastPage
            text: nav.nextPageText
            onClicked: nav.pager.pageIndex = nav.pager.pageIndex + 1
        }
    }
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
            onClicked: nav.back()
        }
        Item {
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
            objectName: "continueButton"
            Layout.minimumWidth: implicitWidth
            visible: nav.continueWhenEmpty || (nav.model !== null && nav.model.answered)
            text: nav.continueText
            onClicked: nav.tryProceed()
        }
    }
}
