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
    property alias previousPageText: nav.previousPageText
    property alias pageText: nav.pageText
    signal done()
    signal back()
    signal skipped()

    Accessible.role: Accessible.Pane
    Accessible.name: model ? model.title : ""

    // Paging: a screen with a list (values, dots, ranking, profile questions, statements) sets
    // itemCount and shows only the items for which onPage(index) is true. With autoFit a page
    // holds as many as fit without scrolling (at 200% text fewer than at 100%); statements set
    // capacity to 1 and leave autoFit off. The items are spread evenly over the pages (7 in
    // pages of at most 3: 3, 2, 2, not 3, 3, 1), so no page is left half empty. The NavBar
    // pages ("◀ Vorige", where you are, "Volgende ▶"), and "Verder" is on every page.
    property int itemCount: 0
    property bool autoFit: true
    // The most items a page may hold: autoFit lowers it until the page fits.
    property int capacity: Math.max(1, itemCount)
    property int pageIndex: 0
    readonly property int pageCount: itemCount > 0 ? Math.ceil(itemCount / Math.max(1, capacity)) : 1
    // The most any page holds; the first itemCount % pageCount pages hold one more than the rest.
    readonly property int perPage: itemCount > 0 ? Math.ceil(itemCount / pageCount) : 1
    function firstOnPage(p) {
        const base = Math.floor(itemCount / pageCount)
        return p * base + Math.min(p, itemCount % pageCount)
    }
    readonly property int firstShown: firstOnPage(pageIndex)
    readonly property int shownCount: firstOnPage(pageIndex + 1) - firstShown
    function onPage(index) {
        return index >= firstShown && index < firstShown + shownCount
    }
    // Whether any of the `count` items from `first` is on the page (a question whose options
    // are the items).
    function onPageAny(first, count) {
        return first < firstShown + shownCount && first + count > firstShown
    }
    function showPageOf(index) {
        let p = 0
        while (p < pageCount - 1 && firstOnPage(p + 1) <= index)
            ++p
        pageIndex = p
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
        const first = firstShown
        capacity = itemCount
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
        // fit, so from there one fewer at a time (the pages then hold at most perPage - 1).
        const estimate = Math.floor(shownCount * page.flickable.height / height)
        const first = firstShown
        capacity = Math.max(1, Math.min(perPage - 1, estimate))
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
    // The room the list has: the scrolling part's height and, while it shows, the paging
    // row's. The row comes and goes with the paging itself, so it must not start a new fit
    // (that looped: paged, less room, one page, more room, paged ...). Judged once a frame
    // has laid everything out, when both heights belong to the same layout.
    property real lastRoom: -1
    property bool roomChanged: false
    function checkRoom() {
        roomChanged = false
        const room = page.flickable.height + nav.pagerSpace
        const before = lastRoom
        lastRoom = room
        if (before >= 0 && Math.abs(room - before) > 1)
            refit()
    }
    Connections {
        target: page.flickable
        // More room (a note went away, the keyboard closed): perhaps more fits again.
        function onHeightChanged() {
            page.roomChanged = true
            if (page.Window.window)
                page.Window.window.update()
        }
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
        function onAfterAnimating() {
            if (page.roomChanged)
                page.checkRoom()
            page.fitStep()
        }
    }

    // What "Lees voor" reads: this screen's question and the items on its page (the model
    // builds the words).
    Binding { target: ReadAloud; property: "activity"; value: page.model }
    // Whether the paged items are the model's rows (a screen whose parts are paged, such as
    // the scale and the remark, has its whole question read).
    property bool pagesRows: true
    Binding { target: ReadAloud; property: "firstShown"; value: page.pagesRows ? page.firstShown : 0 }
    Binding { target: ReadAloud; property: "shownCount"; value: page.pagesRows && page.itemCount > 0 ? page.shownCount : -1 }

    function submit() {
        if (page.model.submit())
            page.done()
    }

    HeadingText {
        objectName: "questionTitle"
        text: page.model ? page.model.title : ""
        // At large text the question's title is no larger than the buttons: the answers need the room.
        font.pixelSize: Math.min(Theme.fontTitle, Math.round(Theme.fontButton * (Theme.textScale > 1.25 ? 1 : 1.1)))
        Layout.fillWidth: true
    }
    // At large text the prompt (how to answer) is on the first page of a paged list only: the
    // title, the question, stays on every page, and later pages give its room to the items.
    // When saving failed, the sentence saying so takes the prompt's room on every page, so
    // that it lies over nothing and nothing needs scrolling. At normal text there is room.
    readonly property bool errorShown: Participation.residentError !== ""
    BodyText {
        objectName: "questionPrompt"
        text: page.model ? page.model.prompt : ""
        visible: text !== "" && !(Theme.textScale > 1.25 && (page.errorShown || page.pageIndex > 0))
        Layout.fillWidth: true
    }

    footer: [
        Rectangle {
            // What the participant reads when saving failed: one plain sentence in their
            // language. The technical reason is in the log and the facilitator menu.
            objectName: "errorBanner"
            visible: page.errorShown
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
                font.pixelSize: Theme.textScale > 1.25 ? Theme.fontSmall : Theme.fontBody
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
