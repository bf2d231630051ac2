import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// A dilemma: a slider between two poles, each pole in words at its end, and the chosen
// position in words below. Nothing is chosen until the participant taps or slides.
ActivityPage {
    id: screen
    required property string activityId
    model: DilemmaModel {
        id: dilemma
        activityId: screen.activityId
    }
    // The poles are the largest text at normal size; at large text body size is large enough.
    readonly property bool large: Theme.textScale > 1.25
    readonly property int poleFont: large ? Theme.fontBody : Theme.fontButton
    //: Dilemma screen, shown above "Verder" while no position is chosen
    hint: qsTr("Tik op de lijn of schuif het rondje naar waar jij staat.")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 10
            padding: screen.large ? Math.round(Theme.spacing / 2) : Theme.spacing
            BodyText {
                text: "◀ " + dilemma.leftLabel
                font.bold: true
                font.pixelSize: screen.poleFont
                Layout.fillWidth: true
            }
        }
        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 10
            padding: screen.large ? Math.round(Theme.spacing / 2) : Theme.spacing
            BodyText {
                text: dilemma.rightLabel + " ▶"
                font.bold: true
                font.pixelSize: screen.poleFont
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
        }
    }

    Slider {
        id: slider
        objectName: "dilemmaSlider"
        Layout.fillWidth: true
        Layout.leftMargin: Math.round(Theme.touchTarget / 2)
        Layout.rightMargin: Math.round(Theme.touchTarget / 2)
        // At large text just the handle's height: the words need the room.
        implicitHeight: Math.round(Theme.touchTarget * (screen.large ? 1.0 : 1.6))
        from: 0
        to: Math.max(1, dilemma.steps - 1)
        stepSize: 1
        snapMode: Slider.SnapAlways
        value: dilemma.position >= 0 ? dilemma.position : (dilemma.steps - 1) / 2
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Slider
        Accessible.name: dilemma.title
        Accessible.description: dilemma.positionText
        onMoved: dilemma.position = Math.round(value)
        // A tap on the spot the handle already rests on is a choice too.
        onPressedChanged: if (!pressed) dilemma.position = Math.round(value)

        background: Item {
            x: slider.leftPadding
            y: slider.topPadding + slider.availableHeight / 2 - height / 2
            width: slider.availableWidth
            height: Math.round(Theme.touchTarget * 0.6)
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                height: Math.max(6, Math.round(Theme.spacing / 3))
                radius: height / 2
                color: Theme.border
            }
            Repeater {
                model: dilemma
                delegate: Rectangle {
                    required property int position
                    required property bool selected
                    x: parent.width * position / Math.max(1, dilemma.steps - 1) - width / 2
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.round(Theme.touchTarget * 0.3)
                    height: width
                    radius: width / 2
                    color: Theme.surface
                    border.width: 3
                    border.color: Theme.border
                }
            }
        }
        handle: Rectangle {
            objectName: "dilemmaHandle"
            // No handle before a choice (it would look like an answer in the middle); the
            // keyboard's focus still shows where an arrow key will move.
            visible: dilemma.position >= 0 || slider.visualFocus
            x: slider.leftPadding + slider.visualPosition * slider.availableWidth - width / 2
            y: slider.topPadding + slider.availableHeight / 2 - height / 2
            width: Theme.touchTarget
            height: Theme.touchTarget
            radius: width / 2
            color: dilemma.position >= 0 ? Theme.primary : Theme.surface
            border.width: 4
            border.color: Theme.primary
            FocusRing { shown: slider.visualFocus; radius: width / 2 }
            Text {
                anchors.centerIn: parent
                visible: dilemma.position >= 0
                text: "✓"
                color: Theme.textOnPrimary
                font.pixelSize: Math.round(parent.height * 0.5)
                font.bold: true
                font.family: "DejaVu Sans"
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: positionText.implicitHeight + Math.round(Theme.spacing / (screen.large ? 2 : 1))
        radius: Theme.radius
        color: dilemma.position >= 0 ? Theme.primaryLight : Theme.background
        border.width: 2
        border.color: dilemma.position >= 0 ? Theme.primary : Theme.border
        BodyText {
            id: positionText
            objectName: "positionText"
            anchors.fill: parent
            anchors.margins: Math.round(Theme.spacing / (screen.large ? 4 : 2))
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: dilemma.positionText
            font.bold: dilemma.position >= 0
            color: dilemma.position >= 0 ? Theme.textOnPrimaryLight : Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
