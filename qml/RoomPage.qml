import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A full-screen page of the facilitator's room screens, over the facilitator menu: a title,
// a "Terug" button and its content in a column that scrolls when it does not fit.
Popup {
    id: page
    property string title: ""
    default property alias content: column.data
    signal backRequested()

    parent: Overlay.overlay
    modal: true
    closePolicy: Popup.NoAutoClose
    x: 0
    y: 0
    width: parent ? parent.width : 1920
    height: parent ? parent.height : 1080
    padding: 0
    Overlay.modal: Rectangle { color: Theme.dark }
    background: Rectangle { color: Theme.dark }

    contentItem: Flickable {
        id: flick
        readonly property bool overflowing: contentHeight > height + 1
        clip: true
        contentWidth: width
        contentHeight: layout.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ThemedScrollBar { visible: flick.overflowing }

        ColumnLayout {
            id: layout
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin - Theme.scrollBarWidth
            spacing: Theme.spacing
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    text: page.title
                    font.pixelSize: Theme.fontTitle
                    font.family: Theme.fontFamily
                    font.bold: true
                    color: Theme.textOnDark
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                BigButton {
                    objectName: "roomPageBack"
                    primary: false
                    //: Room screens: back to the facilitator menu
                    text: qsTr("Terug")
                    onClicked: page.backRequested()
                }
            }
            ColumnLayout {
                id: column
                Layout.fillWidth: true
                spacing: Theme.spacing
            }
        }
    }
}
