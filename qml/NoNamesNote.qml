import QtQuick

// Under every free-text field: answers are anonymous, so no names (docs/privacy.md).
BodyText {
    objectName: "noNamesNote"
    //: Under every field where the participant types freely
    text: qsTr("Schrijf geen namen op, ook niet van anderen.")
    font.pixelSize: Theme.fontSmall
    color: Theme.textMuted
}
