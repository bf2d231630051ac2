import QtQuick
import QtQuick.Controls

// The one button style: large, high contrast, with a visible focus ring.
Button {
    id: control
    property bool primary: true

    font.pixelSize: Theme.fontButton
    font.family: Theme.fontFamily
    font.bold: true
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 2 * Theme.spacing)
    implicitWidth: Math.max(Theme.touchTarget * 3, contentItem.implicitWidth + 3 * Theme.spacing)
    leftPadding: Theme.spacing * 1.5
    rightPadding: Theme.spacing * 1.5
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !control.enabled ? Theme.textOnDisabled : control.primary ? Theme.textOnPrimary : Theme.primary
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.disabled : control.primary ? (control.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary) : Theme.surface
        border.width: control.visualFocus ? 6 : (control.primary ? 0 : 3)
        border.color: control.visualFocus ? Theme.focus : Theme.primary
    }
}
