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
    property alias nextPageText: nav.nextPageText
    property alias pageText: nav.pageText
    signal done()
    signal back()
    signal skipped()

    Accessible.role: Accessible.Pane
    Accessible.name: model ? model.title : ""

    // Paging: a screen with a list (values, dots, ranking, profile questions, statements) sets
    // itemCount and shows only the items for which onPage(index) is true. With autoFit the page
    // holds as many as fit without scrolling (at 200% text fewer than at 100%); statements set
    // perPage to 1 and leave autoFit off. The NavBar pages (Terug, where you are, Volgende).
    property int itemCount: 0
    property bool autoFit: true
    property int perPage: Math.max(1, itemCount)
    property int pageIndex: 0
    readonly property int pageCount: itemCount > 0 ? Math.ceil(itemCount / Math.max(1, perPage)) : 1
    function onPage(index) {
        return index >= pageIndex * perPage && index < (pageIndex + 1) * perPage
    }
    // Whether any of the `count` items from `first` is on the page (a question whose options
    // are the items).
    function onPageAny(first, count) {
        return first < (pageIndex + 1) * perPage && first + count > pageIndex * perPage
    }
    function showPageOf(index) {
        pageIndex = Math.max(0, Math.min(Math.floor(index / Math.max(1, perPage)), pageCount - 1))
    }
    // Fitting: start from everything on one page, then one item fewer per page while the page
    // overflows. Measured only once the window has laid the page out (afterAnimating comes
    // after the polish of every layout): measured earlier, while widths are still 0 and every
    // text wraps after each word, a page of five values that fits looked far too long.
    property bool fitting: false
    // Someone types (the on-screen keyboard makes the page shorter for a while): the page
    // stays as it is.
    function typing() {
        const focused = page.Window.activeFocusItem
        return focused !== null && focused !== undefined && "cursorPosition" in focused
    }
    // Start again from everything on one page (text size, width or height changed), keeping
    // the first item shown in view.
    function refit() {
        if (!autoFit || itemCount <= 0 || typing())
            return
        const first = pageIndex * perPage
        perPage = itemCount
        pageIndex = 0
        showPageOf(first)
        fitting = true
        if (page.Window.window)
            page.Window.window.update()
    }
    // The content height last seen while fitting: a page is judged only once its height held
    // for a frame (a grid whose columns follow the width needs more than one layout pass).
    property real measuredHeight: -1
    function fitStep() {
        if (!fitting)
            return
        const height = page.flickable.contentHeight
        if (height !== measuredHeight) {
            measuredHeight = height
            page.Window.window.update()
            return
        }
        measuredHeight = -1
        if (!page.overflowing || perPage <= 1 || typing()) {
            fitting = false
            return
        }
        // As many as would fit if every item were as high as the average: never fewer than
        // fit, so from there one fewer at a time.
        const estimate = Math.floor(perPage * page.flickable.height / height)
        const first = pageIndex * perPage
        perPage = Math.max(1, Math.min(perPage - 1, estimate))
        showPageOf(first)
        page.Window.window.update()
    }
    // Pages differ (the field for one's own value is taller than a value): a page that does
    // not fit when it is shown makes every page hold fewer.
    onPageIndexChanged: {
        if (autoFit && !fitting && perPage > 1) {
            fitting = true
            if (page.Window.window)
                page.Window.window.update()
        }
    }
    onItemCountChanged: refit()
    onWidthChanged: refit()
    Component.onCompleted: refit()
    Connections {
        target: Theme
        function onTextScaleChanged() { page.refit() }
        function onScaleChanged() { page.refit() }
    }
    Connections {
        target: page.flickable
        // More room (a note went away, the keyboard closed): perhaps more fits again.
        function onHeightChanged() { page.refit() }
        // Something was added (a note, "belangrijk voor mij"): fewer may fit now.
        function onContentHeightChanged() {
            if (page.autoFit && page.overflowing && !page.fitting && page.perPage > 1) {
                page.fitting = true
                page.Window.window.update()
            }
        }
    }
    Connections {
        target: page.Window.window
        function onAfterAnimating() { page.fitStep() }
    }

    // What "Lees voor" reads: this screen's question and the items on its page (the model
    // builds the words).
    Binding { target: ReadAloud; property: "activity"; value: page.model }
    Binding { target: ReadAloud; property: "firstShown"; value: page.pageIndex * page.perPage }
    Binding { target: ReadAloud; property: "shownCount"; value: page.itemCount > 0 ? page.perPage : -1 }

    function submit() {
        if (page.model.submit())
            page.done()
    }

    HeadingText {
        objectName: "questionTitle"
        text: page.model ? page.model.title : ""
        // At large text the question's title is no larger than the buttons: the answers need the room.
        font.pixelSize: Math.min(Theme.fontTitle, Math.round(Theme.fontButton * 1.1))
        Layout.fillWidth: true
    }
    BodyText {
        objectName: "questionPrompt"
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
            pager: page.itemCount > 0 ? page : null
            Layout.fillWidth: true
            onBack: page.back()
            onSkip: page.skipped()
            onProceed: page.submit()
        }
    ]
}
