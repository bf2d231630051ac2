import QtQuick

// The focus ring of every control: black with a white inner line (as NL Design System's start
// tokens do), so it shows on every background: light pages, green buttons, coloured values.
// Drawn just outside its parent (a control's background).
Rectangle {
    id: ring
    objectName: "focusRing"
    property bool shown: false
    visible: shown
    anchors.fill: parent
    anchors.margins: -Math.round(Theme.focusWidth * 1.5)
    radius: Theme.radius + Math.round(Theme.focusWidth * 1.5)
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focusRing
    Accessible.ignored: true
    Rectangle {
        anchors.fill: parent
        anchors.margins: ring.border.width
        radius: Math.max(0, ring.radius - ring.border.width)
        color: "transparent"
        border.width: Math.max(2, Math.round(Theme.focusWidth / 2))
        border.color: Theme.focusRingInner
    }
}
