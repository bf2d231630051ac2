import QtQuick

// What every button looks like (BigButton's background, and TapButton's on the attract screen):
// a filled green face for the main action, an outlined one for the rest, a darker or lighter
// face while pressed, and the focus ring. Plain Qt Quick, so the attract screen can use it
// without loading Qt Quick Controls.
Rectangle {
    id: face
    property bool primary: true
    property bool down: false
    property bool active: true        // the control is enabled
    property bool focusShown: false   // shown by keyboard focus
    // The colour of the words on this face.
    readonly property color textColor: !active ? Theme.textOnDisabled : primary ? Theme.textOnPrimary : Theme.primary

    radius: Theme.radius
    color: !active ? Theme.disabled
         : primary ? (down ? Qt.darker(Theme.primary, 1.2) : Theme.primary)
         : (down ? Theme.primaryLight : Theme.surface)
    border.width: primary ? 0 : 3
    border.color: active ? Theme.primary : Theme.border
    FocusRing { shown: face.focusShown }
}
