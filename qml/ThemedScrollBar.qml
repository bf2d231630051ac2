import QtQuick
import QtQuick.Controls

// A scroll bar wide enough to grab with a finger, shown whenever there is more to see.
ScrollBar {
    id: bar
    implicitWidth: Theme.scrollBarWidth
    minimumSize: 0.1
    policy: ScrollBar.AlwaysOn
    Accessible.role: Accessible.ScrollBar
    //: Name of the scroll bar for screen readers
    Accessible.name: qsTr("Schuifbalk")
    contentItem: Rectangle {
        implicitWidth: Theme.scrollBarWidth
        radius: width / 2
        color: bar.pressed ? Theme.primary : Theme.border
    }
    background: Rectangle {
        implicitWidth: Theme.scrollBarWidth
        radius: width / 2
        color: Theme.disabled
    }
}
