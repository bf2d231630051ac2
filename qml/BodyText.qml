import QtQuick

// Running text in the theme's body size; wraps, never elides.
Text {
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    color: Theme.text
    wrapMode: Text.WordWrap
    // The font's own line spacing is open enough at large text, where every line counts.
    lineHeight: Theme.textScale > 1.25 ? 1.0 : 1.15
}
