import QtQuick
import QtQuick.Layouts

// A framed block of content on the page; its children stack in a column.
Rectangle {
    id: card
    default property alias content: column.data
    property alias spacing: column.spacing
    property int padding: Theme.spacing
    color: Theme.surface
    radius: Theme.radius
    border.width: 2
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * padding
    implicitWidth: column.implicitWidth + 2 * padding
    ColumnLayout {
        id: column
        x: card.padding
        y: card.padding
        width: card.width - 2 * card.padding
        spacing: Math.round(Theme.spacing / 2)
    }
}
