import QtQuick
import QtQuick.Controls

// Several lines of text in a framed box that grows with what is typed.
TextArea {
    id: area
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    wrapMode: TextEdit.Wrap
    selectByMouse: true
    padding: Math.round(Theme.spacing * 0.75)
    // Room for a few lines to start with; at large text one line to start with, it grows.
    implicitHeight: Math.max(Theme.touchTarget * (Theme.textScale > 1.25 ? 1 : 1.5), contentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.EditableText
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: 3
        border.color: Theme.border
        FocusRing { shown: area.activeFocus }
    }
}
