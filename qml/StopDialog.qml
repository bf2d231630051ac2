import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// "Do you want to stop?": what is saved stays saved; going on is the default.
ModalCard {
    id: dialog
    objectName: "stopDialog"
    visible: Journey.stopAsked

    content: [
        HeadingText {
            id: title
            //: Heading of the question whether to stop taking part
            text: qsTr("Wil je stoppen?")
            Layout.fillWidth: true
        },
        BodyText {
            //: Stop question, explanation
            text: qsTr("Wat je al hebt ingevuld, is bewaard. De rest sla je over.")
            Layout.fillWidth: true
        }
    ]
    actions: [
        GridLayout {
            Layout.fillWidth: true
            columns: dialog.width > Theme.fontButton * 22 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            BigButton {
                objectName: "goOnButton"
                //: Stop question: do not stop
                text: qsTr("Nee, ik ga verder")
                Layout.fillWidth: true
                onClicked: Journey.cancelStop()
            }
            BigButton {
                objectName: "confirmStopButton"
                primary: false
                //: Stop question: stop now
                text: qsTr("Ja, stoppen")
                Layout.fillWidth: true
                onClicked: Journey.stop()
            }
        }
    ]
}
