import QtQuick

// Running text in the theme's body size; wraps, never elides.
Text {
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    color: Theme.text
    wrapMode: Text.WordWrap
    lineHeight: 1.15
}
