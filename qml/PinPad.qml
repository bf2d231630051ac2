import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Digits on screen, so a PIN never needs a keyboard. Shows how many digits are typed,
// never which.
ColumnLayout {
    id: pad
    property string entered: ""
    signal submitted(string pin)
    spacing: Theme.spacing

    function clear() { pad.entered = "" }

    Row {
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.spacing
        Accessible.role: Accessible.StaticText
        //: PIN pad, read out: how many digits are typed
        Accessible.name: qsTr("%n cijfers ingevoerd", "", pad.entered.length)
        Repeater {
            model: Math.max(Facilitator.pinMinLength, pad.entered.length)
            delegate: Rectangle {
                required property int index
                width: Math.round(Theme.fontBody * 0.9)
                height: width
                radius: width / 2
                color: index < pad.entered.length ? Theme.textOnDark : "transparent"
                border.width: 3
                border.color: Theme.textOnDark
            }
        }
    }
    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
            delegate: BigButton {
                required property string modelData
                objectName: "digit-" + modelData
                primary: false
                text: modelData
                font.pixelSize: Theme.fontTitle
                Layout.preferredWidth: Math.round(Theme.touchTarget * 1.6)
                Layout.preferredHeight: Math.round(Theme.touchTarget * 1.1)
                onClicked: if (pad.entered.length < Facilitator.pinMaxLength) pad.entered += modelData
            }
        }
        BigButton {
            objectName: "digit-erase"
            primary: false
            //: PIN pad: remove the last digit
            text: qsTr("Wis")
            Layout.preferredWidth: Math.round(Theme.touchTarget * 1.6)
            Layout.preferredHeight: Math.round(Theme.touchTarget * 1.1)
            onClicked: pad.entered = pad.entered.slice(0, -1)
        }
        BigButton {
            objectName: "digit-0"
            primary: false
            text: "0"
            font.pixelSize: Theme.fontTitle
            Layout.preferredWidth: Math.round(Theme.touchTarget * 1.6)
            Layout.preferredHeight: Math.round(Theme.touchTarget * 1.1)
            onClicked: if (pad.entered.length < Facilitator.pinMaxLength) pad.entered += "0"
        }
        BigButton {
            objectName: "digit-ok"
            primary: false
            //: PIN pad: confirm the PIN
            text: qsTr("OK")
            enabled: pad.entered.length >= Facilitator.pinMinLength
            Layout.preferredWidth: Math.round(Theme.touchTarget * 1.6)
            Layout.preferredHeight: Math.round(Theme.touchTarget * 1.1)
            onClicked: {
                const pin = pad.entered
                pad.entered = ""
                pad.submitted(pin)
            }
        }
    }
}
