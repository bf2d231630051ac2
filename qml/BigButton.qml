import QtQuick
import QtQuick.Controls

// The one button style: large, high contrast, with a visible focus ring. Secondary buttons
// (primary: false) are outlined; both always carry words, never an icon alone.
Button {
    id: control
    property bool primary: true

    font.pixelSize: Theme.fontButton
    font.family: Theme.fontFamily
    font.bold: true
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacing * 1.5
    rightPadding: Theme.spacing * 1.5
    // Less room above and below the words at large text, where every line counts; the button
    // stays at least a touch target high.
    topPadding: Theme.spacing * (Theme.textScale > 1.25 ? 0.25 : 0.75)
    bottomPadding: Theme.spacing * (Theme.textScale > 1.25 ? 0.25 : 0.75)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: face.textColor
    }
    background: ButtonFace {
        id: face
        primary: control.primary
        down: control.down
        active: control.enabled
        focusShown: control.visualFocus
    }
}
