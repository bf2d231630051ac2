import QtQuick
import Samenspraak.Core

// "Lees voor": reads the screen's question and options aloud (the words come from C++), and
// stops again. Filled while it reads, so it plainly shows that it is on. Not there at all
// without a voice for the participant's language (no speech engine, headless).
BigButton {
    id: button
    objectName: "readAloudButton"
    primary: ReadAloud.speaking
    visible: ReadAloud.available
    text: ReadAloud.speaking
          //: Along the top while the screen is read aloud: stops reading
          ? qsTr("■ Stop voorlezen")
          //: Along the top: reads the question and the answers on the screen aloud
          : qsTr("🔊 Lees voor")
    // Without the symbol: a screen reader says the words.
    Accessible.name: ReadAloud.speaking
                     //: Accessible name of the button that stops reading aloud
                     ? qsTr("Stop voorlezen")
                     //: Accessible name of the button that reads the screen aloud
                     : qsTr("Lees voor")
    onClicked: ReadAloud.toggle()
}
