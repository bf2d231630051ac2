import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Samenspraak.Core

// The on-screen keyboard of a kiosk: Dutch layout, English when the participant chose
// English, in the app's colours (text at 4.5:1 or more). Above the keys a bar with "Klaar",
// which closes the keyboard; the page above gets shorter, so the field being typed in,
// Terug and Verder stay in view. Loaded only when the app runs with
// QT_IM_MODULE=qtvirtualkeyboard.
Item {
    id: keyboard
    readonly property bool active: panel.active
    implicitHeight: doneBar.height + panel.height
    height: implicitHeight

    // Closes the keyboard: the typed text stays; the field lets go of the focus.
    function close() {
        Qt.inputMethod.commit()
        Qt.inputMethod.hide()
        const focused = keyboard.Window.activeFocusItem
        if (focused)
            focused.focus = false
    }

    Rectangle {
        id: doneBar
        objectName: "keyboardBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: doneButton.implicitHeight + Math.round(Theme.spacing / 2)
        color: Theme.dark
        BigButton {
            id: doneButton
            objectName: "keyboardDoneButton"
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            topPadding: Math.round(Theme.spacing / 3)
            bottomPadding: Math.round(Theme.spacing / 3)
            //: Above the on-screen keyboard: closes the keyboard (the text stays)
            text: qsTr("Klaar")
            onClicked: keyboard.close()
        }
    }

    InputPanel {
        id: panel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: doneBar.bottom
        Component.onCompleted: VirtualKeyboardSettings.activeLocales = ["nl_NL", "en_GB"]
        Binding {
            target: VirtualKeyboardSettings
            property: "locale"
            value: Content.language === "en" ? "en_GB" : "nl_NL"
        }
    }

    // The built-in style's colours, set to the app's: dark green keys with white text
    // (13:1), the background of the facilitator's screens, and a light green pressed key.
    function applyColours() {
        const style = panel.keyboard ? panel.keyboard.style : null
        if (!style)
            return
        const colours = {
            keyboardBackgroundColor: Theme.dark, normalKeyBackgroundColor: Theme.primary,
            highlightedKeyBackgroundColor: Theme.textOnPrimaryLight, capsLockKeyAccentColor: Theme.accent,
            modeKeyAccentColor: Theme.textOnPrimary, keyTextColor: Theme.textOnPrimary,
            keySmallTextColor: Theme.textOnPrimary, popupBackgroundColor: Theme.surface,
            popupBorderColor: Theme.primary, popupTextColor: Theme.text, popupHighlightColor: Theme.primaryLight,
            selectionListTextColor: Theme.textOnDark, selectionListSeparatorColor: Theme.textMutedOnDark,
            selectionListBackgroundColor: Theme.dark, navigationHighlightColor: Theme.textOnDark,
            primaryColor: Theme.dark, primaryLightColor: Theme.textOnPrimaryLight, primaryDarkColor: Theme.primary,
            textOnPrimaryColor: Theme.textOnPrimary
        }
        for (const name in colours)
            if (name in style)
                style[name] = colours[name]
    }
    Connections {
        target: panel.keyboard
        ignoreUnknownSignals: true
        function onStyleChanged() { keyboard.applyColours() }
    }
    // The built-in style dims the language name on the space bar after a second (to 2:1);
    // it stays at full contrast here.
    Connections {
        target: panel.keyboard ? panel.keyboard.style : null
        ignoreUnknownSignals: true
        function onInputLocaleIndicatorOpacityChanged() {
            if (panel.keyboard.style.inputLocaleIndicatorOpacity < 1)
                panel.keyboard.style.inputLocaleIndicatorOpacity = 1
        }
    }
    Component.onCompleted: applyColours()
}
