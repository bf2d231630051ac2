import QtQuick

// A QR code as the app's C++ made it (qrmodel.h: {qrSize, qrModules}): dark modules on white,
// with the quiet zone readers need. `side` is the size to aim for; modules stay whole pixels.
Rectangle {
    id: qr
    property var model: ({})
    property int side: Theme.touchTarget * 3
    readonly property int modules: model.qrSize || 0
    readonly property var dark: model.qrModules || []
    readonly property int moduleSize: Math.max(4, Math.floor(side / Math.max(1, modules + 8)))
    visible: modules > 0
    implicitWidth: (modules + 8) * moduleSize
    implicitHeight: implicitWidth
    color: "#FFFFFF"
    Accessible.role: Accessible.Graphic
    Grid {
        x: 4 * qr.moduleSize
        y: 4 * qr.moduleSize
        columns: qr.modules
        Repeater {
            model: qr.dark.length
            delegate: Rectangle {
                required property int index
                width: qr.moduleSize
                height: qr.moduleSize
                color: qr.dark[index] ? "#000000" : "#FFFFFF"
            }
        }
    }
}
