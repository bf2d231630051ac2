import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Thank-you: the answers are saved, a glimpse of what others said (chosen, counted and
// worded in C++, shown only once enough people answered), and a countdown back to the start.
ScrollPage {
    id: screen
    signal done()
    color: Theme.primary
    Accessible.role: Accessible.Pane
    Accessible.name: heading.text

    ResultsModel { id: results }

    Text {
        id: heading
        //: Big heading on the last screen
        text: qsTr("Bedankt voor je mening!")
        font.pixelSize: Theme.fontHuge
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.textOnPrimary
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        //: Reassurance that the answers are stored
        text: qsTr("Je antwoorden zijn bewaard. De gemeente gebruikt ze voor de nieuwe toekomstvisie.")
        font.pixelSize: Theme.fontButton
        font.family: Theme.fontFamily
        color: Theme.textOnPrimary
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    // What happens next (from the pack): when the decision is taken, where the results
    // appear, and that page as a QR code to scan with a phone.
    Card {
        id: nextSteps
        objectName: "afterwards"
        readonly property var afterwards: Content.afterwards
        visible: afterwards.text !== undefined
        Layout.fillWidth: true
        SectionLabel {
            //: Thank-you screen: heading above what happens with the answers next
            text: qsTr("Wat gebeurt er nu?")
            font.pixelSize: Theme.fontButton
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Math.round(Theme.spacing / 2)
                BodyText {
                    objectName: "afterwardsText"
                    text: nextSteps.afterwards.text || ""
                    Layout.fillWidth: true
                }
                BodyText {
                    readonly property string url: nextSteps.afterwards.url || ""
                    visible: url !== ""
                    //: Thank-you screen, next to the QR code; %1 the web address
                    text: qsTr("Scan de code met je telefoon, of ga naar %1").arg(url.replace("https://", ""))
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
            }
            QrCode {
                // The QR code to the municipality's page.
                id: qr
                objectName: "afterwardsQr"
                model: nextSteps.afterwards
                // As before: about 2.6 touch targets of modules, plus the quiet zone.
                side: Math.floor(Theme.touchTarget * 2.6 / Math.max(1, modules)) * (modules + 8)
                Layout.preferredWidth: implicitWidth
                Layout.preferredHeight: implicitHeight
                Layout.alignment: Qt.AlignTop
                //: Read out for the QR code on the thank-you screen
                Accessible.name: qsTr("QR-code naar de website van de gemeente")
            }
        }
    }

    Card {
        Layout.fillWidth: true
        SectionLabel {
            //: Thank-you screen: heading above the results of others
            text: qsTr("Wat zeiden anderen?")
            font.pixelSize: Theme.fontButton
            Layout.fillWidth: true
        }
        BodyText {
            visible: results.count === 0
            //: Thank-you screen, while too few people took part to show results
            text: qsTr("Zodra meer mensen hebben meegedaan, zie je hier wat anderen kozen.")
            Layout.fillWidth: true
        }
        Repeater {
            model: results
            delegate: RowLayout {
                id: row
                required property string kind
                required property string label
                required property string sentence
                required property color colour
                required property color textColour
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    // A value shows its colour AND its name; statements show a quote.
                    Layout.preferredWidth: Math.max(Theme.touchTarget * 2.5, chip.implicitWidth + Theme.spacing)
                    Layout.preferredHeight: chip.implicitHeight + Theme.spacing / 2
                    Layout.alignment: Qt.AlignTop
                    visible: row.kind === "value"
                    radius: Theme.radius
                    color: row.colour
                    Text {
                        id: chip
                        anchors.centerIn: parent
                        text: row.label
                        color: row.textColour
                        font.pixelSize: Theme.fontBody
                        font.family: Theme.fontFamily
                        font.bold: true
                    }
                }
                BodyText {
                    Layout.fillWidth: true
                    text: row.sentence
                }
            }
        }
        Text {
            visible: results.count > 0
            //: Thank-you screen, under the results; %n participants on this device
            text: qsTr("Dit zijn de antwoorden van %n mensen op dit apparaat.", "", results.participants)
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }

    footer: RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            objectName: "countdown"
            //: Countdown on the thank-you screen; %n is seconds
            text: qsTr("Dit scherm gaat over %n seconden terug naar het begin.", "", Idle.secondsLeft)
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textOnPrimary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "doneButton"
            primary: false
            //: Button to return to the start screen right away
            text: qsTr("Klaar")
            onClicked: screen.done()
        }
    }
}
