pragma Singleton
import QtQuick

// Colours, sizes and type for every screen. Every text/background pair used anywhere is
// listed in contrastPairs and checked for WCAG 2.1 AA contrast (4.5:1) by
// tests/unit/test_theme.cpp, which loads this file; outlines (focus ring, borders of controls)
// are in outlinePairs and need 3:1 (WCAG 1.4.11).
QtObject {
    // Set by Main.qml: 1.0 at 1920x1080; textScale is the participant's choice (1.0 .. 2.0).
    property real scale: 1.0
    property real textScale: 1.0

    readonly property color background: "#FAF7F2"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1A1A1A"
    readonly property color textMuted: "#4A4A4A"
    readonly property color primary: "#1B5E3B"        // Dalfsen's green signature
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color primaryLight: "#E3F0E8"   // a chosen option
    readonly property color textOnPrimaryLight: "#123F28"
    readonly property color accent: "#8A3B00"
    readonly property color focus: "#0B57D0"
    readonly property color focusRing: "#000000"      // the focus ring: black ...
    readonly property color focusRingInner: "#FFFFFF" // ... with a white inner line
    readonly property color error: "#A8071A"
    readonly property color textOnError: "#FFFFFF"
    readonly property color border: "#6B6B6B"
    readonly property color disabled: "#DADADA"
    readonly property color textOnDisabled: "#4A4A4A"
    readonly property color notice: "#FFF4D6"         // the idle warning, the limit note
    readonly property color textOnNotice: "#3D2B00"
    readonly property color scrim: "#CC1A1A1A"        // behind a dialog
    readonly property color dark: "#14301F"            // the facilitator's screens
    readonly property color textOnDark: "#FFFFFF"
    readonly property color textMutedOnDark: "#D2E4D8"

    // [text colour, background colour]: every pair a screen draws text in.
    readonly property var contrastPairs: [
        ["text", "background"], ["textMuted", "background"], ["primary", "background"], ["accent", "background"],
        ["error", "background"], ["focus", "background"],
        ["text", "surface"], ["textMuted", "surface"], ["primary", "surface"], ["accent", "surface"], ["error", "surface"],
        ["textOnPrimary", "primary"], ["textOnPrimaryLight", "primaryLight"], ["text", "primaryLight"],
        ["textOnError", "error"], ["textOnDisabled", "disabled"], ["textOnNotice", "notice"], ["error", "notice"],
        ["textOnDark", "dark"], ["textMutedOnDark", "dark"], ["textOnPrimary", "dark"]
    ]
    // [outline colour, the colour next to it]: focus rings and control borders.
    readonly property var outlinePairs: [
        ["focus", "background"], ["focus", "surface"], ["focus", "primaryLight"], ["border", "background"],
        ["focusRing", "background"], ["focusRing", "surface"], ["focusRing", "primaryLight"], ["focusRingInner", "focusRing"],
        ["focusRingInner", "primary"], ["focusRingInner", "dark"],
        ["border", "surface"], ["primary", "primaryLight"], ["primary", "background"], ["textOnDark", "dark"]
    ]

    readonly property int fontBody: Math.round(30 * scale * textScale)
    readonly property int fontSmall: Math.round(24 * scale * textScale)
    // Headings start large, so they grow half as fast: at 200% body text they are still
    // the largest text on screen without pushing everything else away.
    readonly property real headingScale: 1 + (textScale - 1) / 2
    readonly property int fontTitle: Math.round(52 * scale * headingScale)
    // 64 px, not more: Qt's raster engine caches glyphs up to 64 px and fills larger ones as
    // paths on every frame (the attract title and "Doe mee" cost 11 M instructions at 72 px,
    // measured with callgrind; bench/README.md, "Start to first frame").
    readonly property int fontHuge: Math.round(64 * scale * headingScale)
    readonly property int fontButton: Math.round(34 * scale * textScale)
    readonly property string fontFamily: "Noto Sans"

    // Touch targets stay far above WCAG's 44 px (2.5.5) and the 48 px of our issue, at
    // every window size.
    readonly property int touchTarget: Math.max(64, Math.round(96 * scale))
    readonly property int spacing: Math.round(24 * scale)
    readonly property int margin: Math.round(64 * scale)
    readonly property int radius: Math.round(16 * scale)
    readonly property int scrollBarWidth: Math.max(48, Math.round(56 * scale))
    readonly property int focusWidth: Math.max(4, Math.round(6 * scale))
}
