import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// "Wat is er met je inbreng gedaan?", opened from the attract screen: per point residents
// raised, what the municipality heard, what it did with it and its decision in words (never
// by colour alone). Every text is the pack's (Content.followUp); nothing is stored here.
ScrollPage {
    id: screen
    objectName: "followUpScreen"
    signal started()
    signal back()
    readonly property var followUp: Content.followUp
    Accessible.role: Accessible.Pane
    Accessible.name: heading.text

    // The decision on a point, in words, and the colours that go with it (pairs from Theme.contrastPairs).
    function statusText(status) {
        switch (status) {
        //: Follow-up page: the municipality took the residents' point over
        case "adopted": return qsTr("Overgenomen")
        //: Follow-up page: the municipality took the point over in part
        case "partly": return qsTr("Deels overgenomen")
        //: Follow-up page: the municipality did not take the point over (the text says why)
        case "declined": return qsTr("Niet overgenomen")
        //: Follow-up page: no decision on the point yet
        default: return qsTr("Nog niet besloten")
        }
    }

    // The heading, with the language and the text size beside it, or under it when narrow.
    GridLayout {
        Layout.fillWidth: true
        columns: screen.width > Theme.fontBody * 40 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Math.round(Theme.spacing / 2)
        HeadingText {
            id: heading
            //: Heading of the page that tells residents what the municipality did with their input
            text: qsTr("Wat is er met je inbreng gedaan?")
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.alignment: Qt.AlignTop
            BigButton {
                objectName: "followUpLanguage"
                primary: false
                // Named in itself, so those who do not read this language find it.
                text: Content.language === "en" ? "Nederlands" : "English"
                font.pixelSize: Theme.fontBody
                onClicked: Content.language = Content.language === "en" ? "nl" : "en"
            }
            BigButton {
                objectName: "followUpTextSize"
                primary: false
                text: Journey.textScale > 1.01
                      //: Follow-up page: back to the normal text size
                      ? qsTr("Gewone letters")
                      //: Follow-up page: make the letters twice as big
                      : qsTr("Grotere letters")
                font.pixelSize: Theme.fontBody
                onClicked: Journey.textScale = Journey.textScale > 1.01 ? 1.0 : 2.0
            }
        }
    }
    BodyText {
        objectName: "followUpIntro"
        text: screen.followUp.intro || ""
        font.pixelSize: Theme.fontButton
        Layout.fillWidth: true
    }
    BodyText {
        objectName: "followUpUpdated"
        //: Follow-up page: when the municipality last updated it; %1 a date such as "3 december 2026"
        text: qsTr("Bijgewerkt op %1").arg(screen.followUp.updated || "")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        Layout.fillWidth: true
    }

    Repeater {
        model: screen.followUp.items || []
        delegate: Card {
            id: point
            required property var modelData
            required property int index
            objectName: "followUpItem-" + index
            Layout.fillWidth: true
            Accessible.role: Accessible.Grouping
            Accessible.name: screen.statusText(modelData.status) + ". " + modelData.heard
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    visible: point.modelData.phase !== ""
                    //: Follow-up page: the phase a point comes from; %1 its number, %2 its title
                    text: qsTr("Fase %1 · %2").arg(point.modelData.phaseNumber).arg(point.modelData.phase)
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    font.bold: true
                    color: Theme.accent
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Item { visible: point.modelData.phase === ""; Layout.fillWidth: true }
                Rectangle {
                    // The decision, as a label: a word on a tint, with a border for those who see no colour.
                    objectName: "followUpStatus"
                    readonly property string status: point.modelData.status
                    Layout.alignment: Qt.AlignTop
                    Layout.maximumWidth: point.width / 2
                    implicitWidth: statusLabel.implicitWidth + Theme.spacing
                    implicitHeight: statusLabel.implicitHeight + Math.round(Theme.spacing / 3)
                    radius: Theme.radius
                    color: status === "pending" ? Theme.notice : status === "declined" ? Theme.surface : Theme.primaryLight
                    border.width: 2
                    border.color: status === "pending" ? Theme.textOnNotice : status === "declined" ? Theme.border : Theme.primary
                    Text {
                        id: statusLabel
                        anchors.centerIn: parent
                        width: Math.min(implicitWidth, parent.Layout.maximumWidth - Theme.spacing)
                        text: screen.statusText(parent.status)
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.fontFamily
                        font.bold: true
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignHCenter
                        color: parent.status === "pending" ? Theme.textOnNotice : parent.status === "declined" ? Theme.text
                                                           : Theme.textOnPrimaryLight
                    }
                }
            }
            SectionLabel {
                //: Follow-up page: above what residents said
                text: qsTr("Wat we hoorden")
                Layout.fillWidth: true
            }
            BodyText {
                text: point.modelData.heard
                Layout.fillWidth: true
            }
            SectionLabel {
                //: Follow-up page: above what the municipality did with it
                text: qsTr("Wat we ermee doen")
                Layout.fillWidth: true
            }
            BodyText {
                text: point.modelData.response
                Layout.fillWidth: true
            }
        }
    }
    BodyText {
        readonly property string url: screen.followUp.url || ""
        visible: url !== ""
        //: Follow-up page, at the end; %1 the municipality's web address
        text: qsTr("Meer lezen: %1").arg(url.replace("https://", ""))
        Layout.fillWidth: true
    }

    footer: RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            objectName: "backButton"
            primary: false
            //: Follow-up page: back to the start screen
            text: qsTr("Terug")
            onClicked: screen.back()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "followUpTakePart"
            //: Follow-up page: start answering the questions yourself
            text: qsTr("Doe zelf mee")
            onClicked: screen.started()
        }
    }
}
