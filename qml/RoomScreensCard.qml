import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Samenspraak.Core

// The facilitator menu's part for a room this tablet runs as hub: the projector (full screen
// here, or on a second screen when one is attached) and the moderation queue. Shown only while
// the hub runs.
Card {
    id: card
    objectName: "roomScreensCard"
    visible: queueModel.running
    // A second screen (a projector on HDMI) gets the results; otherwise they cover this screen.
    readonly property bool secondScreen: Qt.application.screens.length > 1

    ModerationQueue { id: queueModel }
    // The activity the second screen shows (it has no buttons of its own).
    property int projectorIndex: 0

    SectionLabel {
        //: Facilitator menu: heading of the room hub's screens
        text: qsTr("Bijeenkomst op het scherm")
        font.pixelSize: Theme.fontButton
        Layout.fillWidth: true
    }
    BigButton {
        objectName: "showProjectorButton"
        text: card.secondScreen
              //: Facilitator menu: show the live results on the second screen (projector)
              ? qsTr("Uitslagen op het tweede scherm")
              //: Facilitator menu: show the live results full screen on this tablet
              : qsTr("Uitslagen op dit scherm")
        Layout.fillWidth: true
        onClicked: card.secondScreen ? projectorWindow.show() : projectorPopup.open()
    }
    RowLayout {
        visible: projectorWindow.visibility !== Window.Hidden
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            primary: false
            //: Facilitator menu: the second screen shows the previous activity
            text: qsTr("Vorige")
            enabled: card.projectorIndex > 0
            onClicked: card.projectorIndex -= 1
        }
        BigButton {
            primary: false
            //: Facilitator menu: the second screen shows the next activity
            text: qsTr("Volgende")
            onClicked: card.projectorIndex += 1
        }
        BigButton {
            primary: false
            //: Facilitator menu: stop showing results on the second screen
            text: qsTr("Scherm uit")
            onClicked: projectorWindow.visibility = Window.Hidden
        }
    }
    BigButton {
        objectName: "showModerationButton"
        primary: false
        //: Facilitator menu: open the moderation queue; %n texts wait
        text: qsTr("Teksten beoordelen (%n)", "", queueModel.waiting)
        Layout.fillWidth: true
        onClicked: moderationPopup.open()
    }

    Popup {
        id: projectorPopup
        objectName: "projectorPopup"
        parent: Overlay.overlay
        x: 0; y: 0; padding: 0
        width: parent ? parent.width : 1920
        height: parent ? parent.height : 1080
        modal: true
        closePolicy: Popup.NoAutoClose
        contentItem: Loader {
            active: projectorPopup.visible
            sourceComponent: ScreenProjector { onCloseRequested: projectorPopup.close() }
        }
    }
    Popup {
        id: moderationPopup
        objectName: "moderationPopup"
        parent: Overlay.overlay
        x: 0; y: 0; padding: 0
        width: parent ? parent.width : 1920
        height: parent ? parent.height : 1080
        modal: true
        closePolicy: Popup.NoAutoClose
        contentItem: Loader {
            active: moderationPopup.visible
            sourceComponent: ScreenModeration { onCloseRequested: moderationPopup.close() }
        }
    }
    Window {
        id: projectorWindow
        objectName: "projectorWindow"
        //: The projector window's title (shown by the system, e.g. in a window list)
        title: qsTr("Samenspraak: uitslagen")
        screen: Qt.application.screens[Qt.application.screens.length > 1 ? 1 : 0]
        visibility: Window.Hidden
        color: Theme.dark
        function show() { visibility = Window.FullScreen }
        Loader {
            anchors.fill: parent
            active: projectorWindow.visible
            sourceComponent: ScreenProjector {
                controls: false
                currentIndex: Math.min(card.projectorIndex, activityCount - 1)
            }
        }
    }
}
