import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Before a phase's questions: what this phase asks, the horizon, what happens with the
// answers and who decides (all from the pack), and what earlier phases already produced.
ScrollPage {
    id: screen
    required property string phaseId
    readonly property var phase: {
        Content.language  // re-read when the language changes
        return Content.phase(phaseId)
    }
    signal done()
    signal back()
    Accessible.role: Accessible.Pane
    Accessible.name: heading.text

    Text {
        //: Above a phase's title; %1 its number, %2 how many phases there are
        text: qsTr("Fase %1 van %2").arg(screen.phase.number).arg(Content.phaseCount)
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.accent
    }
    HeadingText {
        id: heading
        text: screen.phase.title
        Layout.fillWidth: true
    }
    BodyText {
        text: screen.phase.question
        font.pixelSize: Theme.fontButton
        Layout.fillWidth: true
    }
    BodyText {
        visible: screen.phase.horizon !== ""
        //: Phase intro: the year the phase looks ahead to
        text: qsTr("We kijken vooruit naar %1.").arg(screen.phase.horizon)
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    Card {
        Layout.fillWidth: true
        SectionLabel {
            //: Phase intro: heading above what is done with the answers
            text: qsTr("Wat gebeurt er met je antwoorden?")
            Layout.fillWidth: true
        }
        BodyText {
            text: screen.phase.whatHappens
            Layout.fillWidth: true
        }
        BodyText {
            visible: screen.phase.whoDecides !== ""
            //: Phase intro: who takes the decision; %1 e.g. "De gemeenteraad"
            text: qsTr("Wie beslist: %1").arg(screen.phase.whoDecides)
            font.bold: true
            Layout.fillWidth: true
        }
    }
    Repeater {
        model: Content.phases
        delegate: Card {
            required property var modelData
            visible: modelData.status === "result" && modelData.number < screen.phase.number
            Layout.fillWidth: true
            color: Theme.primaryLight
            border.color: Theme.primary
            SectionLabel {
                //: Phase intro: what an earlier phase produced; %1 its number, %2 its product
                text: qsTr("Al klaar: fase %1, %2").arg(modelData.number).arg(modelData.product)
                color: Theme.textOnPrimaryLight
                Layout.fillWidth: true
            }
            BodyText {
                text: modelData.result
                color: Theme.textOnPrimaryLight
                Layout.fillWidth: true
            }
        }
    }

    footer: RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            objectName: "backButton"
            primary: false
            text: qsTr("Terug")
            onClicked: screen.back()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "continueButton"
            text: qsTr("Verder")
            onClicked: screen.done()
        }
    }
}
