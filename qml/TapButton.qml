import QtQuick

// BigButton's look and behaviour without Qt Quick Controls, for the attract screen: it is the
// first frame of the app, and Controls are a third of what a start costs (bench/README.md).
// Large, words only, a tap or Space/Enter activates it, Tab reaches it and shows the focus
// ring, a screen reader finds it as a button with its words as name.
MouseArea {
    id: control
    property alias text: label.text
    property alias font: label.font
    property bool primary: true
    signal activated()

    readonly property int horizontalPadding: Math.round(Theme.spacing * 1.5)
    readonly property int verticalPadding: Math.round(Theme.spacing * (Theme.textScale > 1.25 ? 0.25 : 0.75))
    implicitWidth: Math.max(Theme.touchTarget * 2, label.implicitWidth + 2 * horizontalPadding)
    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + 2 * verticalPadding)

    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.focusable: true
    Accessible.onPressAction: control.activated()
    onClicked: control.activated()
    Keys.onSpacePressed: control.activated()
    Keys.onReturnPressed: control.activated()
    Keys.onEnterPressed: control.activated()

    ButtonFace {
        id: face
        anchors.fill: parent
        primary: control.primary
        down: control.pressed
        active: control.enabled
        focusShown: control.activeFocus
    }
    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: control.horizontalPadding
        anchors.rightMargin: control.horizontalPadding
        anchors.topMargin: control.verticalPadding
        anchors.bottomMargin: control.verticalPadding
        font.pixelSize: Theme.fontButton
        font.family: Theme.fontFamily
        font.bold: true
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: face.textColor
    }
}
