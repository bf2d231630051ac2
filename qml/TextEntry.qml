import QtQuick
import QtQuick.Controls

// One line of text, large, with a clear border and focus ring. Types on the on-screen
// keyboard in kiosk mode; a hardware keyboard works too.
TextField {
    id: field
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectByMouse: true
    leftPadding: Math.round(Theme.spacing * 0.75)
    rightPadding: Math.round(Theme.spacing * 0.75)
    implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding + Theme.spacing)
    Accessible.role: Accessible.EditableText
    background: Rectangle {
        radius: Theme.radius
        color: field.enabled ? Theme.surface : Theme.disabled
        border.width: 3
        border.color: Theme.border
        FocusRing { shown: field.activeFocus }
    }
}
