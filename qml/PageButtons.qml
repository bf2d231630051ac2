import QtQuick
import QtQuick.Layouts

// Between the pages of a list that does not fit on one screen: back, where you are, and on.
// A button with nowhere to go is hidden (not greyed out), keeping its place.
RowLayout {
    id: pager
    required property var page
    //: Button under a list shown in parts: shows the next part
    property string nextText: qsTr("Volgende ▶")
    //: Button under a list shown in parts: shows the previous part
    property string previousText: qsTr("◀ Vorige")
    //: Under a list shown in parts; %1 this part, %2 how many parts
    property string positionText: qsTr("Pagina %1 van %2").arg(page.pageIndex + 1).arg(page.pageCount)
    visible: page.pageCount > 1
    Layout.fillWidth: true
    spacing: Theme.spacing

    BigButton {
        objectName: "previousPage"
        primary: false
        text: pager.previousText
        opacity: pager.page.pageIndex > 0 ? 1 : 0
        enabled: opacity > 0
        onClicked: pager.page.pageIndex = pager.page.pageIndex - 1
    }
    BodyText {
        objectName: "pageText"
        text: pager.positionText
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    BigButton {
        objectName: "nextPage"
        primary: false
        text: pager.nextText
        opacity: pager.page.pageIndex < pager.page.pageCount - 1 ? 1 : 0
        enabled: opacity > 0
        onClicked: pager.page.pageIndex = pager.page.pageIndex + 1
    }
}
