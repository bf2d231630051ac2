import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// The facilitator's moderation queue on the hub: every idea, own value and remark the room sent,
// what waits first. Only approved text reaches the projector; a rejected one is kept, marked.
// The states and words come from ModerationQueue (C++).
Rectangle {
    id: screen
    objectName: "moderationScreen"
    color: Theme.dark
    readonly property alias queue: queue
    property string message: ""
    signal closeRequested()

    ModerationQueue { id: queue }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                //: Heading of the moderation queue
                text: qsTr("Teksten beoordelen")
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.textOnDark
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BigButton {
                objectName: "moderationClose"
                primary: false
                //: Moderation queue: back to the facilitator menu
                text: qsTr("Sluiten")
                onClicked: screen.closeRequested()
            }
        }
        Text {
            objectName: "moderationSummary"
            text: queue.summary
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMutedOnDark
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            objectName: "moderationMessage"
            visible: screen.message !== ""
            text: screen.message
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.textOnDark
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        ListView {
            id: list
            objectName: "moderationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: queue
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ThemedScrollBar { visible: list.contentHeight > list.height }
            delegate: Card {
                id: row
                required property string contributionId
                required property string activity
                required property string text
                required property string state
                required property string stateLabel
                required property string when
                required property bool waiting
                objectName: "moderationRow-" + contributionId
                width: list.width - Theme.scrollBarWidth
                color: state === "flagged" ? Theme.notice : Theme.surface
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Math.round(Theme.spacing / 4)
                        BodyText {
                            text: row.text
                            font.bold: true
                            color: row.state === "flagged" ? Theme.textOnNotice : Theme.text
                            Layout.fillWidth: true
                        }
                        BodyText {
                            objectName: "moderationState"
                            //: Moderation queue, under a text: the activity it answers, its state and (when decided) the time; %1 activity, %2 state, %3 time
                            text: row.when !== "" ? qsTr("%1 · %2 · %3").arg(row.activity).arg(row.stateLabel).arg(row.when)
                                                  //: Moderation queue, under a text nobody judged yet; %1 activity, %2 state
                                                  : qsTr("%1 · %2").arg(row.activity).arg(row.stateLabel)
                            font.pixelSize: Theme.fontSmall
                            color: row.state === "flagged" ? Theme.textOnNotice : Theme.textMuted
                            Layout.fillWidth: true
                        }
                    }
                    BigButton {
                        objectName: "approve-" + row.contributionId
                        visible: row.state !== "approved"
                        //: Moderation queue: show this text on the projector
                        text: qsTr("Goedkeuren")
                        //: Moderation queue, read out: approve this text; %1 the text
                        Accessible.name: qsTr("Goedkeuren: %1").arg(row.text)
                        onClicked: screen.message = queue.approve(row.contributionId)
                    }
                    BigButton {
                        objectName: "reject-" + row.contributionId
                        visible: row.state !== "rejected"
                        primary: false
                        //: Moderation queue: never show this text (it is kept, marked)
                        text: qsTr("Afwijzen")
                        //: Moderation queue, read out: reject this text; %1 the text
                        Accessible.name: qsTr("Afwijzen: %1").arg(row.text)
                        onClicked: screen.message = queue.reject(row.contributionId)
                    }
                }
            }
        }
    }
}
