import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Samenspraak.Core

// The on-screen keyboard of a kiosk: Dutch layout, English when the participant chose
// English. Loaded only when the app runs with QT_IM_MODULE=qtvirtualkeyboard.
InputPanel {
    id: panel
    Component.onCompleted: VirtualKeyboardSettings.activeLocales = ["nl_NL", "en_GB"]
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: Content.language === "en" ? "en_GB" : "nl_NL"
    }
}
