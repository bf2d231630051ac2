import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A question that must be answered before anything else: dims the screen and blocks the
// rest. Its text scrolls when large letters make it taller than the window; its buttons
// (actions) always stay in view.
Popup {
    id: dialog
    // The rows of text, and the buttons (not default properties: a Popup's own would take them).
    property alias content: column.data
    property alias actions: actionColumn.data
    // Sized by the whole window, wherever the popup is declared (e.g. inside a Loader).
    parent: Overlay.overlay
    modal: true
    dim: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 800, Math.max(Theme.touchTarget * 13, Theme.fontBody * 26))
    height: Math.min(layout.implicitHeight + topPadding + bottomPadding, parent ? parent.height - 2 * Theme.spacing : 600)
    padding: Theme.margin / 2
    Overlay.modal: Rectangle { color: Theme.scrim }
    background: Rectangle {
        radius: Theme.radius * 2
        color: Theme.surface
        border.width: 4
        border.color: Theme.primary
    }
    contentItem: ColumnLayout {
        id: layout
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Flickable {
                id: flick
                readonly property bool overflowing: contentHeight > height + 1
                Layout.fillWidth: true
                Layout.fillHeight: true
                implicitHeight: column.implicitHeight
                clip: true
                contentWidth: width
                contentHeight: column.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: bar
                ColumnLayout {
                    id: column
                    width: flick.width
                    spacing: Theme.spacing
                }
            }
            ThemedScrollBar {
                id: bar
                // Hidden, not removed, when all fits: the layout must not change with it.
                opacity: flick.overflowing ? 1 : 0
                enabled: flick.overflowing
                Layout.fillHeight: true
            }
        }
        ColumnLayout {
            id: actionColumn
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
