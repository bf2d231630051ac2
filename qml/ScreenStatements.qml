import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samenspraak.Core

// Statements: agree, disagree or no opinion on each, and "important to me" once answered.
// Tapping the chosen answer again takes it back.
ActivityPage {
    id: screen
    required property string activityId
    model: StatementsModel {
        id: statements
        activityId: screen.activityId
    }
    //: Statements screen, shown above "Verder" while nothing is answered
    hint: qsTr("Geef bij minstens één stelling je mening. Wil je niet kiezen? Tik dan op Sla over.")
    // One statement at a time, as Pol.is does: it always fits, also at 200% text.
    //: Between "Terug" and "Volgende" on the statements, one at a time; %1 this statement, %2 how many
    pageText: qsTr("Stelling %1 van %2")
    itemCount: statements.count
    autoFit: false
    capacity: 1

    BodyText {
        // At large text the room goes to the statement: "Stelling 1 van 8" below says where
        // you are.
        visible: Theme.textScale <= 1.25
        //: Statements screen; %1 answered so far, %2 statements in all
        text: qsTr("%1 van %2 stellingen beantwoord").arg(statements.answeredCount).arg(statements.count)
        font.bold: true
        font.pixelSize: Theme.fontSmall
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Repeater {
        model: statements
        delegate: Card {
            id: statement
            required property int index
            required property string text
            required property string answer
            required property bool important
            required property int number
            visible: screen.onPage(index)
            Layout.fillWidth: true
            padding: Math.round(Theme.spacing * (Theme.textScale > 1.25 ? 0.5 : 1))
            spacing: Math.round(Theme.spacing * (Theme.textScale > 1.25 ? 0.5 : 0.75))

            BodyText {
                text: "“" + statement.text + "”"
                font.bold: true
                Layout.fillWidth: true
            }
            GridLayout {
                id: answers
                Layout.fillWidth: true
                // From the page's width, not the grid's own (which follows its columns: a polish
                // loop). Four in a row only where none of the answers has to wrap; else the three
                // answers in a row where they fit (one row less at large text), "Belangrijk"
                // below them.
                columns: screen.width > Theme.fontBody * 34 ? 4
                         : screen.width > Theme.fontBody * 26 ? 3
                         : screen.width > Theme.fontBody * 13 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Math.round(Theme.spacing / (Theme.textScale > 1.25 ? 4 : 2))
                ChoiceButton {
                    objectName: "agree-" + statement.index
                    radio: true
                    //: Answer to a statement
                    text: qsTr("Eens")
                    selected: statement.answer === "agree"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 10
                    onClicked: statements.setAnswer(statement.index, "agree")
                }
                ChoiceButton {
                    objectName: "disagree-" + statement.index
                    radio: true
                    //: Answer to a statement
                    text: qsTr("Oneens")
                    selected: statement.answer === "disagree"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 10
                    onClicked: statements.setAnswer(statement.index, "disagree")
                }
                ChoiceButton {
                    objectName: "pass-" + statement.index
                    radio: true
                    //: Answer to a statement: no opinion / pass
                    text: qsTr("Geen mening")
                    selected: statement.answer === "pass"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 10
                    onClicked: statements.setAnswer(statement.index, "pass")
                }
                ChoiceButton {
                    objectName: "important-" + statement.index
                    //: A mark on an answered statement: this matters to me
                    text: qsTr("★ Belangrijk voor mij")
                    selected: statement.important
                    // Offered once the statement is answered.
                    visible: statement.answer !== ""
                    enabled: visible
                    Layout.fillWidth: true
                    Layout.preferredWidth: 14
                    Layout.columnSpan: answers.columns === 3 ? 3 : 1
                    onClicked: statements.setImportant(statement.index, !statement.important)
                }
            }
        }
    }
}
