import QtQuick

// A numbered part of a screen ("1. Your idea"), bold and a heading for screen readers.
Text {
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    font.bold: true
    color: Theme.text
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
