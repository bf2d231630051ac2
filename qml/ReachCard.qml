import QtQuick
import QtQuick.Layouts
import Samenspraak.Core

// In the facilitator menu: who took part on this device against the residents per kern, and
// whom to go and find. Every figure and sentence is the results engine's (RepresentationModel),
// groups under five are never shown.
Card {
    id: card
    objectName: "reachCard"
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text

    RepresentationModel { id: reach }

    SectionLabel {
        id: heading
        //: Facilitator menu: heading of reach and representativeness on this device
        text: qsTr("Wie deden hier mee?")
        font.pixelSize: Theme.fontButton
        Layout.fillWidth: true
    }
    BodyText {
        objectName: "reachSummary"
        text: reach.summary
        Layout.fillWidth: true
    }
    Repeater {
        model: reach
        delegate: RowLayout {
            required property string label
            required property string line
            required property bool under
            objectName: "reachRow"
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.role: Accessible.StaticText
            Accessible.name: label + ": " + line
            BodyText {
                text: parent.label
                font.bold: true
                Layout.preferredWidth: Theme.fontBody * 8
                Layout.alignment: Qt.AlignTop
            }
            BodyText {
                // Too few compared with the residents: said in words, not only in colour.
                text: parent.under
                      //: Facilitator menu, after a kern's shares when it is under-represented; %1 the shares
                      ? qsTr("%1 · te weinig").arg(parent.line)
                      : parent.line
                color: parent.under ? Theme.accent : Theme.text
                font.bold: parent.under
                Layout.fillWidth: true
            }
        }
    }
    SectionLabel {
        visible: reach.missing.length > 0
        //: Facilitator menu: heading above the groups that are most under-represented
        text: qsTr("Wie missen we nog?")
        Layout.fillWidth: true
    }
    Repeater {
        model: reach.missing
        delegate: BodyText {
            required property string modelData
            objectName: "reachMissing"
            text: "• " + modelData
            Layout.fillWidth: true
        }
    }
    BodyText {
        text: reach.rule
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        Layout.fillWidth: true
    }
}
