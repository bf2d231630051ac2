pragma Singleton
import QtQuick

// Colours, sizes and type for every screen. Every text/background pair here is checked for
// WCAG 2.1 AA contrast (4.5:1) by tests/unit/test_theme.cpp, which reads this file.
QtObject {
    // Set by Main.qml: 1.0 at 1080 px high; textScale is the participant's choice (1.0 .. 2.0).
    property real scale: 1.0
    property real textScale: 1.0

    readonly property color background: "#FAF7F2"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1A1A1A"
    readonly property color textMuted: "#4A4A4A"
    readonly property color primary: "#1B5E3B"        // Dalfsen's green signature
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color primaryLight: "#E3F0E8"
    readonly property color textOnPrimaryLight: "#123F28"
    readonly property color accent: "#8A3B00"
    readonly property color focus: "#0B57D0"
    readonly property color error: "#A8071A"
    readonly property color textOnError: "#FFFFFF"
    readonly property color border: "#6B6B6B"
    readonly property color disabled: "#DADADA"
    readonly property color textOnDisabled: "#4A4A4A"

    readonly property int fontBody: Math.round(30 * scale * textScale)
    readonly property int fontSmall: Math.round(24 * scale * textScale)
    readonly property int fontTitle: Math.round(52 * scale * textScale)
    readonly property int fontHuge: Math.round(72 * scale * textScale)
    readonly property int fontButton: Math.round(34 * scale * textScale)
    readonly property string fontFamily: "Noto Sans"

    // Touch targets stay far above WCAG's 44 px (2.5.5) and the 48 px of our issue.
    readonly property int touchTarget: Math.round(96 * scale)
    readonly property int spacing: Math.round(24 * scale)
    readonly property int margin: Math.round(64 * scale)
    readonly property int radius: Math.round(16 * scale)
}
