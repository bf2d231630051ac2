import QtQuick
import QtQuick.Layouts
import Samenspraak.Core

// In the facilitator menu: record the next participant on a resident's behalf. "Namens iemand"
// (channel assisted): the resident does not want to touch the screen, the facilitator reads out
// and taps. "Papieren formulier" (channel paper): a filled-in paper form typed in afterwards, on
// the form's date. The session is tagged with that channel; SessionController checks the date.
Card {
    id: card
    objectName: "onBehalfCard"
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text

    // "assisted" or "paper"
    property string channel: "assisted"
    // The paper form's date; a stepper, so no keyboard and no impossible date.
    property date formDate: new Date()
    property string error: ""
    readonly property bool formDateIsToday: sameDay(formDate, new Date())

    function sameDay(a, b) {
        return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
    }
    function isoDate(d) {
        const two = n => (n < 10 ? "0" : "") + n
        return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate())
    }
    function moveDate(days) {
        const d = new Date(formDate.getFullYear(), formDate.getMonth(), formDate.getDate() + days)
        if (d > new Date())
            return
        formDate = d
        error = ""
    }
    // Ends whoever was busy, tags the next session, closes the menu and opens the first screen.
    function start() {
        Journey.reset()
        error = Participation.prepareOnBehalf(channel, channel === "paper" ? isoDate(formDate) : "")
        if (error !== "")
            return
        Facilitator.lock()
        Journey.start()
    }

    SectionLabel {
        id: heading
        //: Facilitator menu: heading of entering answers for a resident (assisted, or from a paper form)
        text: qsTr("Invullen voor een inwoner")
        font.pixelSize: Theme.fontButton
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ChoiceButton {
            objectName: "onBehalf-assisted"
            radio: true
            //: Facilitator menu: fill in the answers together with a resident who does not want to touch the screen
            text: qsTr("Namens iemand")
            //: Facilitator menu: what "Namens iemand" means
            description: qsTr("De inwoner raakt het scherm niet zelf aan. U leest de vragen voor en tikt de antwoorden in.")
            selected: card.channel === "assisted"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            Layout.fillHeight: true
            onClicked: { card.channel = "assisted"; card.error = "" }
        }
        ChoiceButton {
            objectName: "onBehalf-paper"
            radio: true
            //: Facilitator menu: type in a paper form a resident filled in
            text: qsTr("Papieren formulier invoeren")
            //: Facilitator menu: what "Papieren formulier invoeren" means
            description: qsTr("U neemt de antwoorden over van een ingevuld papieren formulier.")
            selected: card.channel === "paper"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            Layout.fillHeight: true
            onClicked: { card.channel = "paper"; card.error = "" }
        }
    }
    // The paper form's date: one day earlier or later, never after today.
    RowLayout {
        visible: card.channel === "paper"
        Layout.fillWidth: true
        spacing: Theme.spacing
        BodyText {
            //: Facilitator menu: label of the date the paper form was filled in
            text: qsTr("Datum op het formulier")
            font.bold: true
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "formDateEarlier"
            primary: false
            //: Facilitator menu: set the paper form's date one day earlier
            text: qsTr("Dag eerder")
            onClicked: card.moveDate(-1)
        }
        BodyText {
            objectName: "formDateText"
            text: card.formDate.toLocaleDateString(Qt.locale(Content.language === "en" ? "en_GB" : "nl_NL"), "d MMMM yyyy")
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.minimumWidth: Theme.fontBody * 7
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        BigButton {
            objectName: "formDateLater"
            primary: false
            enabled: !card.formDateIsToday
            //: Facilitator menu: set the paper form's date one day later
            text: qsTr("Dag later")
            onClicked: card.moveDate(1)
        }
    }
    BigButton {
        objectName: "onBehalfStart"
        text: card.channel === "paper"
              //: Facilitator menu: start typing in the paper form
              ? qsTr("Formulier invoeren")
              //: Facilitator menu: start filling in for the resident
              : qsTr("Beginnen namens iemand")
        Layout.fillWidth: true
        onClicked: card.start()
    }
    BodyText {
        objectName: "onBehalfError"
        visible: card.error !== ""
        text: card.error
        font.bold: true
        color: Theme.error
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
