import QtQuick

// A screen's title: large, bold, in the primary colour, and a heading for screen readers.
Text {
    font.pixelSize: Theme.fontTitle
    font.family: Theme.fontFamily
    font.bold: true
    color: Theme.primary
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
