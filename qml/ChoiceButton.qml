import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// An option to choose: a tick (any of many) or a dot (one of a group) next to its words, a
// thicker border and a tinted background when chosen, so a choice never rests on colour alone.
AbstractButton {
    id: control
    property bool selected: false
    property bool radio: false
    property string description: ""

    checkable: false
    checked: selected
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    padding: Math.round(Theme.spacing * (Theme.textScale > 1.25 ? 0.5 : 0.75))
    // Less above and below the words at large text; still a touch target high.
    topPadding: Theme.textScale > 1.25 ? Math.round(Theme.spacing * 0.25) : padding
    bottomPadding: topPadding
    implicitWidth: Math.max(Theme.touchTarget * 2, row.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight + topPadding + bottomPadding)
    Accessible.role: radio ? Accessible.RadioButton : Accessible.CheckBox
    Accessible.name: description !== "" ? text + ". " + description : text
    Accessible.checkable: true
    Accessible.checked: selected

    contentItem: RowLayout {
        id: row
        spacing: Math.round(Theme.spacing * 0.6)
        Rectangle {
            id: marker
            Layout.alignment: Qt.AlignVCenter
            Layout.preferredWidth: Math.max(Math.round(Theme.touchTarget * 0.42), Math.round(Theme.fontBody * 1.1))
            Layout.preferredHeight: Layout.preferredWidth
            radius: control.radio ? width / 2 : Math.round(Theme.radius / 2)
            color: control.selected ? Theme.primary : Theme.surface
            border.width: 3
            border.color: control.selected ? Theme.primary : Theme.border
            Text {
                anchors.centerIn: parent
                visible: control.selected && !control.radio
                text: "✓"
                color: Theme.textOnPrimary
                font.pixelSize: Math.round(marker.height * 0.8)
                font.bold: true
                font.family: "DejaVu Sans"
            }
            Rectangle {
                anchors.centerIn: parent
                visible: control.selected && control.radio
                width: Math.round(marker.width * 0.42)
                height: width
                radius: width / 2
                color: Theme.textOnPrimary
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: 2
            Text {
                text: control.text
                font: control.font
                color: !control.enabled ? Theme.textOnDisabled : control.selected ? Theme.textOnPrimaryLight : Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Text {
                visible: control.description !== ""
                text: control.description
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: !control.enabled ? Theme.textOnDisabled : control.selected ? Theme.textOnPrimaryLight : Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.disabled : control.selected ? Theme.primaryLight : (control.down ? Theme.background : Theme.surface)
        border.width: control.selected ? 5 : 2
        border.color: control.selected ? Theme.primary : Theme.border
        FocusRing { shown: control.visualFocus }
    }
}
