import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A screen whose content scrolls when it does not fit (large text, a small tablet), with a
// wide scroll bar and a "more below" button, so nothing is ever cut off. The footer stays put.
Rectangle {
    id: page
    default property alias content: column.data
    property alias footer: footerArea.data
    property alias flickable: flick
    readonly property bool overflowing: flick.contentHeight > flick.height + 1
    color: Theme.background

    // Scrolls so that `item` (inside the page) is in view, e.g. a text field above the keyboard.
    function ensureVisible(item) {
        const p = item.mapToItem(column, 0, 0)
        if (p.y < flick.contentY)
            flick.contentY = Math.max(0, p.y - Theme.spacing)
        else if (p.y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.min(p.y + item.height + Theme.spacing - flick.height, flick.contentHeight - flick.height)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Math.round(Theme.margin / 2)
        // Tighter at large text, where every line counts.
        anchors.topMargin: Math.round(Theme.margin / (Theme.textScale > 1.25 ? 4 : 2))
        anchors.bottomMargin: Math.round(Theme.margin / (Theme.textScale > 1.25 ? 4 : 2))
        spacing: Math.round(Theme.spacing / (Theme.textScale > 1.25 ? 2 : 1))

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Flickable {
                id: flick
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: width
                contentHeight: column.implicitHeight + Theme.spacing
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: scrollBar
                // The on-screen keyboard makes the page shorter: keep the field being typed in visible.
                onHeightChanged: {
                    const focused = page.Window.activeFocusItem
                    let p = focused
                    while (p && p !== column)
                        p = p.parent
                    if (p)
                        page.ensureVisible(focused)
                }
                ColumnLayout {
                    id: column
                    width: flick.width
                    spacing: Math.round(Theme.spacing / (Theme.textScale > 1.25 ? 2 : 1))
                }
            }
            // Room for the scroll bar is always kept (a width that depended on it would loop);
            // arrows at both ends for those who do not swipe.
            ColumnLayout {
                Layout.fillHeight: true
                // May be squeezed (the on-screen keyboard makes the page short): the footer
                // with Terug and Verder must stay in view.
                Layout.minimumHeight: 0
                Layout.preferredWidth: Theme.scrollBarWidth
                spacing: Math.round(Theme.spacing / 3)
                // Hidden, not removed, when all fits: the layout must not change with it.
                opacity: page.overflowing ? 1 : 0
                enabled: page.overflowing
                BigButton {
                    objectName: "scrollUpButton"
                    primary: false
                    text: "▲"
                    font.pixelSize: Theme.fontSmall
                    leftPadding: 0
                    rightPadding: 0
                    enabled: !flick.atYBeginning
                    Layout.preferredWidth: Theme.scrollBarWidth
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.minimumHeight: 0
                    //: Button next to a long screen: scrolls up
                    Accessible.name: qsTr("Naar boven")
                    onClicked: flick.contentY = Math.max(0, flick.contentY - flick.height * 0.8)
                }
                ThemedScrollBar {
                    id: scrollBar
                    visible: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: Theme.scrollBarWidth
                }
                BigButton {
                    objectName: "moreBelowButton"
                    primary: false  // light: it also sits on the dark thank-you page
                    text: "▼"
                    font.pixelSize: Theme.fontSmall
                    leftPadding: 0
                    rightPadding: 0
                    enabled: !flick.atYEnd
                    Layout.preferredWidth: Theme.scrollBarWidth
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.minimumHeight: 0
                    //: Button next to a long screen: scrolls down to show more
                    Accessible.name: qsTr("Meer hieronder")
                    onClicked: flick.contentY = Math.min(flick.contentY + flick.height * 0.8, flick.contentHeight - flick.height)
                }
            }
        }
        ColumnLayout {
            id: footerArea
            Layout.fillWidth: true
            Layout.rightMargin: Math.round(Theme.margin / 2)
            spacing: Theme.spacing
        }
    }
}
