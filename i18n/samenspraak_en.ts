<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>FacilitatorOverlay</name>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="77"/>
        <source>Menu voor begeleiders</source>
        <extracomment>Heading of the facilitator menu</extracomment>
        <translation>Facilitator menu</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="91"/>
        <source>Sluiten</source>
        <extracomment>Facilitator menu: close it (and lock it again)</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="105"/>
        <source>Voer de pincode in.</source>
        <extracomment>Facilitator PIN pad: what to do</extracomment>
        <translation>Enter the PIN.</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="108"/>
        <source>Voer eerst de huidige pincode in.</source>
        <extracomment>Changing the PIN, step 1</extracomment>
        <translation>First enter the current PIN.</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="111"/>
        <source>Kies een nieuwe pincode van 4 tot 8 cijfers.</source>
        <extracomment>Changing the PIN, step 2</extracomment>
        <translation>Choose a new PIN of 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="113"/>
        <source>Voer de nieuwe pincode nog een keer in.</source>
        <extracomment>Changing the PIN, step 3</extracomment>
        <translation>Enter the new PIN once more.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FacilitatorOverlay.qml" line="138"/>
        <source>Te vaak een verkeerde pincode. Probeer het over %n seconden opnieuw.</source>
        <extracomment>Facilitator PIN pad, after too many wrong PINs; %n seconds to wait</extracomment>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FacilitatorOverlay.qml" line="140"/>
        <source>Verkeerde pincode. Nog %n pogingen, daarna gaat het menu even op slot.</source>
        <extracomment>Facilitator PIN pad, after a wrong PIN; %n tries left before a lockout</extracomment>
        <translation>
            <numerusform>Wrong PIN. %n more try, then the menu locks for a while.</numerusform>
            <numerusform>Wrong PIN. %n more tries, then the menu locks for a while.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="168"/>
        <source>Dit apparaat</source>
        <extracomment>Facilitator menu: heading of the device status</extracomment>
        <translation>This device</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="183"/>
        <source>Nog te versturen</source>
        <extracomment>Facilitator menu: answers not yet sent to the municipality</extracomment>
        <translation>Still to send</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FacilitatorOverlay.qml" line="209"/>
        <location filename="../qml/FacilitatorOverlay.qml" line="210"/>
        <source>%n antwoorden</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="185"/>
        <source>Apart gezet</source>
        <extracomment>Facilitator menu: answers the server refused, kept aside</extracomment>
        <translation>Kept aside</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="187"/>
        <source>Laatst verstuurd</source>
        <extracomment>Facilitator menu: when the last upload succeeded</extracomment>
        <translation>Last sent</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="189"/>
        <source>Verbinding</source>
        <extracomment>Facilitator menu: the state of the connection to the server</extracomment>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="191"/>
        <source>Nog op dit apparaat</source>
        <extracomment>Facilitator menu: personal answers (free text, profile) still stored on this device, and how many were removed after sending</extracomment>
        <translation>Still on this device</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="193"/>
        <source>Vrije opslag</source>
        <extracomment>Facilitator menu: free storage on the device</extracomment>
        <translation>Free storage</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="195"/>
        <source>Deelnemers hier</source>
        <extracomment>Facilitator menu: people who took part on this device</extracomment>
        <translation>Participants here</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="197"/>
        <source>Inhoud</source>
        <extracomment>Facilitator menu: the content pack in use</extracomment>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="199"/>
        <source>App</source>
        <extracomment>Facilitator menu: the app&apos;s version</extracomment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="201"/>
        <source>Apparaat</source>
        <extracomment>Facilitator menu: the device&apos;s id</extracomment>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="203"/>
        <source>Voorlezen</source>
        <extracomment>Facilitator menu: whether &quot;Lees voor&quot; works here, and if not why</extracomment>
        <translation>Reading aloud</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="244"/>
        <source>Nu versturen</source>
        <extracomment>Facilitator menu: upload the answers now</extracomment>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="258"/>
        <source>Versturen: %1%</source>
        <extracomment>Facilitator menu: upload progress, read out; %1 percent</extracomment>
        <translation>Sending: %1%</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="278"/>
        <source>Laatste fout bij bewaren: %1</source>
        <extracomment>Facilitator menu: the technical reason the last answer was not saved; %1 the reason</extracomment>
        <translation>Last error while saving: %1</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="291"/>
        <source>Stand</source>
        <extracomment>Facilitator menu: how the device is used</extracomment>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="299"/>
        <source>Zuil</source>
        <extracomment>Facilitator menu: kiosk mode</extracomment>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="301"/>
        <source>Mensen lopen zelf langs en doen mee zonder hulp.</source>
        <extracomment>Facilitator menu: what kiosk mode means</extracomment>
        <translation>People walk up and take part without help.</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="310"/>
        <source>Werksessie</source>
        <extracomment>Facilitator menu: workshop mode</extracomment>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="312"/>
        <source>Een begeleider leidt een bijeenkomst; het scherm wacht langer.</source>
        <extracomment>Facilitator menu: what workshop mode means</extracomment>
        <translation>A facilitator runs a session; the screen waits longer.</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="319"/>
        <source>Taal bij de start</source>
        <extracomment>Facilitator menu: the language every session starts in</extracomment>
        <translation>Language at the start</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="347"/>
        <source>Pincode wijzigen</source>
        <extracomment>Facilitator menu: change the PIN</extracomment>
        <translation>Change PIN</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/IdleOverlay.qml" line="17"/>
        <source>Ben je er nog?</source>
        <extracomment>Heading of the inactivity warning</extracomment>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../qml/IdleOverlay.qml" line="22"/>
        <source>Je hebt een tijdje niets gedaan. Wat je al hebt ingevuld, is bewaard.</source>
        <extracomment>Inactivity warning, explanation</extracomment>
        <translation>You have not done anything for a while. What you filled in so far is saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/IdleOverlay.qml" line="38"/>
        <source>Over %n seconden begint het scherm opnieuw, voor de volgende persoon.</source>
        <extracomment>Inactivity warning; %n seconds until the screen starts over</extracomment>
        <translation>
            <numerusform>In %n second the screen starts over, for the next person.</numerusform>
            <numerusform>In %n seconds the screen starts over, for the next person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/IdleOverlay.qml" line="48"/>
        <source>Ja, ik ga verder</source>
        <extracomment>Inactivity warning: the participant wants to go on</extracomment>
        <translation>Yes, I want to go on</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/NavBar.qml" line="19"/>
        <source>Verder</source>
        <extracomment>Button that saves the answer and goes to the next screen</extracomment>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="21"/>
        <source>Sla over</source>
        <extracomment>Button that goes on without answering this question</extracomment>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="28"/>
        <source>Volgende ▶</source>
        <extracomment>On a list shown in parts (a row above Terug/Verder): shows the next part of the list</extracomment>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="30"/>
        <source>◀ Vorige</source>
        <extracomment>On a list shown in parts (a row above Terug/Verder): shows the previous part of the list</extracomment>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="32"/>
        <source>Pagina %1 van %2</source>
        <extracomment>Between &quot;Vorige&quot; and &quot;Volgende&quot; on a list shown in parts; %1 this part, %2 how many parts</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="120"/>
        <source>Je antwoord is nog niet af.</source>
        <extracomment>Shown above &quot;Verder&quot; when it is tapped and the answer is not complete yet</extracomment>
        <translation>Your answer is not complete yet.</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="134"/>
        <source>Terug</source>
        <extracomment>Button that goes back to the previous screen</extracomment>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>NoNamesNote</name>
    <message>
        <location filename="../qml/NoNamesNote.qml" line="7"/>
        <source>Schrijf geen namen op, ook niet van anderen.</source>
        <extracomment>Under every field where the participant types freely</extracomment>
        <translation>Do not write any names, not even other people&apos;s.</translation>
    </message>
</context>
<context>
    <name>OnBehalfCard</name>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="49"/>
        <source>Invullen voor een inwoner</source>
        <extracomment>Facilitator menu: heading of entering answers for a resident (assisted, or from a paper form)</extracomment>
        <translation>Filling in for a resident</translation>
    </message>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="60"/>
        <source>Namens iemand</source>
        <extracomment>Facilitator menu: fill in the answers together with a resident who does not want to touch the screen</extracomment>
        <translation>On someone&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="62"/>
        <source>De inwoner raakt het scherm niet zelf aan. U leest de vragen voor en tikt de antwoorden in.</source>
        <extracomment>Facilitator menu: what &quot;Namens iemand&quot; means</extracomment>
        <translation>The resident does not touch the screen. You read out the questions and tap in the answers.</translation>
    </message>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="73"/>
        <source>Papieren formulier invoeren</source>
        <extracomment>Facilitator menu: type in a paper form a resident filled in</extracomment>
        <translation>Type in a paper form</translation>
    </message>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="75"/>
        <source>U neemt de antwoorden over van een ingevuld papieren formulier.</source>
        <extracomment>Facilitator menu: what &quot;Papieren formulier invoeren&quot; means</extracomment>
        <translation>You copy the answers from a filled-in paper form.</translation>
    </message>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="90"/>
        <source>Datum op het formulier</source>
        <extracomment>Facilitator menu: label of the date the paper form was filled in</extracomment>
        <translation>Date on the form</translation>
    </message>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="98"/>
        <source>Dag eerder</source>
        <extracomment>Facilitator menu: set the paper form&apos;s date one day earlier</extracomment>
        <translation>Day earlier</translation>
    </message>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="115"/>
        <source>Dag later</source>
        <extracomment>Facilitator menu: set the paper form&apos;s date one day later</extracomment>
        <translation>Day later</translation>
    </message>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="123"/>
        <source>Formulier invoeren</source>
        <extracomment>Facilitator menu: start typing in the paper form</extracomment>
        <translation>Type in the form</translation>
    </message>
    <message>
        <location filename="../qml/OnBehalfCard.qml" line="125"/>
        <source>Beginnen namens iemand</source>
        <extracomment>Facilitator menu: start filling in for the resident</extracomment>
        <translation>Start on someone&apos;s behalf</translation>
    </message>
</context>
<context>
    <name>OthersSaid</name>
    <message>
        <location filename="../qml/OthersSaid.qml" line="62"/>
        <source>Dit zeiden anderen:</source>
        <extracomment>Attract screen: label before one thing others said on this device</extracomment>
        <translation>What others said:</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../qml/PinPad.qml" line="21"/>
        <source>%n cijfers ingevoerd</source>
        <extracomment>PIN pad, read out: how many digits are typed</extracomment>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="57"/>
        <source>Wis</source>
        <extracomment>PIN pad: remove the last digit</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="75"/>
        <source>OK</source>
        <extracomment>PIN pad: confirm the PIN</extracomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReachCard</name>
    <message>
        <location filename="../qml/ReachCard.qml" line="19"/>
        <source>Wie deden hier mee?</source>
        <extracomment>Facilitator menu: heading of reach and representativeness on this device</extracomment>
        <translation>Who took part here?</translation>
    </message>
    <message>
        <location filename="../qml/ReachCard.qml" line="49"/>
        <source>%1 · te weinig</source>
        <extracomment>Facilitator menu, after a kern&apos;s shares when it is under-represented; %1 the shares</extracomment>
        <translation>%1 · too few</translation>
    </message>
    <message>
        <location filename="../qml/ReachCard.qml" line="60"/>
        <source>Wie missen we nog?</source>
        <extracomment>Facilitator menu: heading above the groups that are most under-represented</extracomment>
        <translation>Whom are we missing?</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="14"/>
        <source>■ Stop voorlezen</source>
        <extracomment>Along the top while the screen is read aloud: stops reading</extracomment>
        <translation>■ Stop reading</translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="16"/>
        <source>🔊 Lees voor</source>
        <extracomment>Along the top: reads the question and the answers on the screen aloud</extracomment>
        <translation>🔊 Read aloud</translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="20"/>
        <source>Stop voorlezen</source>
        <extracomment>Accessible name of the button that stops reading aloud</extracomment>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="22"/>
        <source>Lees voor</source>
        <extracomment>Accessible name of the button that reads the screen aloud</extracomment>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <location filename="../qml/RoomCard.qml" line="12"/>
        <source>Bijeenkomst met meer tablets</source>
        <extracomment>Facilitator menu: heading of the room (workshop) part</extracomment>
        <translation>A meeting with several tablets</translation>
    </message>
    <message>
        <location filename="../qml/RoomCard.qml" line="19"/>
        <source>Alle tablets in de zaal samen: de begeleider stuurt ze en ziet wie meedoet. Internet is niet nodig.</source>
        <extracomment>Facilitator menu: what a room is</extracomment>
        <translation>All tablets in the hall together: the facilitator steers them and sees who takes part. No internet needed.</translation>
    </message>
    <message>
        <location filename="../qml/RoomCard.qml" line="27"/>
        <source>Deze tablet leidt de bijeenkomst ‘%1’. Code: %2</source>
        <extracomment>Facilitator menu: this tablet is the room hub; %1 the room&apos;s title, %2 its code</extracomment>
        <translation>This tablet leads the meeting ‘%1’. Code: %2</translation>
    </message>
    <message>
        <location filename="../qml/RoomCard.qml" line="29"/>
        <source>Deze tablet doet mee met ‘%1’.</source>
        <extracomment>Facilitator menu: this tablet takes part in a room; %1 the room&apos;s title</extracomment>
        <translation>This tablet takes part in ‘%1’.</translation>
    </message>
    <message>
        <location filename="../qml/RoomCard.qml" line="51"/>
        <source>Start een bijeenkomst</source>
        <extracomment>Facilitator menu: start a room (this tablet becomes the hub)</extracomment>
        <translation>Start a meeting</translation>
    </message>
    <message>
        <location filename="../qml/RoomCard.qml" line="60"/>
        <source>Doe mee met een bijeenkomst</source>
        <extracomment>Facilitator menu: join a room</extracomment>
        <translation>Join a meeting</translation>
    </message>
    <message>
        <location filename="../qml/RoomCard.qml" line="68"/>
        <source>Bijeenkomst tonen</source>
        <extracomment>Facilitator menu: open the room hub page (code, controls)</extracomment>
        <translation>Show the meeting</translation>
    </message>
    <message>
        <location filename="../qml/RoomCard.qml" line="77"/>
        <source>Stop met deze bijeenkomst</source>
        <extracomment>Facilitator menu: leave the room; answers stay on the tablet</extracomment>
        <translation>Leave this meeting</translation>
    </message>
</context>
<context>
    <name>RoomFollowScreen</name>
    <message>
        <location filename="../qml/RoomFollowScreen.qml" line="34"/>
        <source>Kijk samen naar de resultaten</source>
        <extracomment>Member tablet: the facilitator shows the room&apos;s results</extracomment>
        <translation>Look at the results together</translation>
    </message>
    <message>
        <location filename="../qml/RoomFollowScreen.qml" line="36"/>
        <source>Even pauze</source>
        <extracomment>Member tablet: the facilitator paused the room</extracomment>
        <translation>A short break</translation>
    </message>
    <message>
        <location filename="../qml/RoomFollowScreen.qml" line="45"/>
        <source>De begeleider laat op het grote scherm zien wat de zaal koos. Praat erover mee: waar zijn jullie het over eens, en waar niet?</source>
        <extracomment>Member tablet: where the results are and what happens now</extracomment>
        <translation>The facilitator shows on the big screen what the room chose. Join the talk: where do you agree, and where not?</translation>
    </message>
    <message>
        <location filename="../qml/RoomFollowScreen.qml" line="47"/>
        <source>De begeleider heeft de bijeenkomst even stilgezet. Je antwoorden zijn bewaard. Straks gaan we verder.</source>
        <extracomment>Member tablet: what happens during the pause</extracomment>
        <translation>The facilitator has paused the meeting. Your answers are saved. We will go on soon.</translation>
    </message>
    <message>
        <location filename="../qml/RoomFollowScreen.qml" line="69"/>
        <source>Menu voor begeleiders: houd twee tellen ingedrukt</source>
        <extracomment>Hidden button in the top-right corner of the pause screen, read out by screen readers</extracomment>
        <translation>Facilitator menu: press and hold for two seconds</translation>
    </message>
</context>
<context>
    <name>RoomHubPage</name>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="14"/>
        <source>Bijeenkomst</source>
        <extracomment>Room hub page: title when the room has none</extracomment>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="34"/>
        <source>Code om mee te doen</source>
        <extracomment>Room hub page: above the room code</extracomment>
        <translation>Code to join</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="49"/>
        <source>Code %1</source>
        <extracomment>Read out: the room code; %1 the digits</extracomment>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="59"/>
        <source>QR-code om mee te doen met de bijeenkomst</source>
        <extracomment>Read out for the QR code that joins a tablet to the room</extracomment>
        <translation>QR code to join the meeting</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="63"/>
        <source>Andere tablets: open het menu voor begeleiders, kies ‘Doe mee met een bijeenkomst’ en kies deze bijeenkomst in de lijst, of typ het adres en de code.</source>
        <extracomment>Room hub page: how the other tablets join</extracomment>
        <translation>Other tablets: open the facilitator menu, choose ‘Join a meeting’ and pick this meeting in the list, or type the address and the code.</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="70"/>
        <source>Vingerafdruk: %1</source>
        <extracomment>Room hub page: the certificate&apos;s fingerprint, for tablets that typed the address; %1 the fingerprint</extracomment>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="78"/>
        <source>Adres: %1</source>
        <extracomment>Room hub page: the address to type; %1 the address</extracomment>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="86"/>
        <source>Geen wifi? Zet op deze tablet de hotspot aan (Instellingen › Netwerk › Hotspot) en verbind de andere tablets met die hotspot.</source>
        <extracomment>Room hub page: the hotspot how-to, one line</extracomment>
        <translation>No Wi-Fi? Turn on this tablet’s hotspot (Settings › Network › Hotspot) and connect the other tablets to it.</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="98"/>
        <source>Alle tablets</source>
        <extracomment>Room hub page: the controls for every tablet</extracomment>
        <translation>All tablets</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="109"/>
        <source>Volgende activiteit</source>
        <extracomment>Facilitator controls: send every tablet to the next activity</extracomment>
        <translation>Next activity</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="119"/>
        <source>Verder na de pauze</source>
        <extracomment>Facilitator controls: end the pause</extracomment>
        <translation>Continue after the break</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="121"/>
        <source>Pauze</source>
        <extracomment>Facilitator controls: show the pause screen on every tablet</extracomment>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="130"/>
        <source>Terug naar de vragen</source>
        <extracomment>Facilitator controls: back from the results to the activity</extracomment>
        <translation>Back to the questions</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="132"/>
        <source>Toon resultaten</source>
        <extracomment>Facilitator controls: show the room&apos;s results on every tablet</extracomment>
        <translation>Show results</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="139"/>
        <source>Wie doen er mee?</source>
        <extracomment>Room hub page: who takes part</extracomment>
        <translation>Who takes part?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RoomHubPage.qml" line="145"/>
        <source>%n deelnemers</source>
        <extracomment>Room hub page: people who took part in the room</extracomment>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="183"/>
        <source>Bijeenkomst beëindigen</source>
        <extracomment>Room hub page: end the room; what it received is kept</extracomment>
        <translation>End the meeting</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="194"/>
        <source>Weet je het zeker? De andere tablets werken dan alleen verder. Alle antwoorden blijven bewaard.</source>
        <extracomment>Room hub page: confirm ending the room</extracomment>
        <translation>Are you sure? The other tablets then go on alone. All answers are kept.</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="203"/>
        <source>Ja, beëindigen</source>
        <extracomment>Room hub page: yes, end the room</extracomment>
        <translation>Yes, end it</translation>
    </message>
    <message>
        <location filename="../qml/RoomHubPage.qml" line="214"/>
        <source>Nee</source>
        <extracomment>Room hub page: do not end the room</extracomment>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RoomJoinPage</name>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="13"/>
        <source>Doe mee met een bijeenkomst</source>
        <extracomment>Join a room: page title</extracomment>
        <translation>Join a meeting</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="39"/>
        <source>Gevonden op dit netwerk</source>
        <extracomment>Join a room: the hubs found on this network</extracomment>
        <translation>Found on this network</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="46"/>
        <source>Geen bijeenkomst gevonden. Typ hieronder het adres en de code van het scherm van de begeleider.</source>
        <extracomment>Join a room: discovery found nothing</extracomment>
        <translation>No meeting found. Type the address and the code from the facilitator’s screen below.</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="58"/>
        <source>%1. Vingerafdruk: %2</source>
        <extracomment>Join a room: a found hub; %1 kern and address, %2 its fingerprint to compare</extracomment>
        <translation>%1. Fingerprint: %2</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="71"/>
        <source>Opnieuw zoeken</source>
        <extracomment>Join a room: look for hubs again</extracomment>
        <translation>Search again</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="83"/>
        <source>Adres van de tablet van de begeleider</source>
        <extracomment>Join a room: the typed address (or the link from the QR code)</extracomment>
        <translation>Address of the facilitator’s tablet</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="91"/>
        <source>Bijvoorbeeld 192.168.43.1:8443</source>
        <extracomment>Join a room: example address</extracomment>
        <translation>For example 192.168.43.1:8443</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="102"/>
        <source>Heb je de QR-code gescand? Plak de link hier; dan zijn code en vingerafdruk al ingevuld.</source>
        <extracomment>Join a room: the QR code holds the address, code and fingerprint</extracomment>
        <translation>Scanned the QR code? Paste the link here; the code and fingerprint are then filled in.</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="109"/>
        <source>Code (6 cijfers)</source>
        <extracomment>Join a room: the 6-digit code</extracomment>
        <translation>Code (6 digits)</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="118"/>
        <source>123 456</source>
        <extracomment>Join a room: example code</extracomment>
        <translation>123 456</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="129"/>
        <source>Vingerafdruk van deze tablet van de begeleider</source>
        <extracomment>Join a room: the fingerprint of the hub that answered</extracomment>
        <translation>Fingerprint of this facilitator’s tablet</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="142"/>
        <source>Klopt, doe mee</source>
        <extracomment>Join a room: the fingerprint is the same as on the hub&apos;s screen</extracomment>
        <translation>It matches, join</translation>
    </message>
    <message>
        <location filename="../qml/RoomJoinPage.qml" line="151"/>
        <source>Doe mee</source>
        <extracomment>Join a room: join now</extracomment>
        <translation>Join</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../qml/RoomPage.qml" line="57"/>
        <source>Terug</source>
        <extracomment>Room screens: back to the facilitator menu</extracomment>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>RoomScreensCard</name>
    <message>
        <location filename="../qml/RoomScreensCard.qml" line="23"/>
        <source>Bijeenkomst op het scherm</source>
        <extracomment>Facilitator menu: heading of the room hub&apos;s screens</extracomment>
        <translation>The room on screen</translation>
    </message>
    <message>
        <location filename="../qml/RoomScreensCard.qml" line="31"/>
        <source>Uitslagen op het tweede scherm</source>
        <extracomment>Facilitator menu: show the live results on the second screen (projector)</extracomment>
        <translation>Results on the second screen</translation>
    </message>
    <message>
        <location filename="../qml/RoomScreensCard.qml" line="33"/>
        <source>Uitslagen op dit scherm</source>
        <extracomment>Facilitator menu: show the live results full screen on this tablet</extracomment>
        <translation>Results on this screen</translation>
    </message>
    <message>
        <location filename="../qml/RoomScreensCard.qml" line="44"/>
        <source>Vorige</source>
        <extracomment>Facilitator menu: the second screen shows the previous activity</extracomment>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../qml/RoomScreensCard.qml" line="51"/>
        <source>Volgende</source>
        <extracomment>Facilitator menu: the second screen shows the next activity</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/RoomScreensCard.qml" line="57"/>
        <source>Scherm uit</source>
        <extracomment>Facilitator menu: stop showing results on the second screen</extracomment>
        <translation>Screen off</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RoomScreensCard.qml" line="65"/>
        <source>Teksten beoordelen (%n)</source>
        <extracomment>Facilitator menu: open the moderation queue; %n texts wait</extracomment>
        <translation>
            <numerusform>Review texts (%n)</numerusform>
            <numerusform>Review texts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/RoomScreensCard.qml" line="102"/>
        <source>Samenspraak: uitslagen</source>
        <extracomment>The projector window&apos;s title (shown by the system, e.g. in a window list)</extracomment>
        <translation>Samenspraak: results</translation>
    </message>
</context>
<context>
    <name>RoomStartPage</name>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="12"/>
        <source>Start een bijeenkomst</source>
        <extracomment>Start a room: page title</extracomment>
        <translation>Start a meeting</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="41"/>
        <source>Titel</source>
        <extracomment>Start a room: the title field</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="49"/>
        <source>Bijvoorbeeld: Avond over de toekomst van Lemelerveld</source>
        <extracomment>Start a room: example title</extracomment>
        <translation>For example: Evening on the future of Lemelerveld</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="55"/>
        <source>Plaats</source>
        <extracomment>Start a room: where the evening is held</extracomment>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="63"/>
        <source>Bijvoorbeeld: Dorpshuis De Schakel</source>
        <extracomment>Start a room: example place</extracomment>
        <translation>For example: Dorpshuis De Schakel</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="69"/>
        <source>Datum (jjjj-mm-dd)</source>
        <extracomment>Start a room: the date (year-month-day)</extracomment>
        <translation>Date (yyyy-mm-dd)</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="86"/>
        <source>Kern</source>
        <extracomment>Start a room: which village (kern)</extracomment>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="106"/>
        <source>Fase</source>
        <extracomment>Start a room: which phase</extracomment>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="127"/>
        <source>Welke onderdelen doen jullie?</source>
        <extracomment>Start a room: which activities the evening does</extracomment>
        <translation>Which activities will you do?</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="148"/>
        <source>Kies minstens één onderdeel.</source>
        <extracomment>Start a room: nothing ticked</extracomment>
        <translation>Choose at least one activity.</translation>
    </message>
    <message>
        <location filename="../qml/RoomStartPage.qml" line="155"/>
        <source>Start de bijeenkomst</source>
        <extracomment>Start a room: the button that makes this tablet the hub</extracomment>
        <translation>Start the meeting</translation>
    </message>
</context>
<context>
    <name>ScreenDilemma</name>
    <message>
        <location filename="../qml/ScreenDilemma.qml" line="19"/>
        <source>Tik op de lijn of schuif het rondje naar waar jij staat.</source>
        <extracomment>Dilemma screen, shown above &quot;Verder&quot; while no position is chosen</extracomment>
        <translation>Tap the line or slide the circle to where you stand.</translation>
    </message>
</context>
<context>
    <name>ScreenDots</name>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="18"/>
        <source>Verdeel eerst alle punten. Je hebt er nog %n over.</source>
        <extracomment>Points screen, shown above &quot;Verder&quot; until every point is divided; %n points left</extracomment>
        <translation>
            <numerusform>First divide all the points. You have %n left.</numerusform>
            <numerusform>First divide all the points. You have %n left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ScreenDots.qml" line="20"/>
        <source>Geef minstens één stip. Wil je niet kiezen? Tik dan op Sla over.</source>
        <extracomment>Dots screen, shown above &quot;Verder&quot; while no dot is given</extracomment>
        <translation>Give at least one dot. Would you rather not choose? Then tap Skip.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="40"/>
        <source>Je hebt nog %n punten over.</source>
        <extracomment>Points screen; %n points still to divide</extracomment>
        <translation>
            <numerusform>You have %n point left.</numerusform>
            <numerusform>You have %n points left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="42"/>
        <source>Je hebt nog %n stippen over.</source>
        <extracomment>Dots screen; %n dots still to give</extracomment>
        <translation>
            <numerusform>You have %n dot left.</numerusform>
            <numerusform>You have %n dots left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="133"/>
        <source>%n punten</source>
        <extracomment>Points given to one option</extracomment>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="135"/>
        <source>%n stippen</source>
        <extracomment>Dots given to one option</extracomment>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ScreenDots.qml" line="153"/>
        <source>%1 punten minder voor %2</source>
        <extracomment>Button: take points away from an option; %1 the number, %2 the option</extracomment>
        <translation>Take %1 points from %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenDots.qml" line="155"/>
        <source>Eén stip minder voor %1</source>
        <extracomment>Button: take one dot away from an option; %1 the option</extracomment>
        <translation>Take one dot from %1</translation>
    </message>
    <message>
        <location filename="../qml/ScreenDots.qml" line="168"/>
        <source>%1 punten meer voor %2</source>
        <extracomment>Button: give points to an option; %1 the number, %2 the option</extracomment>
        <translation>Give %1 points to %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenDots.qml" line="170"/>
        <source>Eén stip meer voor %1</source>
        <extracomment>Button: give one dot to an option; %1 the option</extracomment>
        <translation>Give one dot to %1</translation>
    </message>
</context>
<context>
    <name>ScreenFollowUp</name>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="22"/>
        <source>Overgenomen</source>
        <extracomment>Follow-up page: the municipality took the residents&apos; point over</extracomment>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="24"/>
        <source>Deels overgenomen</source>
        <extracomment>Follow-up page: the municipality took the point over in part</extracomment>
        <translation>Partly adopted</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="26"/>
        <source>Niet overgenomen</source>
        <extracomment>Follow-up page: the municipality did not take the point over (the text says why)</extracomment>
        <translation>Not adopted</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="28"/>
        <source>Nog niet besloten</source>
        <extracomment>Follow-up page: no decision on the point yet</extracomment>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="41"/>
        <source>Wat is er met je inbreng gedaan?</source>
        <extracomment>Heading of the page that tells residents what the municipality did with their input</extracomment>
        <translation>What was done with your input?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="60"/>
        <source>Gewone letters</source>
        <extracomment>Follow-up page: back to the normal text size</extracomment>
        <translation>Normal letters</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="62"/>
        <source>Grotere letters</source>
        <extracomment>Follow-up page: make the letters twice as big</extracomment>
        <translation>Bigger letters</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="77"/>
        <source>Bijgewerkt op %1</source>
        <extracomment>Follow-up page: when the municipality last updated it; %1 a date such as &quot;3 december 2026&quot;</extracomment>
        <translation>Updated on %1</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="99"/>
        <source>Fase %1 · %2</source>
        <extracomment>Follow-up page: the phase a point comes from; %1 its number, %2 its title</extracomment>
        <translation>Phase %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="137"/>
        <source>Wat we hoorden</source>
        <extracomment>Follow-up page: above what residents said</extracomment>
        <translation>What we heard</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="146"/>
        <source>Wat we ermee doen</source>
        <extracomment>Follow-up page: above what the municipality did with it</extracomment>
        <translation>What we do with it</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="159"/>
        <source>Meer lezen: %1</source>
        <extracomment>Follow-up page, at the end; %1 the municipality&apos;s web address</extracomment>
        <translation>Read more: %1</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="170"/>
        <source>Terug</source>
        <extracomment>Follow-up page: back to the start screen</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/ScreenFollowUp.qml" line="177"/>
        <source>Doe zelf mee</source>
        <extracomment>Follow-up page: start answering the questions yourself</extracomment>
        <translation>Take part yourself</translation>
    </message>
</context>
<context>
    <name>ScreenIdeas</name>
    <message>
        <location filename="../qml/ScreenIdeas.qml" line="17"/>
        <source>Schrijf eerst je idee op. Wil je niets schrijven? Tik dan op Sla over.</source>
        <extracomment>Ideas screen, shown above &quot;Verder&quot; while the text is empty</extracomment>
        <translation>First write down your idea. Would you rather not write anything? Then tap Skip.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIdeas.qml" line="20"/>
        <source>Kies nog wat voor idee het is (stap 2).</source>
        <extracomment>Ideas screen, shown above &quot;Verder&quot; while no kind is chosen</extracomment>
        <translation>Now choose what kind of idea it is (step 2).</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIdeas.qml" line="22"/>
        <source>Kies nog een onderwerp (stap 3).</source>
        <extracomment>Ideas screen, shown above &quot;Verder&quot; while no theme is chosen</extracomment>
        <translation>Now choose a topic (step 3).</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIdeas.qml" line="37"/>
        <source>1. Jouw idee</source>
        <extracomment>Ideas screen, step 1</extracomment>
        <translation>1. Your idea</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIdeas.qml" line="46"/>
        <source>Tik hier en schrijf je idee op</source>
        <extracomment>Placeholder in the idea text box</extracomment>
        <translation>Tap here and write down your idea</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIdeas.qml" line="60"/>
        <source>%1 van %2 tekens</source>
        <extracomment>Under the idea text box; %1 characters typed, %2 the maximum</extracomment>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIdeas.qml" line="76"/>
        <source>2. Wat voor idee is het?</source>
        <extracomment>Ideas screen, step 2</extracomment>
        <translation>2. What kind of idea is it?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIdeas.qml" line="110"/>
        <source>3. Over welk onderwerp gaat het?</source>
        <extracomment>Ideas screen, step 3</extracomment>
        <translation>3. What topic is it about?</translation>
    </message>
</context>
<context>
    <name>ScreenIntro</name>
    <message>
        <location filename="../qml/ScreenIntro.qml" line="22"/>
        <source>Fase %1 van %2</source>
        <extracomment>Above a phase&apos;s title; %1 its number, %2 how many phases there are</extracomment>
        <translation>Phase %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIntro.qml" line="41"/>
        <source>We kijken vooruit naar %1.</source>
        <extracomment>Phase intro: the year the phase looks ahead to</extracomment>
        <translation>We look ahead to %1.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIntro.qml" line="49"/>
        <source>Wat gebeurt er met je antwoorden?</source>
        <extracomment>Phase intro: heading above what is done with the answers</extracomment>
        <translation>What happens with your answers?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIntro.qml" line="59"/>
        <source>Wie beslist: %1</source>
        <extracomment>Phase intro: who takes the decision; %1 e.g. &quot;De gemeenteraad&quot;</extracomment>
        <translation>Who decides: %1</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIntro.qml" line="74"/>
        <source>Al klaar: fase %1, %2</source>
        <extracomment>Phase intro: what an earlier phase produced; %1 its number, %2 its product</extracomment>
        <translation>Already done: phase %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIntro.qml" line="92"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/ScreenIntro.qml" line="98"/>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ScreenModeration</name>
    <message>
        <location filename="../qml/ScreenModeration.qml" line="29"/>
        <source>Teksten beoordelen</source>
        <extracomment>Heading of the moderation queue</extracomment>
        <translation>Review texts</translation>
    </message>
    <message>
        <location filename="../qml/ScreenModeration.qml" line="43"/>
        <source>Sluiten</source>
        <extracomment>Moderation queue: back to the facilitator menu</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/ScreenModeration.qml" line="107"/>
        <source>%1 · %2 · %3</source>
        <extracomment>Moderation queue, under a text: the activity it answers, its state and (when decided) the time; %1 activity, %2 state, %3 time</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../qml/ScreenModeration.qml" line="109"/>
        <source>%1 · %2</source>
        <extracomment>Moderation queue, under a text nobody judged yet; %1 activity, %2 state</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenModeration.qml" line="119"/>
        <source>Goedkeuren</source>
        <extracomment>Moderation queue: show this text on the projector</extracomment>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../qml/ScreenModeration.qml" line="121"/>
        <source>Goedkeuren: %1</source>
        <extracomment>Moderation queue, read out: approve this text; %1 the text</extracomment>
        <translation>Approve: %1</translation>
    </message>
    <message>
        <location filename="../qml/ScreenModeration.qml" line="129"/>
        <source>Afwijzen</source>
        <extracomment>Moderation queue: never show this text (it is kept, marked)</extracomment>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../qml/ScreenModeration.qml" line="131"/>
        <source>Afwijzen: %1</source>
        <extracomment>Moderation queue, read out: reject this text; %1 the text</extracomment>
        <translation>Reject: %1</translation>
    </message>
</context>
<context>
    <name>ScreenPrivacy</name>
    <message>
        <location filename="../qml/ScreenPrivacy.qml" line="21"/>
        <source>Voordat je begint</source>
        <extracomment>Privacy notice before the first question: heading</extracomment>
        <translation>Before you start</translation>
    </message>
    <message>
        <location filename="../qml/ScreenPrivacy.qml" line="27"/>
        <source>Je doet anoniem mee. We vragen niet je naam. Schrijf ook geen namen op.</source>
        <extracomment>Privacy notice: the first, most important line</extracomment>
        <translation>You take part anonymously. We do not ask your name. Please do not write any names either.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenPrivacy.qml" line="36"/>
        <source>Wie vraagt dit?</source>
        <extracomment>Privacy notice: heading above who collects the answers</extracomment>
        <translation>Who is asking?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenPrivacy.qml" line="38"/>
        <source>Waarvoor?</source>
        <extracomment>Privacy notice: heading above what the answers are used for</extracomment>
        <translation>What for?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenPrivacy.qml" line="40"/>
        <source>Hoe lang bewaren we het?</source>
        <extracomment>Privacy notice: heading above how long the answers are kept</extracomment>
        <translation>How long do we keep it?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenPrivacy.qml" line="42"/>
        <source>Vragen?</source>
        <extracomment>Privacy notice: heading above whom to ask</extracomment>
        <translation>Questions?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenPrivacy.qml" line="44"/>
        <source>Alles over privacy lees je op</source>
        <extracomment>Privacy notice: heading above the address of the full privacy statement</extracomment>
        <translation>Read all about privacy at</translation>
    </message>
    <message>
        <location filename="../qml/ScreenPrivacy.qml" line="75"/>
        <source>Terug</source>
        <extracomment>Button that goes back to the previous screen</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/ScreenPrivacy.qml" line="82"/>
        <source>Begrepen, verder</source>
        <extracomment>Privacy notice: go on to the questions</extracomment>
        <translation>Understood, continue</translation>
    </message>
</context>
<context>
    <name>ScreenProfile</name>
    <message>
        <location filename="../qml/ScreenProfile.qml" line="17"/>
        <source>Sla alles over</source>
        <extracomment>Profile screen: skip every question</extracomment>
        <translation>Skip all</translation>
    </message>
    <message>
        <location filename="../qml/ScreenProfile.qml" line="42"/>
        <source>Deze vraag mag je overslaan.</source>
        <extracomment>Under each profile question</extracomment>
        <translation>You may skip this question.</translation>
    </message>
</context>
<context>
    <name>ScreenProjector</name>
    <message>
        <location filename="../qml/ScreenProjector.qml" line="66"/>
        <source>Meedoen met code %1</source>
        <extracomment>The projector&apos;s corner: the code tablets join the room with; %1 is the code</extracomment>
        <translation>Join with code %1</translation>
    </message>
    <message>
        <location filename="../qml/ScreenProjector.qml" line="240"/>
        <source>Hier is de zaal het over eens</source>
        <extracomment>Projector, statements: the ones (nearly) everyone agrees or disagrees with</extracomment>
        <translation>The room agrees on this</translation>
    </message>
    <message>
        <location filename="../qml/ScreenProjector.qml" line="251"/>
        <source>Hier schuurt het</source>
        <extracomment>Projector, statements: the ones the room is split on (&quot;het schuurt&quot;)</extracomment>
        <translation>This is where it chafes</translation>
    </message>
    <message>
        <location filename="../qml/ScreenProjector.qml" line="263"/>
        <source>Uit de zaal</source>
        <extracomment>Projector: heading above ideas and remarks the facilitator approved</extracomment>
        <translation>From the room</translation>
    </message>
    <message>
        <location filename="../qml/ScreenProjector.qml" line="310"/>
        <source>Vorige</source>
        <extracomment>Projector: show the previous activity</extracomment>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../qml/ScreenProjector.qml" line="318"/>
        <source>Volgende</source>
        <extracomment>Projector: show the next activity</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/ScreenProjector.qml" line="326"/>
        <source>Sluiten</source>
        <extracomment>Projector: back to the facilitator menu</extracomment>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScreenRanking</name>
    <message>
        <location filename="../qml/ScreenRanking.qml" line="58"/>
        <source>Plaats %1: %2</source>
        <extracomment>Read out for one option of the ranking; %1 the place, %2 the option</extracomment>
        <translation>Place %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenRanking.qml" line="65"/>
        <source>▲ Omhoog</source>
        <extracomment>Ranking: move an option one place up</extracomment>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../qml/ScreenRanking.qml" line="68"/>
        <source>%1 omhoog</source>
        <extracomment>Ranking, read out: move option %1 one place up</extracomment>
        <translation>%1 up</translation>
    </message>
    <message>
        <location filename="../qml/ScreenRanking.qml" line="75"/>
        <source>▼ Omlaag</source>
        <extracomment>Ranking: move an option one place down</extracomment>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../qml/ScreenRanking.qml" line="78"/>
        <source>%1 omlaag</source>
        <extracomment>Ranking, read out: move option %1 one place down</extracomment>
        <translation>%1 down</translation>
    </message>
</context>
<context>
    <name>ScreenSatisfaction</name>
    <message>
        <location filename="../qml/ScreenSatisfaction.qml" line="16"/>
        <source>Afronden</source>
        <extracomment>The button on the last question: saves and goes to the thank-you screen</extracomment>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../qml/ScreenSatisfaction.qml" line="18"/>
        <source>Kies 1 tot 5. Wil je niet kiezen? Tik dan op Sla over.</source>
        <extracomment>Satisfaction screen, shown above &quot;Afronden&quot; while no score is chosen</extracomment>
        <translation>Choose 1 to 5. Would you rather not choose? Then tap Skip.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenSatisfaction.qml" line="50"/>
        <source>%1: %2</source>
        <extracomment>Read out for a satisfaction score; %1 the number, %2 its words</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenSatisfaction.qml" line="98"/>
        <source>Tik hier als je nog iets wilt zeggen</source>
        <extracomment>Placeholder in the remark box on the satisfaction screen</extracomment>
        <translation>Tap here if you want to add something</translation>
    </message>
</context>
<context>
    <name>ScreenStart</name>
    <message>
        <location filename="../qml/ScreenStart.qml" line="170"/>
        <source>Wat is er met je inbreng gedaan?</source>
        <extracomment>Attract screen: opens the page of what the municipality did with residents&apos; input</extracomment>
        <translation>What was done with your input?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="124"/>
        <source>Doe mee</source>
        <extracomment>The big button on the attract screen that starts a participant&apos;s session</extracomment>
        <translation>Take part</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenStart.qml" line="152"/>
        <source>Al %n mensen deden hier mee.</source>
        <extracomment>How many people took part already on this device; %n is the number</extracomment>
        <translation>
            <numerusform>%n person has taken part here.</numerusform>
            <numerusform>%n people have taken part here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="154"/>
        <source>Wees de eerste die hier meedoet!</source>
        <extracomment>Attract screen, before anyone took part</extracomment>
        <translation>Be the first to take part here!</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="251"/>
        <source>Fase %1 · nu open</source>
        <extracomment>Attract screen timeline, a phase open for input; %1 its number</extracomment>
        <translation>Phase %1 · open now</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="254"/>
        <source>Fase %1 · klaar</source>
        <extracomment>Attract screen timeline, a finished phase; %1 its number</extracomment>
        <translation>Phase %1 · done</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="256"/>
        <source>Fase %1 · komt nog</source>
        <extracomment>Attract screen timeline, a phase that starts later; %1 its number</extracomment>
        <translation>Phase %1 · still to come</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="291"/>
        <source>Menu voor begeleiders: houd twee tellen ingedrukt</source>
        <extracomment>Hidden button in the top-right corner, read out by screen readers</extracomment>
        <translation>Facilitator menu: press and hold for two seconds</translation>
    </message>
</context>
<context>
    <name>ScreenStatements</name>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="16"/>
        <source>Geef bij minstens één stelling je mening. Wil je niet kiezen? Tik dan op Sla over.</source>
        <extracomment>Statements screen, shown above &quot;Verder&quot; while nothing is answered</extracomment>
        <translation>Give your view on at least one statement. Would you rather not choose? Then tap Skip.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="29"/>
        <source>%1 van %2 stellingen beantwoord</source>
        <extracomment>Statements screen; %1 answered so far, %2 statements in all</extracomment>
        <translation>%1 of %2 statements answered</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="19"/>
        <source>Stelling %1 van %2</source>
        <extracomment>Between &quot;Terug&quot; and &quot;Volgende&quot; on the statements, one at a time; %1 this statement, %2 how many</extracomment>
        <translation>Statement %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="71"/>
        <source>Eens</source>
        <extracomment>Answer to a statement</extracomment>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="81"/>
        <source>Oneens</source>
        <extracomment>Answer to a statement</extracomment>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="91"/>
        <source>Geen mening</source>
        <extracomment>Answer to a statement: no opinion / pass</extracomment>
        <translation>No opinion</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="100"/>
        <source>★ Belangrijk voor mij</source>
        <extracomment>A mark on an answered statement: this matters to me</extracomment>
        <translation>★ Important to me</translation>
    </message>
</context>
<context>
    <name>ScreenThanks</name>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="20"/>
        <source>Bedankt voor je mening!</source>
        <extracomment>Big heading on the last screen</extracomment>
        <translation>Thank you for your views!</translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="32"/>
        <source>Je antwoorden zijn bewaard. De gemeente gebruikt ze voor de nieuwe toekomstvisie.</source>
        <extracomment>Reassurance that the answers are stored</extracomment>
        <translation>Your answers are saved. The municipality uses them for its new vision of the future.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="50"/>
        <source>Wat gebeurt er nu?</source>
        <extracomment>Thank-you screen: heading above what happens with the answers next</extracomment>
        <translation>What happens next?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="70"/>
        <source>Scan de code met je telefoon, of ga naar %1</source>
        <extracomment>Thank-you screen, next to the QR code; %1 the web address</extracomment>
        <translation>Scan the code with your phone, or go to %1</translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="87"/>
        <source>QR-code naar de website van de gemeente</source>
        <extracomment>Read out for the QR code on the thank-you screen</extracomment>
        <translation>QR code to the municipality&apos;s website</translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="96"/>
        <source>Wat zeiden anderen?</source>
        <extracomment>Thank-you screen: heading above the results of others</extracomment>
        <translation>What did others say?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="103"/>
        <source>Zodra meer mensen hebben meegedaan, zie je hier wat anderen kozen.</source>
        <extracomment>Thank-you screen, while too few people took part to show results</extracomment>
        <translation>Once more people have taken part, you will see here what others chose.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenThanks.qml" line="144"/>
        <source>Dit zijn de antwoorden van %n mensen op dit apparaat.</source>
        <extracomment>Thank-you screen, under the results; %n participants on this device</extracomment>
        <translation>
            <numerusform>These are the answers of %n person on this device.</numerusform>
            <numerusform>These are the answers of %n people on this device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenThanks.qml" line="159"/>
        <source>Dit scherm gaat over %n seconden terug naar het begin.</source>
        <extracomment>Countdown on the thank-you screen; %n is seconds</extracomment>
        <translation>
            <numerusform>This screen goes back to the start in %n second.</numerusform>
            <numerusform>This screen goes back to the start in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="170"/>
        <source>Klaar</source>
        <extracomment>Button to return to the start screen right away</extracomment>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ScreenValues</name>
    <message>
        <location filename="../qml/ScreenValues.qml" line="16"/>
        <source>Kies minstens één waarde. Wil je niet kiezen? Tik dan op Sla over.</source>
        <extracomment>Shown above &quot;Verder&quot; while no value is picked</extracomment>
        <translation>Choose at least one value. Would you rather not choose? Then tap Skip.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenValues.qml" line="27"/>
        <source>%1 van %2 gekozen</source>
        <extracomment>Shown above the values palette; %1 picked so far, %2 the maximum</extracomment>
        <translation>%1 of %2 chosen</translation>
    </message>
    <message>
        <location filename="../qml/ScreenValues.qml" line="45"/>
        <source>Je hebt er al genoeg gekozen. Wil je een andere? Tik dan eerst op een gekozen waarde om die weg te halen.</source>
        <extracomment>Shown when someone tries to pick more values than allowed</extracomment>
        <translation>You have already chosen as many as you can. Want a different one? First tap a chosen value to remove it.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenValues.qml" line="172"/>
        <source>Haal eerst een gekozen waarde weg</source>
        <translation>First remove a chosen value</translation>
    </message>
    <message>
        <location filename="../qml/ScreenValues.qml" line="161"/>
        <source>Mis je een waarde? Schrijf hem hier op.</source>
        <extracomment>Above the field for a value of one&apos;s own</extracomment>
        <translation>Is a value missing? Write it here.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenValues.qml" line="172"/>
        <source>Mijn eigen waarde</source>
        <extracomment>Placeholder in the field for one&apos;s own value</extracomment>
        <translation>My own value</translation>
    </message>
</context>
<context>
    <name>ScreenWelcome</name>
    <message>
        <location filename="../qml/ScreenWelcome.qml" line="18"/>
        <source>Welkom!</source>
        <extracomment>Heading of the screen where language and text size are chosen</extracomment>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../qml/ScreenWelcome.qml" line="23"/>
        <source>Kies eerst je taal en hoe groot je de letters wilt. Daarna beginnen de vragen.</source>
        <extracomment>Welcome screen: what to do here</extracomment>
        <translation>First choose your language and how big you want the letters. Then the questions begin.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenWelcome.qml" line="59"/>
        <source>Grootte van de letters</source>
        <extracomment>Welcome screen: choose the size of the letters</extracomment>
        <translation>Size of the letters</translation>
    </message>
    <message>
        <location filename="../qml/ScreenWelcome.qml" line="76"/>
        <source>Normaal</source>
        <extracomment>Text size option: the normal size</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../qml/ScreenWelcome.qml" line="78"/>
        <source>Groter</source>
        <extracomment>Text size option: larger letters</extracomment>
        <translation>Larger</translation>
    </message>
    <message>
        <location filename="../qml/ScreenWelcome.qml" line="80"/>
        <source>Heel groot</source>
        <extracomment>Text size option: the largest letters</extracomment>
        <translation>Very large</translation>
    </message>
    <message>
        <location filename="../qml/ScreenWelcome.qml" line="94"/>
        <source>Zo groot zijn de letters op de volgende schermen.</source>
        <extracomment>A sample sentence that shows the chosen text size</extracomment>
        <translation>This is how big the letters are on the next screens.</translation>
    </message>
    <message>
        <location filename="../qml/ScreenWelcome.qml" line="106"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/ScreenWelcome.qml" line="113"/>
        <source>Begin</source>
        <extracomment>Welcome screen: start with the questions</extracomment>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <location filename="../qml/ScrollPage.qml" line="85"/>
        <source>Naar boven</source>
        <extracomment>Button next to a long screen: scrolls up</extracomment>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../qml/ScrollPage.qml" line="106"/>
        <source>Meer hieronder</source>
        <extracomment>Button next to a long screen: scrolls down to show more</extracomment>
        <translation>More below</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../qml/SessionBar.qml" line="49"/>
        <source>Papier</source>
        <extracomment>Along the top, while a facilitator types in a paper form (short: it shares the bar)</extracomment>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../qml/SessionBar.qml" line="51"/>
        <source>Met hulp</source>
        <extracomment>Along the top, while a facilitator fills in for a resident who does not touch the screen (short: it shares the bar)</extracomment>
        <translation>Assisted</translation>
    </message>
    <message>
        <location filename="../qml/SessionBar.qml" line="76"/>
        <source>Stoppen</source>
        <extracomment>Along the top: stop taking part</extracomment>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../qml/StopDialog.qml" line="16"/>
        <source>Wil je stoppen?</source>
        <extracomment>Heading of the question whether to stop taking part</extracomment>
        <translation>Do you want to stop?</translation>
    </message>
    <message>
        <location filename="../qml/StopDialog.qml" line="21"/>
        <source>Wat je al hebt ingevuld, is bewaard. De rest sla je over.</source>
        <extracomment>Stop question, explanation</extracomment>
        <translation>What you filled in so far is saved. You skip the rest.</translation>
    </message>
    <message>
        <location filename="../qml/StopDialog.qml" line="34"/>
        <source>Nee, ik ga verder</source>
        <extracomment>Stop question: do not stop</extracomment>
        <translation>No, I want to go on</translation>
    </message>
    <message>
        <location filename="../qml/StopDialog.qml" line="42"/>
        <source>Ja, stoppen</source>
        <extracomment>Stop question: stop now</extracomment>
        <translation>Yes, stop</translation>
    </message>
</context>
<context>
    <name>ThemedScrollBar</name>
    <message>
        <location filename="../qml/ThemedScrollBar.qml" line="12"/>
        <source>Schuifbalk</source>
        <extracomment>Name of the scroll bar for screen readers</extracomment>
        <translation>Scroll bar</translation>
    </message>
</context>
<context>
    <name>VirtualKeyboard</name>
    <message>
        <location filename="../qml/VirtualKeyboard.qml" line="44"/>
        <source>Klaar</source>
        <extracomment>Above the on-screen keyboard: closes the keyboard (the text stays)</extracomment>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>samenspraak::ContentUpdater</name>
    <message>
        <location filename="../app/contentupdater.cpp" line="71"/>
        <source>the content the server sent does not match its ETag (a captive portal or proxy?)</source>
        <translation>the content the server sent does not match its ETag (a captive portal or proxy?)</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="78"/>
        <source>the server&apos;s content pack is not valid here (%1: %2); keeping version %3</source>
        <translation>the server&apos;s content pack is not valid here (%1: %2); keeping version %3</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="110"/>
        <source>content version %1 is ready; it starts with the next participant</source>
        <translation>content version %1 is ready; it starts with the next participant</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="111"/>
        <source>content version %1 is up to date</source>
        <translation>content version %1 is up to date</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="113"/>
        <source>content version %1 installed; it starts with the next participant</source>
        <translation>content version %1 installed; it starts with the next participant</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="114"/>
        <source>content version %1 installed and in use</source>
        <translation>content version %1 installed and in use</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="116"/>
        <source>the server publishes no content yet; keeping version %1</source>
        <translation>the server publishes no content yet; keeping version %1</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="120"/>
        <source>content not checked: %1</source>
        <translation>content not checked: %1</translation>
    </message>
</context>
<context>
    <name>samenspraak::DilemmaModel</name>
    <message>
        <location filename="../app/dilemmamodel.cpp" line="42"/>
        <source>Nog niets gekozen</source>
        <extracomment>Dilemma slider: nothing chosen yet</extracomment>
        <translation>Nothing chosen yet</translation>
    </message>
    <message>
        <location filename="../app/dilemmamodel.cpp" line="48"/>
        <source>Precies in het midden</source>
        <extracomment>Dilemma slider: the participant chose the exact middle</extracomment>
        <translation>Exactly in the middle</translation>
    </message>
    <message>
        <location filename="../app/dilemmamodel.cpp" line="55"/>
        <source>Helemaal voor: %1</source>
        <extracomment>Dilemma slider, an outermost position; %1 is the pole&apos;s text</extracomment>
        <translation>Completely in favour of: %1</translation>
    </message>
    <message>
        <location filename="../app/dilemmamodel.cpp" line="58"/>
        <source>Een beetje voor: %1</source>
        <extracomment>Dilemma slider, next to the middle; %1 is the pole&apos;s text</extracomment>
        <translation>Slightly in favour of: %1</translation>
    </message>
    <message>
        <location filename="../app/dilemmamodel.cpp" line="60"/>
        <source>Duidelijk voor: %1</source>
        <extracomment>Dilemma slider, between the middle and the end; %1 is the pole&apos;s text</extracomment>
        <translation>Clearly in favour of: %1</translation>
    </message>
    <message>
        <location filename="../app/dilemmamodel.cpp" line="99"/>
        <source>Aan de ene kant: %1. Aan de andere kant: %2. Tik op de lijn waar jij staat.</source>
        <extracomment>Read aloud on a dilemma screen: %1 the left pole, %2 the right pole</extracomment>
        <translation>On one side: %1. On the other side: %2. Tap the line where you stand.</translation>
    </message>
</context>
<context>
    <name>samenspraak::DotsModel</name>
    <message>
        <location filename="../app/dotsmodel.cpp" line="105"/>
        <source>Verdeel %1 punten over deze onderwerpen:</source>
        <extracomment>Read aloud on the 100-points screen, before the options; %1 the points to divide</extracomment>
        <translation>Divide %1 points among these topics:</translation>
    </message>
    <message>
        <location filename="../app/dotsmodel.cpp" line="107"/>
        <source>Geef je %1 stippen aan deze onderwerpen:</source>
        <extracomment>Read aloud on the dots screen, before the options; %1 the dots to give</extracomment>
        <translation>Give your %1 dots to these topics:</translation>
    </message>
</context>
<context>
    <name>samenspraak::FacilitatorController</name>
    <message>
        <location filename="../app/facilitatorcontroller.cpp" line="178"/>
        <source>De huidige pincode klopt niet. De pincode is niet gewijzigd.</source>
        <extracomment>Facilitator menu, changing the PIN: the current PIN typed is wrong</extracomment>
        <translation>The current PIN is not right. The PIN was not changed.</translation>
    </message>
    <message>
        <location filename="../app/facilitatorcontroller.cpp" line="184"/>
        <source>Een pincode heeft 4 tot 8 cijfers. De pincode is niet gewijzigd.</source>
        <extracomment>Facilitator menu, changing the PIN: the new PIN has the wrong form</extracomment>
        <translation>A PIN has 4 to 8 digits. The PIN was not changed.</translation>
    </message>
    <message>
        <location filename="../app/facilitatorcontroller.cpp" line="189"/>
        <source>De twee nieuwe pincodes zijn niet gelijk. De pincode is niet gewijzigd.</source>
        <extracomment>Facilitator menu, changing the PIN: the new PIN and its repetition differ</extracomment>
        <translation>The two new PINs are not the same. The PIN was not changed.</translation>
    </message>
    <message>
        <location filename="../app/facilitatorcontroller.cpp" line="195"/>
        <source>De nieuwe pincode is bewaard.</source>
        <extracomment>Facilitator menu: the PIN was changed</extracomment>
        <translation>The new PIN is saved.</translation>
    </message>
    <message>
        <location filename="../app/facilitatorcontroller.cpp" line="247"/>
        <source>nog nooit</source>
        <extracomment>Facilitator menu: the device never synced</extracomment>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>samenspraak::FlowController</name>
    <message>
        <location filename="../app/flowcontroller.cpp" line="111"/>
        <source>Deel %1 van %2</source>
        <extracomment>Progress along the top on a part&apos;s introduction; %1 this part, %2 how many parts</extracomment>
        <translation>Part %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/flowcontroller.cpp" line="113"/>
        <source>Deel %1 van %2 · vraag %3 van %4</source>
        <extracomment>Progress along the top; %1 this part, %2 how many parts, %3 this question within the part, %4 the questions in this part</extracomment>
        <translation>Part %1 of %2 · question %3 of %4</translation>
    </message>
</context>
<context>
    <name>samenspraak::IdeasModel</name>
    <message>
        <location filename="../app/ideasmodel.cpp" line="17"/>
        <source>Kans</source>
        <extracomment>Kind of idea: something good that could be done or used</extracomment>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../app/ideasmodel.cpp" line="20"/>
        <source>Zorg</source>
        <extracomment>Kind of idea: something the participant worries about</extracomment>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../app/ideasmodel.cpp" line="23"/>
        <source>Oplossing</source>
        <extracomment>Kind of idea: a way to solve a problem</extracomment>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../app/ideasmodel.cpp" line="31"/>
        <source>Iets goeds dat we kunnen doen of gebruiken</source>
        <extracomment>Explains the idea kind &quot;Kans&quot; in a few words</extracomment>
        <translation>Something good we could do or use</translation>
    </message>
    <message>
        <location filename="../app/ideasmodel.cpp" line="34"/>
        <source>Iets waar je je zorgen over maakt</source>
        <extracomment>Explains the idea kind &quot;Zorg&quot; in a few words</extracomment>
        <translation>Something you worry about</translation>
    </message>
    <message>
        <location filename="../app/ideasmodel.cpp" line="37"/>
        <source>Een idee om iets op te lossen</source>
        <extracomment>Explains the idea kind &quot;Oplossing&quot; in a few words</extracomment>
        <translation>An idea to solve something</translation>
    </message>
    <message>
        <location filename="../app/ideasmodel.cpp" line="146"/>
        <source>Schrijf je idee op. Schrijf geen namen op.</source>
        <extracomment>Read aloud on the ideas screen: step 1</extracomment>
        <translation>Write down your idea. Do not write any names.</translation>
    </message>
    <message>
        <location filename="../app/ideasmodel.cpp" line="149"/>
        <source>Wat voor idee is het? Kies er een:</source>
        <extracomment>Read aloud on the ideas screen: step 2, before the kinds of idea</extracomment>
        <translation>What kind of idea is it? Choose one:</translation>
    </message>
    <message>
        <location filename="../app/ideasmodel.cpp" line="158"/>
        <source>Over welk onderwerp gaat het? Kies er een: %1</source>
        <extracomment>Read aloud on the ideas screen: step 3, %1 the themes one may choose</extracomment>
        <translation>What is it about? Choose one: %1</translation>
    </message>
</context>
<context>
    <name>samenspraak::ModerationQueue</name>
    <message>
        <location filename="../app/moderationqueue.cpp" line="15"/>
        <source>Er loopt geen bijeenkomst op deze tablet.</source>
        <extracomment>The moderation queue when no room runs on this tablet.</extracomment>
        <translation>No room is running on this tablet.</translation>
    </message>
    <message>
        <location filename="../app/moderationqueue.cpp" line="18"/>
        <source>Nog geen teksten. Ideeën en opmerkingen verschijnen hier zodra iemand ze instuurt.</source>
        <extracomment>The moderation queue before anyone wrote something.</extracomment>
        <translation>No texts yet. Ideas and remarks appear here as soon as someone sends them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/moderationqueue.cpp" line="20"/>
        <source>%n teksten wachten op je oordeel. Alleen goedgekeurde tekst komt op het scherm.</source>
        <extracomment>The moderation queue&apos;s top line; %n texts wait for approval or rejection.</extracomment>
        <translation>
            <numerusform>%n text is waiting for your review. Only approved text goes on the screen.</numerusform>
            <numerusform>%n texts are waiting for your review. Only approved text goes on the screen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/moderationqueue.cpp" line="72"/>
        <source>Er loopt geen bijeenkomst: er is niets te beoordelen.</source>
        <extracomment>The facilitator tried to approve or reject while no room runs.</extracomment>
        <translation>No room is running: there is nothing to review.</translation>
    </message>
    <message>
        <location filename="../app/moderationqueue.cpp" line="76"/>
        <source>Dat lukte niet. De tekst blijft in de lijst; probeer het nog eens.</source>
        <extracomment>Approving or rejecting a text failed; the text stays in the queue.</extracomment>
        <translation>That did not work. The text stays in the list; please try again.</translation>
    </message>
    <message>
        <location filename="../app/moderationqueue.cpp" line="100"/>
        <source>Wacht op je oordeel</source>
        <extracomment>A text in the moderation queue nobody judged yet.</extracomment>
        <translation>Waiting for your review</translation>
    </message>
    <message>
        <location filename="../app/moderationqueue.cpp" line="102"/>
        <source>Tegengehouden door de woordenlijst</source>
        <extracomment>A text the word list held back: it holds a word on the list.</extracomment>
        <translation>Held back by the word list</translation>
    </message>
    <message>
        <location filename="../app/moderationqueue.cpp" line="104"/>
        <source>Goedgekeurd: op het scherm</source>
        <extracomment>A text the facilitator approved: it is on the projector.</extracomment>
        <translation>Approved: on the screen</translation>
    </message>
    <message>
        <location filename="../app/moderationqueue.cpp" line="106"/>
        <source>Afgewezen: bewaard, niet getoond</source>
        <extracomment>A text the facilitator rejected: kept, never shown.</extracomment>
        <translation>Rejected: kept, not shown</translation>
    </message>
</context>
<context>
    <name>samenspraak::ProfileModel</name>
    <message>
        <location filename="../app/profilemodel.cpp" line="119"/>
        <source>Je kunt kiezen uit: %1. Deze vraag mag je overslaan.</source>
        <extracomment>Read aloud after a profile question; %1 the answers one can choose</extracomment>
        <translation>You can choose from: %1. You may skip this question.</translation>
    </message>
</context>
<context>
    <name>samenspraak::ProjectorModel</name>
    <message>
        <location filename="../app/projectormodel.cpp" line="38"/>
        <source>Op deze tablet is geen bijeenkomst gestart.</source>
        <extracomment>The projector when the facilitator has not started a room.</extracomment>
        <translation>No room has been started on this tablet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/projectormodel.cpp" line="42"/>
        <source>Tot nu toe deden %n mensen mee.</source>
        <extracomment>The projector&apos;s top line before there is anything to show; %n is fewer than 5.</extracomment>
        <translation>
            <numerusform>So far %n person took part.</numerusform>
            <numerusform>So far %n people took part.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="45"/>
        <source>%1 mensen deden mee.</source>
        <extracomment>The projector&apos;s top line; %1 is the number of people who answered something.</extracomment>
        <translation>%1 people took part.</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="51"/>
        <source>Uitslagen verschijnen vanaf %1 mensen. Zo herkent niemand een ander.</source>
        <extracomment>The projector explains why a figure is not shown yet.</extracomment>
        <translation>Results appear from %1 people on. That way nobody can be recognised.</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="68"/>
        <source>Nog niet te zien: minder dan %1 antwoorden.</source>
        <extracomment>An activity on the projector with too few answers to show.</extracomment>
        <translation>Not shown yet: fewer than %1 answers.</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="73"/>
        <source>%1 antwoorden</source>
        <extracomment>Under an activity&apos;s title on the projector.</extracomment>
        <translation>%1 answers</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="87"/>
        <location filename="../app/projectormodel.cpp" line="95"/>
        <source>%1 punten</source>
        <extracomment>Points or dots given to an option on the projector.
----------
Borda points of a ranked option on the projector.</extracomment>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="87"/>
        <source>%1 stippen</source>
        <translation>%1 dots</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="108"/>
        <source>De zaal is in tweeën verdeeld.</source>
        <extracomment>A dilemma on the projector where two groups lean to opposite sides.</extracomment>
        <translation>The room is split in two.</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="112"/>
        <location filename="../app/projectormodel.cpp" line="114"/>
        <source>De meesten neigen naar: %1</source>
        <extracomment>%1 is the left pole of the dilemma.</extracomment>
        <translation>Most lean towards: %1</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="118"/>
        <source>Gemiddeld zit de zaal in het midden.</source>
        <extracomment>A dilemma on the projector whose mean is near the middle.</extracomment>
        <translation>On average the room is in the middle.</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="132"/>
        <source>%1% eens</source>
        <extracomment>Share agreeing with a statement on the projector, among those who took a side.</extracomment>
        <translation>%1% agree</translation>
    </message>
    <message>
        <location filename="../app/projectormodel.cpp" line="142"/>
        <source>%1% is tevreden (een 4 of 5).</source>
        <extracomment>Process satisfaction on the projector.</extracomment>
        <translation>%1% are satisfied (a 4 or 5).</translation>
    </message>
</context>
<context>
    <name>samenspraak::RankingModel</name>
    <message>
        <location filename="../app/rankingmodel.cpp" line="87"/>
        <source>Zet deze in de volgorde die jij wilt. Het belangrijkste bovenaan. Nu staan ze zo:</source>
        <extracomment>Read aloud on the ranking screen, before the options in their current order</extracomment>
        <translation>Put these in the order you want, the most important at the top. This is the order now:</translation>
    </message>
    <message>
        <location filename="../app/rankingmodel.cpp" line="90"/>
        <source>%1: %2</source>
        <extracomment>Read aloud on the ranking screen: %1 the place, %2 the option</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>samenspraak::ReadAloud</name>
    <message>
        <location filename="../app/readaloud.cpp" line="91"/>
        <source>Nog niet klaar: het spraakprogramma start nog.</source>
        <extracomment>Facilitator menu, reading aloud: the speech program has not answered yet</extracomment>
        <translation>Not ready yet: the speech program is still starting.</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="94"/>
        <source>Uit: er is geen spraakprogramma op dit apparaat (speech-dispatcher).</source>
        <extracomment>Facilitator menu, reading aloud: no speech program installed (speech-dispatcher is its name, keep it)</extracomment>
        <translation>Off: there is no speech program on this device (speech-dispatcher).</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="97"/>
        <source>Uit: het spraakprogramma geeft een fout. Start het apparaat opnieuw.</source>
        <extracomment>Facilitator menu, reading aloud: the speech program gave an error</extracomment>
        <translation>Off: the speech program gives an error. Restart the device.</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="100"/>
        <source>Uit: het voorlezen stopte niet vanzelf. Misschien werkt het geluid niet. Start de app opnieuw.</source>
        <extracomment>Facilitator menu, reading aloud: switched off after a reading that never ended</extracomment>
        <translation>Off: reading aloud did not stop by itself. Perhaps the sound does not work. Restart the app.</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="109"/>
        <source>Aan, in het Nederlands en het Engels.</source>
        <extracomment>Facilitator menu, reading aloud: works in both languages</extracomment>
        <translation>On, in Dutch and in English.</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="112"/>
        <source>Aan in het Nederlands. Niet in het Engels: er is geen Engelse stem (espeak-ng).</source>
        <extracomment>Facilitator menu, reading aloud: works in Dutch only</extracomment>
        <translation>On in Dutch. Not in English: there is no English voice (espeak-ng).</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="115"/>
        <source>Aan in het Engels. Niet in het Nederlands: er is geen Nederlandse stem (espeak-ng).</source>
        <extracomment>Facilitator menu, reading aloud: works in English only</extracomment>
        <translation>On in English. Not in Dutch: there is no Dutch voice (espeak-ng).</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="117"/>
        <source>Uit: er is geen Nederlandse en geen Engelse stem op dit apparaat (espeak-ng).</source>
        <extracomment>Facilitator menu, reading aloud: no Dutch and no English voice installed (espeak-ng is its name, keep it)</extracomment>
        <translation>Off: there is no Dutch and no English voice on this device (espeak-ng).</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="181"/>
        <source>Welkom!</source>
        <extracomment>Read aloud on the welcome screen (the same words as on screen)</extracomment>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="181"/>
        <source>Kies eerst je taal en hoe groot je de letters wilt. Daarna beginnen de vragen.</source>
        <translation>First choose your language and how big you want the letters. Then the questions begin.</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="188"/>
        <source>Voordat je begint</source>
        <extracomment>Read aloud on the privacy notice (the same words as on screen)</extracomment>
        <translation>Before you start</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="188"/>
        <source>Je doet anoniem mee. We vragen niet je naam. Schrijf ook geen namen op.</source>
        <translation>You take part anonymously. We do not ask your name. Please do not write any names either.</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="190"/>
        <source>Wie vraagt dit? %1</source>
        <extracomment>Read aloud on the privacy notice: who collects the answers, %1 the organisation</extracomment>
        <translation>Who is asking? %1</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="192"/>
        <source>Waarvoor? %1</source>
        <extracomment>Read aloud on the privacy notice: what the answers are for, %1 the purpose</extracomment>
        <translation>What for? %1</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="194"/>
        <source>Hoe lang bewaren we het? %1</source>
        <extracomment>Read aloud on the privacy notice: how long the answers are kept, %1 the period</extracomment>
        <translation>How long do we keep it? %1</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="196"/>
        <source>Vragen? %1</source>
        <extracomment>Read aloud on the privacy notice: where to ask questions, %1 the contact</extracomment>
        <translation>Questions? %1</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="206"/>
        <source>Fase %1 van %2</source>
        <extracomment>Read aloud on a phase&apos;s introduction: %1 its number, %2 how many phases</extracomment>
        <translation>Phase %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/readaloud.cpp" line="209"/>
        <source>Wat gebeurt er met je antwoorden?</source>
        <extracomment>Read aloud on a phase&apos;s introduction, before what happens with the answers</extracomment>
        <translation>What happens with your answers?</translation>
    </message>
</context>
<context>
    <name>samenspraak::ResultsModel</name>
    <message>
        <location filename="../app/resultsmodel.cpp" line="146"/>
        <source>%1% koos deze waarde.</source>
        <extracomment>Thank-you screen: %1 percent of participants picked this value</extracomment>
        <translation>%1% chose this value.</translation>
    </message>
    <message>
        <location filename="../app/resultsmodel.cpp" line="149"/>
        <source>%1% is het eens met: “%2”</source>
        <extracomment>Thank-you screen: the statement most agree with; %1 percent, %2 the statement</extracomment>
        <translation>%1% agree with: “%2”</translation>
    </message>
    <message>
        <location filename="../app/resultsmodel.cpp" line="152"/>
        <source>Hierover denken mensen het meest verschillend (%1% eens): “%2”</source>
        <extracomment>Thank-you screen: the statement that divides people most; %1 percent agreeing, %2 the statement</extracomment>
        <translation>People disagree most about this (%1% agree): “%2”</translation>
    </message>
</context>
<context>
    <name>samenspraak::RoomController</name>
    <message>
        <location filename="../app/roomcontroller.cpp" line="96"/>
        <source>Fase %1</source>
        <extracomment>Start a room: the phase an activity belongs to; %1 its number</extracomment>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="112"/>
        <source>Fase %1: %2</source>
        <extracomment>Start a room: a phase to choose; %1 its number, %2 its title</extracomment>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="147"/>
        <source>fase %1</source>
        <extracomment>Room details: the phase; %1 its number</extracomment>
        <translation>phase %1</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="153"/>
        <source>Bij de tablet van de begeleider (%1)</source>
        <extracomment>Room details on a member tablet: %1 the hub&apos;s address</extracomment>
        <translation>With the facilitator’s tablet (%1)</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="204"/>
        <source>Iedereen werkt in eigen tempo.</source>
        <extracomment>Facilitator controls: nobody was sent to an activity yet</extracomment>
        <translation>Everyone works at their own pace.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="207"/>
        <source>Nu op alle tablets: %1 (%2 van %3).</source>
        <extracomment>Facilitator controls: the activity all tablets show; %1 its title, %2 its number, %3 how many</extracomment>
        <translation>Now on all tablets: %1 (%2 of %3).</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="210"/>
        <source>Pauze: de tablets tonen het pauzescherm.</source>
        <extracomment>Facilitator controls: the tablets show the pause screen</extracomment>
        <translation>Break: the tablets show the break screen.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="213"/>
        <source>De tablets tonen de resultaten.</source>
        <extracomment>Facilitator controls: the tablets show the room&apos;s results</extracomment>
        <translation>The tablets show the results.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="250"/>
        <source>verbonden</source>
        <extracomment>Facilitator controls: a tablet that hears the next step at once</extracomment>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="253"/>
        <source>laatst gezien om %1</source>
        <extracomment>Facilitator controls: a tablet not heard from lately; %1 the time it was last seen</extracomment>
        <translation>last seen at %1</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="256"/>
        <source>nog niet gezien</source>
        <extracomment>Facilitator controls: a tablet that joined but never asked for the room&apos;s state</extracomment>
        <translation>not seen yet</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="268"/>
        <source>%1 van %2 tablets verbonden</source>
        <extracomment>Facilitator controls: %1 tablets connected now, %2 tablets that joined</extracomment>
        <translation>%1 of %2 tablets connected</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="277"/>
        <source>Let op: de bijeenkomst gebruikt inhoud %1, deze tablet heeft %2. De vragen kunnen verschillen. Werk deze tablet bij als dat kan.</source>
        <extracomment>Member tablet: the room works with another version of the questions; %1 the room&apos;s, %2 this tablet&apos;s</extracomment>
        <translation>Note: the meeting uses content %1, this tablet has %2. The questions may differ. Update this tablet if you can.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="287"/>
        <source>Verbonden met de tablet van de begeleider.</source>
        <extracomment>Member tablet: the facilitator&apos;s tablet answers</extracomment>
        <translation>Connected to the facilitator’s tablet.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="290"/>
        <source>De tablet van de begeleider herkent zich niet meer (andere vingerafdruk). Deze tablet werkt alleen verder.</source>
        <extracomment>Member tablet: the hub&apos;s certificate changed</extracomment>
        <translation>The facilitator’s tablet no longer matches (another fingerprint). This tablet goes on alone.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="293"/>
        <source>De tablet van de begeleider kent deze tablet niet meer. Doe opnieuw mee met de code.</source>
        <extracomment>Member tablet: the hub no longer knows this tablet</extracomment>
        <translation>The facilitator’s tablet no longer knows this tablet. Join again with the code.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="295"/>
        <source>Geen verbinding met de tablet van de begeleider. Deze tablet werkt alleen verder en bewaart alle antwoorden.</source>
        <extracomment>Member tablet: the hub cannot be reached; answers are kept here</extracomment>
        <translation>No connection to the facilitator’s tablet. This tablet goes on alone and keeps all answers.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="308"/>
        <source>Deze tablet doet al mee met een bijeenkomst. Stop daar eerst mee.</source>
        <extracomment>Start a room: this tablet is in someone else&apos;s room</extracomment>
        <translation>This tablet already takes part in a meeting. Leave it first.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="332"/>
        <source>De bijeenkomst kon niet starten. %1</source>
        <extracomment>Start a room failed; %1 the technical reason</extracomment>
        <translation>The meeting could not start. %1</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="358"/>
        <source>De bijeenkomst loopt nog: het verslag kon niet gemaakt worden (%1).</source>
        <extracomment>Facilitator menu: ending the room failed, it keeps running; %1 the technical reason</extracomment>
        <translation>The workshop is still running: the report could not be made (%1).</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="376"/>
        <source>Dit lukte niet: %1</source>
        <extracomment>Facilitator controls: the step could not be sent; %1 the technical reason</extracomment>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="407"/>
        <source>Deze tablet is zelf de tablet van de begeleider. Stop eerst de bijeenkomst.</source>
        <extracomment>Join a room: this tablet is itself the hub</extracomment>
        <translation>This tablet is itself the facilitator’s tablet. End the meeting first.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="413"/>
        <source>Dit adres klopt niet. Typ het adres zoals het op het scherm van de begeleider staat, bijvoorbeeld 192.168.43.1:8443.</source>
        <extracomment>Join a room: the typed address is not one</extracomment>
        <translation>This address is not right. Type the address as it is on the facilitator’s screen, for example 192.168.43.1:8443.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="419"/>
        <source>Typ de code van 6 cijfers. Die staat groot op het scherm van de begeleider.</source>
        <extracomment>Join a room: no code, or not 6 digits</extracomment>
        <translation>Type the 6-digit code. It is shown large on the facilitator’s screen.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="428"/>
        <source>Tablet %1</source>
        <extracomment>The name a member tablet has at the hub; %1 the first characters of its id</extracomment>
        <translation>Tablet %1</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="439"/>
        <source>Deze code klopt niet. Kijk nog eens naar de code op het scherm van de begeleider.</source>
        <extracomment>Join a room: the hub refused the code</extracomment>
        <translation>This code is not right. Look again at the code on the facilitator’s screen.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="443"/>
        <source>Er is te vaak een verkeerde code geprobeerd. Wacht een minuut en probeer het dan opnieuw.</source>
        <extracomment>Join a room: too many wrong codes were tried</extracomment>
        <translation>A wrong code was tried too often. Wait a minute and then try again.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="447"/>
        <source>Vergelijk de vingerafdruk hieronder met het scherm van de begeleider. Is hij precies gelijk? Tik dan op ‘Klopt, doe mee’.</source>
        <extracomment>Join a room by a typed address: compare the fingerprint shown below with the hub&apos;s screen</extracomment>
        <translation>Compare the fingerprint below with the facilitator’s screen. Is it exactly the same? Then tap ‘It matches, join’.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="449"/>
        <source>Dit is niet de tablet van de begeleider: de vingerafdruk klopt niet. Er is niets verstuurd. Scan de QR-code op het scherm van de begeleider.</source>
        <extracomment>Join a room: the hub&apos;s certificate is not the one in the QR code or compared</extracomment>
        <translation>This is not the facilitator’s tablet: the fingerprint does not match. Nothing was sent. Scan the QR code on the facilitator’s screen.</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="462"/>
        <source>De tablet van de begeleider is niet te bereiken. Zit deze tablet op hetzelfde wifi-netwerk, of op de hotspot van de begeleider? Klopt het adres?</source>
        <extracomment>Join a room: nothing answered at the address</extracomment>
        <translation>The facilitator’s tablet cannot be reached. Is this tablet on the same Wi-Fi network, or on the facilitator’s hotspot? Is the address right?</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="467"/>
        <source>Meedoen lukte niet. Probeer het opnieuw of vraag de begeleider. (%1)</source>
        <extracomment>Join a room failed for another reason; %1 the technical reason</extracomment>
        <translation>Joining did not work. Try again or ask the facilitator. (%1)</translation>
    </message>
    <message>
        <location filename="../app/roomcontroller.cpp" line="484"/>
        <source>Stoppen met de bijeenkomst lukte niet: %1</source>
        <extracomment>Leave a room failed; %1 the technical reason</extracomment>
        <translation>Leaving the meeting did not work: %1</translation>
    </message>
</context>
<context>
    <name>samenspraak::SatisfactionModel</name>
    <message>
        <location filename="../app/satisfactionmodel.cpp" line="29"/>
        <source>Helemaal niet</source>
        <extracomment>Satisfaction score 1 of 5</extracomment>
        <translation>Not at all</translation>
    </message>
    <message>
        <location filename="../app/satisfactionmodel.cpp" line="31"/>
        <source>Niet echt</source>
        <extracomment>Satisfaction score 2 of 5</extracomment>
        <translation>Not really</translation>
    </message>
    <message>
        <location filename="../app/satisfactionmodel.cpp" line="33"/>
        <source>Een beetje</source>
        <extracomment>Satisfaction score 3 of 5</extracomment>
        <translation>A little</translation>
    </message>
    <message>
        <location filename="../app/satisfactionmodel.cpp" line="35"/>
        <source>Grotendeels</source>
        <extracomment>Satisfaction score 4 of 5</extracomment>
        <translation>Mostly</translation>
    </message>
    <message>
        <location filename="../app/satisfactionmodel.cpp" line="37"/>
        <source>Helemaal wel</source>
        <extracomment>Satisfaction score 5 of 5</extracomment>
        <translation>Completely</translation>
    </message>
    <message>
        <location filename="../app/satisfactionmodel.cpp" line="95"/>
        <source>Kies 1 tot 5:</source>
        <extracomment>Read aloud on the satisfaction screen, before the five scores</extracomment>
        <translation>Choose 1 to 5:</translation>
    </message>
    <message>
        <location filename="../app/satisfactionmodel.cpp" line="98"/>
        <source>%1: %2</source>
        <extracomment>Read aloud for a satisfaction score; %1 the number, %2 its words</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>samenspraak::SessionController</name>
    <message>
        <location filename="../app/sessioncontroller.cpp" line="45"/>
        <source>&apos;%1&apos; is geen datum. Schrijf de datum zo: 2026-11-24.</source>
        <extracomment>Facilitator, typing in a paper form: the date typed is not a date; %1 what was typed</extracomment>
        <translation>&apos;%1&apos; is not a date. Write the date like this: 2026-11-24.</translation>
    </message>
    <message>
        <location filename="../app/sessioncontroller.cpp" line="48"/>
        <source>Deze datum ligt in de toekomst. Kies de datum waarop het formulier is ingevuld.</source>
        <extracomment>Facilitator, typing in a paper form: the form&apos;s date lies in the future</extracomment>
        <translation>This date is in the future. Choose the date the form was filled in.</translation>
    </message>
    <message>
        <location filename="../app/sessioncontroller.cpp" line="51"/>
        <source>Deze datum is meer dan een jaar geleden. Kijk de datum na.</source>
        <extracomment>Facilitator, typing in a paper form: the form&apos;s date is more than a year ago (probably a typing error)</extracomment>
        <translation>This date is more than a year ago. Check the date.</translation>
    </message>
    <message>
        <location filename="../app/sessioncontroller.cpp" line="89"/>
        <source>Meedoen lukt nu niet. Meld dit bij een medewerker.</source>
        <extracomment>Shown to the participant when a new session could not be started on the device</extracomment>
        <translation>Taking part does not work right now. Please tell a member of staff.</translation>
    </message>
    <message>
        <location filename="../app/sessioncontroller.cpp" line="92"/>
        <source>Dit antwoord kunnen we zo niet bewaren. Verander je antwoord of tik op Sla over.</source>
        <extracomment>Shown to the participant when their answer does not fit the question (should not happen)</extracomment>
        <translation>We cannot save this answer as it is. Change your answer or tap Skip.</translation>
    </message>
    <message>
        <location filename="../app/sessioncontroller.cpp" line="95"/>
        <source>Dit antwoord is niet bewaard. Je eerdere antwoorden zijn wel bewaard. Meld dit bij een medewerker.</source>
        <extracomment>Shown to the participant when the device could not save their answer (disk full, broken storage)</extracomment>
        <translation>This answer was not saved. Your earlier answers are safe. Please tell a member of staff.</translation>
    </message>
</context>
<context>
    <name>samenspraak::StatementsModel</name>
    <message>
        <location filename="../app/statementsmodel.cpp" line="104"/>
        <source>Stelling %1 van %2:</source>
        <extracomment>Read aloud before a statement; %1 its number, %2 how many there are</extracomment>
        <translation>Statement %1 of %2:</translation>
    </message>
    <message>
        <location filename="../app/statementsmodel.cpp" line="108"/>
        <source>Kies: eens, oneens of geen mening.</source>
        <extracomment>Read aloud after a statement: the answers one can give</extracomment>
        <translation>Choose: agree, disagree or no opinion.</translation>
    </message>
</context>
<context>
    <name>samenspraak::SyncService</name>
    <message>
        <location filename="../app/syncservice.h" line="49"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="52"/>
        <source>%n with free text or a profile</source>
        <extracomment>Facilitator menu, &quot;Nog op dit apparaat&quot;: answers with free text or a profile still readable on this tablet</extracomment>
        <translation>
            <numerusform>%n with free text or a profile</numerusform>
            <numerusform>%n with free text or a profile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="55"/>
        <source>%n removed after sending</source>
        <extracomment>Facilitator menu, &quot;Nog op dit apparaat&quot;: answers whose free text or profile was removed after the server got them</extracomment>
        <translation>
            <numerusform>%n removed after sending</numerusform>
            <numerusform>%n removed after sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="58"/>
        <source>%n not sent again after the server was restored</source>
        <extracomment>Facilitator menu: answers already removed here, so not sent again after the server was restored from a backup</extracomment>
        <translation>
            <numerusform>%n not sent again after the server was restored</numerusform>
            <numerusform>%n not sent again after the server was restored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="100"/>
        <source>Sending to the room&apos;s hub...</source>
        <extracomment>Facilitator menu, connection line: the tablet sends its answers to the facilitator&apos;s tablet (the room hub)</extracomment>
        <translation>Sending to the room&apos;s hub...</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="122"/>
        <source>Room hub not reachable</source>
        <extracomment>Facilitator menu, connection line: the facilitator&apos;s tablet (room hub) cannot be reached</extracomment>
        <translation>Room hub not reachable</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="125"/>
        <source>Everything is sent to the room&apos;s hub</source>
        <extracomment>Facilitator menu, connection line: every answer reached the facilitator&apos;s tablet (the room hub)</extracomment>
        <translation>Everything is sent to the room&apos;s hub</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="127"/>
        <source>No server set: answers stay on this device</source>
        <translation>No server set: answers stay on this device</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="133"/>
        <source>No network: answers stay on this device</source>
        <translation>No network: answers stay on this device</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="138"/>
        <location filename="../app/syncservice.cpp" line="162"/>
        <source>Everything is sent</source>
        <translation>Everything is sent</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="150"/>
        <source>Sending...</source>
        <translation>Sending...</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="161"/>
        <source>Sent; %n answer(s) kept aside for staff</source>
        <translation>
            <numerusform>Sent; %n answer kept aside for staff</numerusform>
            <numerusform>Sent; %n answers kept aside for staff</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="166"/>
        <source>Server not reachable</source>
        <translation>Server not reachable</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="172"/>
        <source>The server refused the upload: %1</source>
        <translation>The server refused the upload: %1</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="187"/>
        <source>%1, trying again in %2 s</source>
        <translation>%1, trying again in %2 s</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="239"/>
        <source>Server not reachable for new content</source>
        <translation>Server not reachable for new content</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="255"/>
        <source>The server was restored from a backup; sending the answers again</source>
        <translation>The server was restored from a backup; sending the answers again</translation>
    </message>
</context>
<context>
    <name>samenspraak::report::Report</name>
    <message>
        <location filename="../server/report/report.cpp" line="68"/>
        <source>minder dan 5</source>
        <extracomment>Council report, table cell: a group too small to show</extracomment>
        <translation>fewer than 5</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="142"/>
        <source>(geen)</source>
        <extracomment>Council report, an answer without a theme or option</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="171"/>
        <source>Samenvatting</source>
        <extracomment>Council report, heading of the summary on page one</extracomment>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="173"/>
        <source>%1 mensen deden mee.</source>
        <extracomment>Council report, summary; %1 = number of participants</extracomment>
        <translation>%1 people took part.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="180"/>
        <source>De waarden die het vaakst gekozen zijn (n = %2): %1.</source>
        <extracomment>Council report, summary; %1 = the top values with their percent, %2 = answers</extracomment>
        <translation>The values chosen most often (n = %2): %1.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="191"/>
        <location filename="../server/report/report.cpp" line="524"/>
        <source>eens</source>
        <extracomment>Council report, after a percentage: &quot;84% eens&quot; (agree)</extracomment>
        <translation>agree</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="193"/>
        <source>Waar alle groepen het over eens zijn: %1.</source>
        <extracomment>Council report, summary; %1 = statements every group agrees on</extracomment>
        <translation>What every group agrees on: %1.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="203"/>
        <source>verschil naar</source>
        <extracomment>Council report, summary: a statement &quot;differs by&quot; age, village, ...</extracomment>
        <translation>differs by</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="207"/>
        <source>Waar het schuurt: %1.</source>
        <extracomment>Council report, summary; &quot;where it chafes&quot;: statements on which groups disagree</extracomment>
        <translation>Where it chafes: %1.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="219"/>
        <source>Tevredenheid over het meedoen: gemiddeld %1 van 5; %2% gaf een 4 of 5 (n = %3).</source>
        <extracomment>Council report, summary; %1 = mean score, %2 = percent who gave 4 or 5, %3 = answers</extracomment>
        <translation>Satisfaction with taking part: %1 out of 5 on average; %2% gave a 4 or 5 (n = %3).</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="228"/>
        <source>Bereik</source>
        <extracomment>Council report, section heading: who took part</extracomment>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="230"/>
        <source>Wie deed mee, per kanaal en naar wat mensen over zichzelf vertelden. Groepen van minder dan 5 mensen tonen we niet.</source>
        <extracomment>Council report, reach section, introduction</extracomment>
        <translation>Who took part, by channel and by what people told about themselves. Groups of fewer than 5 people are not shown.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="241"/>
        <source>niet ingevuld</source>
        <extracomment>Council report, reach table: participants who did not answer the question</extracomment>
        <translation>did not say</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="245"/>
        <source>Deelnemers per groep, in procenten</source>
        <extracomment>Council report, reach chart caption (the heading above names the question); n follows</extracomment>
        <translation>Participants per group, in percent</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="247"/>
        <source>Aantal en aandeel per groep</source>
        <extracomment>Council report, reach table caption under the chart; n follows</extracomment>
        <translation>Number and share per group</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="249"/>
        <location filename="../server/report/report.cpp" line="292"/>
        <location filename="../server/report/report.cpp" line="526"/>
        <source>Groep</source>
        <extracomment>Council report, table column header: the group (a village, an age band, ...)</extracomment>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="251"/>
        <location filename="../server/report/report.cpp" line="378"/>
        <location filename="../server/report/report.cpp" line="394"/>
        <location filename="../server/report/report.cpp" line="405"/>
        <location filename="../server/report/report.cpp" line="462"/>
        <location filename="../server/report/report.cpp" line="619"/>
        <source>Aantal</source>
        <extracomment>Council report, table column header: number of people or answers
----------
Workshop summary PDF, table column header</extracomment>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="253"/>
        <location filename="../server/report/report.cpp" line="340"/>
        <location filename="../server/report/report.cpp" line="380"/>
        <location filename="../server/report/report.cpp" line="396"/>
        <location filename="../server/report/report.cpp" line="407"/>
        <location filename="../server/report/report.cpp" line="464"/>
        <source>Aandeel</source>
        <extracomment>Council report, table column header: share in percent</extracomment>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="260"/>
        <source>Afspiegeling</source>
        <extracomment>Council report, section heading: representativeness against the residents</extracomment>
        <translation>Representativeness</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="262"/>
        <source>We vergelijken wie meedeed met wie er woont (inwonertallen van %1). De score loopt van 0 tot 100. Bij 100 zijn de deelnemers precies zo verdeeld als de inwoners. De verhouding zegt per groep hoe goed die meedeed: 1 is precies naar zijn aandeel, onder de 1 minder, boven de 1 meer. Hoe we de score berekenen, staat bij Methode en grenzen.</source>
        <extracomment>Council report, representativeness section introduction; %1 = reference year of the population figures</extracomment>
        <translation>We compare who took part with who lives here (population figures of %1). The score runs from 0 to 100. At 100 the participants are spread exactly like the residents. The ratio says per group how well it took part: 1 is exactly its share, below 1 less, above 1 more. How we compute the score is under Method and limits.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="275"/>
        <source>Te weinig deelnemers om iets te zeggen.</source>
        <extracomment>Council report, representativeness: fewer than 5 participants answered</extracomment>
        <translation>Too few participants to say anything.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="212"/>
        <source>Minder gehoord dan hun aandeel in de bevolking:</source>
        <extracomment>Council report, summary, above a list of the most under-represented groups in words</extracomment>
        <translation>Heard less than their share of the population:</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="279"/>
        <source>Afspiegeling: %1 van de 100 (n = %2).</source>
        <extracomment>Council report, representativeness; %1 = score 0..100, %2 = participants</extracomment>
        <translation>Representativeness: %1 out of 100 (n = %2).</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="282"/>
        <source>Deze groepen deden het minst mee, naar hun aandeel in de bevolking:</source>
        <extracomment>Council report, representativeness, above a list of the most under-represented groups</extracomment>
        <translation>These groups took part least, for their share of the population:</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="290"/>
        <source>Deelnemers en inwoners per groep, in procenten</source>
        <extracomment>Council report, representativeness table caption; n follows</extracomment>
        <translation>Participants and residents per group, in percent</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="294"/>
        <location filename="../server/report/report.cpp" line="621"/>
        <source>Deelnemers</source>
        <extracomment>Council report, representativeness table column: share of the participants
----------
Workshop summary PDF, table row: people who took part</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="296"/>
        <source>Inwoners</source>
        <extracomment>Council report, representativeness table column: share of the residents</extracomment>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="298"/>
        <source>Verhouding</source>
        <extracomment>Council report, representativeness table column: participants share divided by residents share</extracomment>
        <translation>Ratio</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="303"/>
        <source>Zonder cijfers over de inwoners</source>
        <extracomment>Council report, representativeness, sub-heading: the questions without population figures</extracomment>
        <translation>Without figures on the residents</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="305"/>
        <source>Voor deze vragen heeft het inhoudspakket geen cijfers over de inwoners. Daarom kunnen we hier de afspiegeling niet berekenen:</source>
        <extracomment>Council report, representativeness: the pack has no population figures for the questions listed below</extracomment>
        <translation>For these questions the content pack has no figures on the residents, so we cannot compute the representativeness here:</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="316"/>
        <source>Minder dan 5 antwoorden: niet getoond.</source>
        <extracomment>Council report, an activity with fewer than 5 answers</extracomment>
        <translation>Fewer than 5 answers: not shown.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="328"/>
        <source>Aandeel van de stippen per keuze, in procenten</source>
        <extracomment>Council report, dot voting chart caption; n follows</extracomment>
        <translation>Share of the dots per option, in percent</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="330"/>
        <source>Wie deze keuze maakte, in procenten</source>
        <extracomment>Council report, values chart caption: the share of the people who answered that chose each value; n follows</extracomment>
        <translation>Who made this choice, in percent</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="332"/>
        <source>Aantal en aandeel per keuze</source>
        <extracomment>Council report, table caption under a chart of choices; n follows</extracomment>
        <translation>Number and share per option</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="334"/>
        <location filename="../server/report/report.cpp" line="351"/>
        <source>Keuze</source>
        <extracomment>Council report, table column header: the option chosen</extracomment>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="336"/>
        <source>Stippen</source>
        <extracomment>Council report, table column header: dots given (dot voting)</extracomment>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="338"/>
        <source>Gekozen</source>
        <extracomment>Council report, table column header: how many chose it</extracomment>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="347"/>
        <source>Volgorde naar Borda-punten: eerste plaats levert het meeste op.</source>
        <extracomment>Council report, ranking: how the order is computed</extracomment>
        <translation>Order by Borda points: first place earns the most.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="349"/>
        <source>Punten, eerste plaatsen en gemiddelde plaats per keuze</source>
        <extracomment>Council report, ranking table caption; n follows</extracomment>
        <translation>Points, first places and average place per option</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="353"/>
        <source>Punten</source>
        <extracomment>Council report, ranking table column: Borda points</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="355"/>
        <source>Op één</source>
        <extracomment>Council report, ranking table column: share who put it first</extracomment>
        <translation>Ranked first</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="357"/>
        <source>Gemiddelde plaats</source>
        <extracomment>Council report, ranking table column: mean position (1 = first)</extracomment>
        <translation>Mean position</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="372"/>
        <source>Antwoorden per positie op de schuif, in procenten</source>
        <extracomment>Council report, dilemma chart caption: answers per slider position; n follows</extracomment>
        <translation>Answers per position on the slider, in percent</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="374"/>
        <source>Aantal en aandeel per positie</source>
        <extracomment>Council report, dilemma table caption under the chart; n follows</extracomment>
        <translation>Number and share per position</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="376"/>
        <source>Positie</source>
        <extracomment>Council report, dilemma table column: slider position</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="382"/>
        <source>De groep is verdeeld in twee kampen.</source>
        <extracomment>Council report, dilemma: the answers have two peaks</extracomment>
        <translation>The group is split into two camps.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="384"/>
        <source>De groep is niet in twee kampen verdeeld.</source>
        <translation>The group is not split into two camps.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="390"/>
        <source>%1 ideeën naar soort</source>
        <extracomment>Council report, table caption; %1 = number of ideas; kind = opportunity, concern or solution</extracomment>
        <translation>%1 ideas by kind</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="392"/>
        <source>Soort</source>
        <extracomment>Council report, ideas table column: opportunity, concern or solution</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="401"/>
        <source>%1 ideeën naar thema</source>
        <extracomment>Council report, table caption; %1 = number of ideas</extracomment>
        <translation>%1 ideas by theme</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="403"/>
        <source>Thema</source>
        <extracomment>Council report, ideas table column: theme</extracomment>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="424"/>
        <source>Stelling</source>
        <extracomment>Council report, statements table column: the statement</extracomment>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="426"/>
        <location filename="../server/report/report.cpp" line="528"/>
        <source>Eens</source>
        <extracomment>Council report, table column: percent who agree (of those who took a side)</extracomment>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="429"/>
        <source>Gewogen</source>
        <extracomment>Council report, statements table column: agree percent weighted by village population</extracomment>
        <translation>Weighted</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="431"/>
        <source>Eens (aantal)</source>
        <extracomment>Council report, statements table column: number who agree</extracomment>
        <translation>Agree (count)</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="433"/>
        <source>Oneens (aantal)</source>
        <extracomment>Council report, statements table column: number who disagree</extracomment>
        <translation>Disagree (count)</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="435"/>
        <source>Sloeg over</source>
        <extracomment>Council report, statements table column: number who passed</extracomment>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="438"/>
        <source>Belang­rijk</source>
        <extracomment>Council report, statements table column: number who marked it important to them. The soft hyphen (U+00AD) is where the word may break in a narrow column: put one in the translation too.</extracomment>
        <translation>Impor­tant</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="440"/>
        <source>Eens, oneens en overgeslagen per stelling</source>
        <extracomment>Council report, statements table caption; n follows</extracomment>
        <translation>Agreed, disagreed and passed per statement</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="456"/>
        <source>Antwoorden per cijfer van 1 (laag) tot 5 (hoog), in procenten</source>
        <extracomment>Council report, satisfaction chart caption: answers per score, 1 (low) to 5 (high); n follows</extracomment>
        <translation>Answers per score from 1 (low) to 5 (high), in percent</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="458"/>
        <source>Aantal en aandeel per cijfer</source>
        <extracomment>Council report, satisfaction table caption under the chart; n follows</extracomment>
        <translation>Number and share per score</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="460"/>
        <source>Cijfer</source>
        <extracomment>Council report, satisfaction table column: the score 1 to 5</extracomment>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="470"/>
        <source>Resultaten per fase</source>
        <extracomment>Council report, section heading</extracomment>
        <translation>Results per phase</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="478"/>
        <source>Fase</source>
        <extracomment>Council report, heading &quot;Fase 2: &lt;title&gt;&quot;</extracomment>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="485"/>
        <source>Deze fase komt nog.</source>
        <extracomment>Council report, a phase that has not started; the pack&apos;s text of what happens follows</extracomment>
        <translation>This phase is still to come.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="497"/>
        <source>Eensgezind en waar het schuurt</source>
        <extracomment>Council report, section heading: consensus and tension points</extracomment>
        <translation>Consensus and tension points</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="499"/>
        <source>Per stelling kijken we of groepen (kanaal, kern, leeftijd, relatie) het eens zijn. Eensgezind: in elke groep is 60% of meer het eens (of oneens). Het schuurt: in de ene groep is een meerderheid het eens, in de andere oneens, 30 procentpunten of meer uit elkaar.</source>
        <extracomment>Council report, consensus section: how consensus and tension are defined</extracomment>
        <translation>For every statement we look at whether groups (channel, village, age, relation) agree. Consensus: 60% or more agree (or disagree) in every group. Tension: a majority agrees in one group and disagrees in another, 30 points or more apart.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="503"/>
        <source>Eensgezind</source>
        <extracomment>Council report, sub-heading: statements every group agrees on</extracomment>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="505"/>
        <source>Waar het schuurt</source>
        <extracomment>Council report, sub-heading: statements on which groups disagree</extracomment>
        <translation>Where it chafes</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="509"/>
        <source>Er is geen stelling waar alle groepen het duidelijk over eens zijn.</source>
        <extracomment>Council report, consensus section: none found</extracomment>
        <translation>There is no statement on which every group clearly agrees.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="511"/>
        <source>Er is geen stelling waar groepen duidelijk tegenover elkaar staan.</source>
        <translation>There is no statement on which groups clearly stand against each other.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="539"/>
        <source>Tevredenheid over het meedoen</source>
        <extracomment>Council report, section heading: process satisfaction</extracomment>
        <translation>Satisfaction with taking part</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="543"/>
        <source>Iedereen</source>
        <extracomment>Council report, satisfaction table row: all participants</extracomment>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="550"/>
        <source>We vroegen: “%1”</source>
        <extracomment>Council report, satisfaction section: the question asked, in quotes; %1 = its text</extracomment>
        <translation>We asked: “%1”</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="553"/>
        <source>Tevredenheid per kanaal (1 tot 5)</source>
        <extracomment>Council report, table caption: satisfaction scores 1 to 5 per channel (kiosk, workshop, ...)</extracomment>
        <translation>Satisfaction by channel (1 to 5)</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="555"/>
        <source>Kanaal</source>
        <extracomment>Council report, table column: kiosk, workshop, event, ...</extracomment>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="557"/>
        <source>Gemiddeld</source>
        <extracomment>Council report, table column: mean score</extracomment>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="559"/>
        <source>4 of 5</source>
        <extracomment>Council report, table column: share who gave a 4 or a 5</extracomment>
        <translation>4 or 5</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="566"/>
        <source>Methode en grenzen</source>
        <extracomment>Council report, section heading: method and limits</extracomment>
        <translation>Method and limits</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="568"/>
        <source>Iedereen kon meedoen: bij een zuil, in een bijeenkomst, op een evenement of op papier. De deelnemers zijn dus geen steekproef: wie meedoet, kiest daar zelf voor. Daarom laten we zien wie we wel en niet bereikt hebben.</source>
        <extracomment>Council report, method: participants are self-selected, not a sample</extracomment>
        <translation>Anyone could take part: at a kiosk, in a workshop, at an event or on paper. The participants are therefore not a sample: they chose to take part. That is why we show whom we did and did not reach.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="571"/>
        <source>Wie een antwoord veranderde, telt één keer mee, met het laatste antwoord. Bij elk cijfer staat over hoeveel mensen (n) het gaat. Cijfers over minder dan 5 mensen tonen we nergens, zodat niemand te herkennen is.</source>
        <extracomment>Council report, method: changed answers and the minimum group of 5</extracomment>
        <translation>Someone who changed an answer counts once, with the latest answer. Every figure states how many people (n) it is about. Figures about fewer than 5 people are never shown, so no one can be recognised.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="574"/>
        <source>Bij stellingen staat naast het gewone percentage een gewogen percentage: zo tellen kernen die minder meededen zwaarder mee. Gewichten zijn begrensd tot 3 keer. De teksten van ideeën staan niet in dit verslag: ze worden eerst gelezen en staan in de export voor de gemeente.</source>
        <extracomment>Council report, method: weighting, and why idea texts are not in the report</extracomment>
        <translation>For statements a weighted percentage is given next to the plain one: villages that took part less count more. Weights are capped at 3 times. The texts of ideas are not in this report: they are read first and are in the export for the municipality.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="577"/>
        <source>De afspiegelingsscore is 100 × (1 − de totale-variatieafstand). Die afstand is de helft van de som van de verschillen tussen het aandeel van elke groep onder de deelnemers en onder de inwoners.</source>
        <extracomment>Council report, method: how the representativeness score is computed</extracomment>
        <translation>The representativeness score is 100 × (1 − the total variation distance). That distance is half the sum of the differences between each group&apos;s share among the participants and among the residents.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="589"/>
        <source>Verslag van de bijeenkomst</source>
        <extracomment>Workshop summary PDF, title when the room has no name</extracomment>
        <translation>Workshop report</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="591"/>
        <source>Verslag: %1</source>
        <extracomment>Workshop summary PDF, title; %1 = the room&apos;s title</extracomment>
        <translation>Workshop report: %1</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="601"/>
        <source>Kern: %1.</source>
        <extracomment>Workshop summary PDF; %1 = the village (kern) of the room</extracomment>
        <translation>Village: %1.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="604"/>
        <source>Begonnen: %1.</source>
        <extracomment>Workshop summary PDF; %1 = date and time the room started</extracomment>
        <translation>Started: %1.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="607"/>
        <source>Afgesloten: %1.</source>
        <extracomment>Workshop summary PDF; %1 = date and time the room ended</extracomment>
        <translation>Ended: %1.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="609"/>
        <source>%1. %2. Versie van het inhoudspakket: %3.</source>
        <extracomment>Workshop summary PDF; %1 = content pack title, %2 = municipality, %3 = pack version</extracomment>
        <translation>%1. %2. Content pack version: %3.</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="613"/>
        <source>Aantallen</source>
        <extracomment>Workshop summary PDF, section heading</extracomment>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="615"/>
        <source>De bijeenkomst in aantallen</source>
        <extracomment>Workshop summary PDF, table caption</extracomment>
        <translation>The workshop in numbers</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="617"/>
        <source>Wat</source>
        <extracomment>Workshop summary PDF, table column header</extracomment>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="623"/>
        <source>Antwoorden ontvangen</source>
        <extracomment>Workshop summary PDF, table row</extracomment>
        <translation>Answers received</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="625"/>
        <source>Tablets</source>
        <extracomment>Workshop summary PDF, table row: tablets in the room</extracomment>
        <translation>Tablets</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="641"/>
        <source>Wat inwoners zeiden</source>
        <extracomment>Council report, title</extracomment>
        <translation>What residents said</translation>
    </message>
    <message>
        <location filename="../server/report/report.cpp" line="649"/>
        <source>Versie van het inhoudspakket: %1.</source>
        <extracomment>Council report, under the title; %1 = content pack version</extracomment>
        <translation>Content pack version: %1.</translation>
    </message>
</context>
<context>
    <name>samenspraak::report::Triptych</name>
    <message>
        <location filename="../server/report/triptych.cpp" line="72"/>
        <source>1 · Waarden</source>
        <extracomment>Triptych (one A3 page), panel 1 label (phase 1)</extracomment>
        <translation>1 · Values</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="74"/>
        <source>Onze waarden</source>
        <extracomment>Triptych (one A3 page), panel 1 title</extracomment>
        <translation>Our values</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="84"/>
        <source>Nog te weinig antwoorden over de waarden.</source>
        <extracomment>Triptych (one A3 page), panel 1: fewer than 5 answers</extracomment>
        <translation>Too few answers about the values yet.</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="88"/>
        <source>Wat inwoners het vaakst kozen (%1):</source>
        <extracomment>Triptych (one A3 page), panel 1 lead; %1 = &quot;n = 1.234&quot;</extracomment>
        <translation>What residents chose most often (%1):</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="91"/>
        <source>%1: gekozen door %2% (%3&#xa0;van&#xa0;%4)</source>
        <extracomment>Triptych (one A3 page), panel 1 finding; %1 = value, %2 = percent, %3 of %4 people</extracomment>
        <translation>%1: chosen by %2% (%3&#xa0;of&#xa0;%4)</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="105"/>
        <source>de toekomst</source>
        <extracomment>Triptych, panel 2 title &quot;Wat we willen voor %1&quot; when the pack gives no year</extracomment>
        <translation>the future</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="107"/>
        <source>2 · Toekomstbeeld</source>
        <extracomment>Triptych (one A3 page), panel 2 label (phase 2, the vision)</extracomment>
        <translation>2 · Vision</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="109"/>
        <source>Wat we willen voor %1</source>
        <extracomment>Triptych (one A3 page), panel 2 title; %1 = the horizon year (2040) or &quot;de toekomst&quot;</extracomment>
        <translation>What we want for %1</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="135"/>
        <source>%1% is het eens met: “%2” (%3)</source>
        <extracomment>Triptych (one A3 page), panel 2 finding; %1 = percent, %2 = statement, %3 = &quot;n = ...&quot;</extracomment>
        <translation>%1% agree: “%2” (%3)</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="137"/>
        <source>%1% is het oneens met: “%2” (%3)</source>
        <translation>%1% disagree: “%2” (%3)</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="149"/>
        <source>Hier verschillen groepen van mening: “%1” (%2% eens, %3)</source>
        <extracomment>Triptych (one A3 page), panel 2 finding: a statement groups disagree on; %2 = agree percent, %3 = &quot;n = ...&quot;</extracomment>
        <translation>Groups differ here: “%1” (%2% agree, %3)</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="156"/>
        <source>Hier zijn inwoners verdeeld: “%1” (%2% eens, %3)</source>
        <extracomment>Triptych (one A3 page), panel 2 finding: about as many agree as disagree; %2 = agree percent, %3 = &quot;n = ...&quot;</extracomment>
        <translation>Residents are divided on: “%1” (%2% agree, %3)</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="175"/>
        <source>%1 %2% kiest meer voor “%3”, %4% meer voor “%5” (%6).</source>
        <extracomment>Triptych (one A3 page), panel 2 dilemma finding; %1 = dilemma title, %2/%4 = percent towards pole %3/%5, %6 = &quot;n = ...&quot;</extracomment>
        <translation>%1 %2% lean to “%3”, %4% to “%5” (%6).</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="183"/>
        <source>De meningen zijn verdeeld in twee kampen.</source>
        <extracomment>Triptych (one A3 page), panel 2: the dilemma answers have two peaks</extracomment>
        <translation>Opinion is split into two camps.</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="188"/>
        <source>%1 ideeën, het vaakst over %2 (%3%, %4)</source>
        <extracomment>Triptych (one A3 page), panel 2 finding; %1 = ideas, %2 = most frequent theme, %3 = percent, %4 = &quot;n = ...&quot;</extracomment>
        <translation>%1 ideas, most often about %2 (%3%, %4)</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="197"/>
        <location filename="../server/report/triptych.cpp" line="238"/>
        <source>Nog te weinig antwoorden om iets te zeggen.</source>
        <extracomment>Triptych (one A3 page), a panel with fewer than 5 answers</extracomment>
        <translation>Too few answers to say anything yet.</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="205"/>
        <source>3 · Aan de slag</source>
        <extracomment>Triptych (one A3 page), panel 3 label (phase 3, action)</extracomment>
        <translation>3 · Action</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="208"/>
        <source>Waar we tot %1 aan werken</source>
        <extracomment>Triptych (one A3 page), panel 3 title; %1 = horizon year (2030)</extracomment>
        <translation>Where to act by %1</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="210"/>
        <source>Waar we eerst aan werken</source>
        <extracomment>Triptych (one A3 page), panel 3 title without a horizon year</extracomment>
        <translation>Where to act first</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="219"/>
        <source>%1 (%2):</source>
        <extracomment>Triptych (one A3 page), panel 3: activity title and &quot;n = ...&quot; before its findings</extracomment>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="222"/>
        <source>%1: %2% van de stippen</source>
        <extracomment>Triptych (one A3 page), panel 3 finding: option and its share of the dots</extracomment>
        <translation>%1: %2% of the dots</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="226"/>
        <source>Bovenaan bij “%1”: %2, door %3% op één gezet (%4)</source>
        <extracomment>Triptych (one A3 page), panel 3 ranking finding; %1 = activity, %2 = top option, %3 = percent who put it first, %4 = &quot;n = ...&quot;</extracomment>
        <translation>Top of “%1”: %2, ranked first by %3% (%4)</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="236"/>
        <source>Komt nog</source>
        <extracomment>Triptych (one A3 page), panel 3: the phase has not started</extracomment>
        <translation>Still to come</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="336"/>
        <source>In één oogopslag: wat inwoners zeiden</source>
        <extracomment>Triptych (one A3 page), title</extracomment>
        <translation>At a glance: what residents said</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="338"/>
        <source>%1 · %2 mensen deden mee · stand van %3</source>
        <extracomment>Triptych (one A3 page), subtitle; %1 = process title, %2 = participants, %3 = date</extracomment>
        <translation>%1 · %2 people took part · as of %3</translation>
    </message>
    <message>
        <location filename="../server/report/triptych.cpp" line="342"/>
        <source>n = het aantal mensen dat antwoord gaf. Cijfers over minder dan 5 mensen tonen we niet. Alle cijfers en hoe we ze berekenen staan in het verslag. %1, inhoudspakket %2.</source>
        <extracomment>Triptych (one A3 page), footer; %1 = municipality, %2 = content pack version</extracomment>
        <translation>n = the number of people who answered. Figures about fewer than 5 people are not shown. Every figure and how it is computed is in the report. %1, content pack %2.</translation>
    </message>
</context>
<context>
    <name>samenspraak::results</name>
    <message>
        <location filename="../core/resultssummary.cpp" line="133"/>
        <source>%1 buitengebied</source>
        <extracomment>A village&apos;s countryside in the representativeness figures; %1 = the village (&quot;Lemelerveld buitengebied&quot;)</extracomment>
        <translation>%1 countryside</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="136"/>
        <source>%1 dorp</source>
        <extracomment>A village itself, without its countryside, in the representativeness figures; %1 = the village</extracomment>
        <translation>%1 village</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="188"/>
        <source>minder dan 1%</source>
        <extracomment>A share above zero that rounds to 0%</extracomment>
        <translation>less than 1%</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="207"/>
        <source>kans</source>
        <extracomment>The kind of an idea, in lower case: an opportunity</extracomment>
        <translation>opportunity</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="209"/>
        <source>zorg</source>
        <extracomment>The kind of an idea, in lower case: a concern</extracomment>
        <translation>concern</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="211"/>
        <source>oplossing</source>
        <extracomment>The kind of an idea, in lower case: a solution</extracomment>
        <translation>solution</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="220"/>
        <source>Kanaal</source>
        <extracomment>How someone took part (at a kiosk, in a workshop, ...): a heading of the figures by group</extracomment>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="257"/>
        <source>Zuil</source>
        <extracomment>Channel: answers given at a kiosk (zuil)</extracomment>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="259"/>
        <source>Bijeenkomst</source>
        <extracomment>Channel: answers given in a workshop on tablets</extracomment>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="261"/>
        <source>Evenement</source>
        <extracomment>Channel: answers given at an event (a market, a fair)</extracomment>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="263"/>
        <source>Met hulp</source>
        <extracomment>Channel: answers entered by staff on someone&apos;s behalf</extracomment>
        <translation>Assisted</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="265"/>
        <source>Papier</source>
        <extracomment>Channel: answers given on paper and typed in</extracomment>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="288"/>
        <source>minder dan %1 deelnemers</source>
        <translation>fewer than %1 participants</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="290"/>
        <source>%1 van de deelnemers</source>
        <extracomment>A group&apos;s share of the participants; %1 = &quot;6%&quot;</extracomment>
        <translation>%1 of participants</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="292"/>
        <source>%1, %2 van de inwoners</source>
        <extracomment>A group&apos;s shares: %1 = &quot;6% van de deelnemers&quot;, %2 = its share of the residents (&quot;8%&quot;)</extracomment>
        <translation>%1, %2 of residents</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="342"/>
        <source>Kern en buitengebied</source>
        <extracomment>Representativeness heading: villages with their countryside apart</extracomment>
        <translation>Village and countryside</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="344"/>
        <source>Kern</source>
        <extracomment>Representativeness heading: whole villages</extracomment>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="781"/>
        <source>Groepen van minder dan %1 deelnemers tonen we niet, zodat niemand herkenbaar is.</source>
        <extracomment>The minimum-group rule, for staff; %1 = the minimum group size (5)</extracomment>
        <translation>Groups of fewer than %1 participants are not shown, so nobody can be recognised.</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="795"/>
        <source>Deze ronde heeft geen inwonertallen per kern, dus de afspiegeling is niet te berekenen.</source>
        <extracomment>Representativeness for staff, when the content pack has no population figures</extracomment>
        <translation>This round has no reference population per village, so representativeness cannot be computed.</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="803"/>
        <source>Minder dan %1 deelnemers zeiden waar ze wonen: nog geen afspiegeling.</source>
        <extracomment>Representativeness for staff, too early to say; %1 = the minimum group size (5)</extracomment>
        <translation>Fewer than %1 participants said where they live: no representativeness yet.</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="810"/>
        <source>%1 deelnemers zeiden waar ze wonen. Afspiegeling per kern: %2 van de 100 (100: precies zoals de inwoners).</source>
        <extracomment>Representativeness for staff; %1 = participants who gave their village, %2 = score 0..100</extracomment>
        <translation>%1 participants said where they live. Representativeness by village: %2 out of 100 (100: exactly like the residents).</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="818"/>
        <source> (verhouding %1)</source>
        <extracomment>After a village&apos;s shares: participants share divided by residents share; %1 = &quot;1,13&quot;</extracomment>
        <translation> (ratio %1)</translation>
    </message>
    <message>
        <location filename="../core/resultssummary.cpp" line="867"/>
        <source>Het inhoudspakket heeft hiervoor geen referentiecijfers.</source>
        <extracomment>Results JSON: a profile question the pack has no population figures for</extracomment>
        <translation>The content pack has no reference population for this.</translation>
    </message>
</context>
<context>
    <name>samenspraak::sync::SyncClient</name>
    <message>
        <location filename="../sync/syncclient.cpp" line="70"/>
        <source>The municipality has revoked this device: it may no longer send. The answers stay saved here; ask staff to enroll it again.</source>
        <translation>The municipality has revoked this device: it may no longer send. The answers stay saved here; ask staff to enroll it again.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="72"/>
        <source>The server does not know this device. Ask staff for an enrollment code and enroll it; the answers stay saved here.</source>
        <translation>The server does not know this device. Ask staff for an enrollment code and enroll it; the answers stay saved here.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="196"/>
        <location filename="../sync/syncclient.cpp" line="203"/>
        <location filename="../sync/syncclient.cpp" line="216"/>
        <source>Could not write to the local database before sending.</source>
        <translation>Could not write to the local database before sending.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="175"/>
        <location filename="../sync/syncclient.cpp" line="183"/>
        <location filename="../sync/syncclient.cpp" line="225"/>
        <source>Could not record the server&apos;s acknowledgements locally.</source>
        <translation>Could not record the server&apos;s acknowledgements locally.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="314"/>
        <source>The server acknowledged none of the records sent.</source>
        <translation>The server acknowledged none of the records sent.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="455"/>
        <source>Storage full: this device has no room left. The answers stay saved; free up space and sending continues.</source>
        <extracomment>Shown in the facilitator menu&apos;s connection line when the tablet&apos;s own storage is full while sending.</extracomment>
        <translation>Storage full: this device has no room left. The answers stay saved; free up space and sending continues.</translation>
    </message>
</context>
</TS>
