import QtQuick

// Makes a popup only when it is wanted, and drops it again once it has closed (dropping an
// open popup would leave its dimmed backdrop behind).
Loader {
    id: loader
    property bool wanted: false
    active: false
    onWantedChanged: if (wanted) loader.active = true
    Connections {
        target: loader.item
        function onClosed() {
            if (!loader.wanted)
                loader.active = false
        }
    }
}
