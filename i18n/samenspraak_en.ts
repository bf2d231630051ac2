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
        <location filename="../qml/FacilitatorOverlay.qml" line="175"/>
        <source>Nog te versturen</source>
        <extracomment>Facilitator menu: answers not yet sent to the municipality</extracomment>
        <translation>Still to send</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FacilitatorOverlay.qml" line="175"/>
        <location filename="../qml/FacilitatorOverlay.qml" line="177"/>
        <source>%n antwoorden</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="177"/>
        <source>Apart gezet</source>
        <extracomment>Facilitator menu: answers the server refused, kept aside</extracomment>
        <translation>Kept aside</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="179"/>
        <source>Laatst verstuurd</source>
        <extracomment>Facilitator menu: when the last upload succeeded</extracomment>
        <translation>Last sent</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="181"/>
        <source>Verbinding</source>
        <extracomment>Facilitator menu: the state of the connection to the server</extracomment>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="183"/>
        <source>Nog op dit apparaat</source>
        <extracomment>Facilitator menu: personal answers (free text, profile) still stored on this device, and how many were removed after sending</extracomment>
        <translation>Still on this device</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="185"/>
        <source>Vrije opslag</source>
        <extracomment>Facilitator menu: free storage on the device</extracomment>
        <translation>Free storage</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="187"/>
        <source>Deelnemers hier</source>
        <extracomment>Facilitator menu: people who took part on this device</extracomment>
        <translation>Participants here</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="189"/>
        <source>Inhoud</source>
        <extracomment>Facilitator menu: the content pack in use</extracomment>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="191"/>
        <source>App</source>
        <extracomment>Facilitator menu: the app&apos;s version</extracomment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="193"/>
        <source>Apparaat</source>
        <extracomment>Facilitator menu: the device&apos;s id</extracomment>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="195"/>
        <source>Voorlezen</source>
        <extracomment>Facilitator menu: whether &quot;Lees voor&quot; works here, and if not why</extracomment>
        <translation>Reading aloud</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="217"/>
        <source>Nu versturen</source>
        <extracomment>Facilitator menu: upload the answers now</extracomment>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="231"/>
        <source>Versturen: %1%</source>
        <extracomment>Facilitator menu: upload progress, read out; %1 percent</extracomment>
        <translation>Sending: %1%</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="251"/>
        <source>Laatste fout bij bewaren: %1</source>
        <extracomment>Facilitator menu: the technical reason the last answer was not saved; %1 the reason</extracomment>
        <translation>Last error while saving: %1</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="264"/>
        <source>Stand</source>
        <extracomment>Facilitator menu: how the device is used</extracomment>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="272"/>
        <source>Zuil</source>
        <extracomment>Facilitator menu: kiosk mode</extracomment>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="274"/>
        <source>Mensen lopen zelf langs en doen mee zonder hulp.</source>
        <extracomment>Facilitator menu: what kiosk mode means</extracomment>
        <translation>People walk up and take part without help.</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="283"/>
        <source>Werksessie</source>
        <extracomment>Facilitator menu: workshop mode</extracomment>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="285"/>
        <source>Een begeleider leidt een bijeenkomst; het scherm wacht langer.</source>
        <extracomment>Facilitator menu: what workshop mode means</extracomment>
        <translation>A facilitator runs a session; the screen waits longer.</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="292"/>
        <source>Taal bij de start</source>
        <extracomment>Facilitator menu: the language every session starts in</extracomment>
        <translation>Language at the start</translation>
    </message>
    <message>
        <location filename="../qml/FacilitatorOverlay.qml" line="320"/>
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
        <location filename="../qml/NavBar.qml" line="117"/>
        <source>Je antwoord is nog niet af.</source>
        <extracomment>Shown above &quot;Verder&quot; when it is tapped and the answer is not complete yet</extracomment>
        <translation>Your answer is not complete yet.</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="131"/>
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
    <name>OthersSaid</name>
    <message>
        <location filename="../qml/OthersSaid.qml" line="47"/>
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
        <location filename="../qml/ScreenSatisfaction.qml" line="45"/>
        <source>%1: %2</source>
        <extracomment>Read out for a satisfaction score; %1 the number, %2 its words</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ScreenSatisfaction.qml" line="93"/>
        <source>Tik hier als je nog iets wilt zeggen</source>
        <extracomment>Placeholder in the remark box on the satisfaction screen</extracomment>
        <translation>Tap here if you want to add something</translation>
    </message>
</context>
<context>
    <name>ScreenStart</name>
    <message>
        <location filename="../qml/ScreenStart.qml" line="145"/>
        <source>Wat is er met je inbreng gedaan?</source>
        <extracomment>Attract screen: opens the page of what the municipality did with residents&apos; input</extracomment>
        <translation>What was done with your input?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="106"/>
        <source>Doe mee</source>
        <extracomment>The big button on the attract screen that starts a participant&apos;s session</extracomment>
        <translation>Take part</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenStart.qml" line="129"/>
        <source>Al %n mensen deden hier mee.</source>
        <extracomment>How many people took part already on this device; %n is the number</extracomment>
        <translation>
            <numerusform>%n person has taken part here.</numerusform>
            <numerusform>%n people have taken part here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="131"/>
        <source>Wees de eerste die hier meedoet!</source>
        <extracomment>Attract screen, before anyone took part</extracomment>
        <translation>Be the first to take part here!</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="213"/>
        <source>Fase %1 · nu open</source>
        <extracomment>Attract screen timeline, a phase open for input; %1 its number</extracomment>
        <translation>Phase %1 · open now</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="216"/>
        <source>Fase %1 · klaar</source>
        <extracomment>Attract screen timeline, a finished phase; %1 its number</extracomment>
        <translation>Phase %1 · done</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="218"/>
        <source>Fase %1 · komt nog</source>
        <extracomment>Attract screen timeline, a phase that starts later; %1 its number</extracomment>
        <translation>Phase %1 · still to come</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStart.qml" line="254"/>
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
        <location filename="../qml/ScreenStatements.qml" line="26"/>
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
        <location filename="../qml/ScreenStatements.qml" line="62"/>
        <source>Eens</source>
        <extracomment>Answer to a statement</extracomment>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="72"/>
        <source>Oneens</source>
        <extracomment>Answer to a statement</extracomment>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="82"/>
        <source>Geen mening</source>
        <extracomment>Answer to a statement: no opinion / pass</extracomment>
        <translation>No opinion</translation>
    </message>
    <message>
        <location filename="../qml/ScreenStatements.qml" line="91"/>
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
        <location filename="../qml/ScreenThanks.qml" line="90"/>
        <source>QR-code naar de website van de gemeente</source>
        <extracomment>Read out for the QR code on the thank-you screen</extracomment>
        <translation>QR code to the municipality&apos;s website</translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="113"/>
        <source>Wat zeiden anderen?</source>
        <extracomment>Thank-you screen: heading above the results of others</extracomment>
        <translation>What did others say?</translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="120"/>
        <source>Zodra meer mensen hebben meegedaan, zie je hier wat anderen kozen.</source>
        <extracomment>Thank-you screen, while too few people took part to show results</extracomment>
        <translation>Once more people have taken part, you will see here what others chose.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenThanks.qml" line="161"/>
        <source>Dit zijn de antwoorden van %n mensen op dit apparaat.</source>
        <extracomment>Thank-you screen, under the results; %n participants on this device</extracomment>
        <translation>
            <numerusform>These are the answers of %n person on this device.</numerusform>
            <numerusform>These are the answers of %n people on this device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenThanks.qml" line="176"/>
        <source>Dit scherm gaat over %n seconden terug naar het begin.</source>
        <extracomment>Countdown on the thank-you screen; %n is seconds</extracomment>
        <translation>
            <numerusform>This screen goes back to the start in %n second.</numerusform>
            <numerusform>This screen goes back to the start in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ScreenThanks.qml" line="187"/>
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
        <location filename="../qml/SessionBar.qml" line="56"/>
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
        <location filename="../app/flowcontroller.cpp" line="109"/>
        <source>Deel %1 van %2</source>
        <extracomment>Progress along the top on a part&apos;s introduction; %1 this part, %2 how many parts</extracomment>
        <translation>Part %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/flowcontroller.cpp" line="111"/>
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
    <name>samenspraak::ProfileModel</name>
    <message>
        <location filename="../app/profilemodel.cpp" line="119"/>
        <source>Je kunt kiezen uit: %1. Deze vraag mag je overslaan.</source>
        <extracomment>Read aloud after a profile question; %1 the answers one can choose</extracomment>
        <translation>You can choose from: %1. You may skip this question.</translation>
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
        <location filename="../app/resultsmodel.cpp" line="75"/>
        <source>%1% koos deze waarde.</source>
        <extracomment>Thank-you screen: %1 percent of participants picked this value</extracomment>
        <translation>%1% chose this value.</translation>
    </message>
    <message>
        <location filename="../app/resultsmodel.cpp" line="78"/>
        <source>%1% is het eens met: “%2”</source>
        <extracomment>Thank-you screen: the statement most agree with; %1 percent, %2 the statement</extracomment>
        <translation>%1% agree with: “%2”</translation>
    </message>
    <message>
        <location filename="../app/resultsmodel.cpp" line="81"/>
        <source>Hierover denken mensen het meest verschillend (%1% eens): “%2”</source>
        <extracomment>Thank-you screen: the statement that divides people most; %1 percent agreeing, %2 the statement</extracomment>
        <translation>People disagree most about this (%1% agree): “%2”</translation>
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
        <location filename="../app/sessioncontroller.cpp" line="57"/>
        <source>Meedoen lukt nu niet. Meld dit bij een medewerker.</source>
        <extracomment>Shown to the participant when a new session could not be started on the device</extracomment>
        <translation>Taking part does not work right now. Please tell a member of staff.</translation>
    </message>
    <message>
        <location filename="../app/sessioncontroller.cpp" line="60"/>
        <source>Dit antwoord kunnen we zo niet bewaren. Verander je antwoord of tik op Sla over.</source>
        <extracomment>Shown to the participant when their answer does not fit the question (should not happen)</extracomment>
        <translation>We cannot save this answer as it is. Change your answer or tap Skip.</translation>
    </message>
    <message>
        <location filename="../app/sessioncontroller.cpp" line="63"/>
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
        <location filename="../app/syncservice.cpp" line="22"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="48"/>
        <source>%n with free text or a profile</source>
        <extracomment>Facilitator menu, &quot;Nog op dit apparaat&quot;: answers with free text or a profile still readable on this tablet</extracomment>
        <translation>
            <numerusform>%n with free text or a profile</numerusform>
            <numerusform>%n with free text or a profile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="51"/>
        <source>%n removed after sending</source>
        <extracomment>Facilitator menu, &quot;Nog op dit apparaat&quot;: answers whose free text or profile was removed after the server got them</extracomment>
        <translation>
            <numerusform>%n removed after sending</numerusform>
            <numerusform>%n removed after sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="54"/>
        <source>%n not sent again after the server was restored</source>
        <extracomment>Facilitator menu: answers already removed here, so not sent again after the server was restored from a backup</extracomment>
        <translation>
            <numerusform>%n not sent again after the server was restored</numerusform>
            <numerusform>%n not sent again after the server was restored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="96"/>
        <source>Sending to the room&apos;s hub...</source>
        <extracomment>Facilitator menu, connection line: the tablet sends its answers to the facilitator&apos;s tablet (the room hub)</extracomment>
        <translation>Sending to the room&apos;s hub...</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="118"/>
        <source>Room hub not reachable</source>
        <extracomment>Facilitator menu, connection line: the facilitator&apos;s tablet (room hub) cannot be reached</extracomment>
        <translation>Room hub not reachable</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="121"/>
        <source>Everything is sent to the room&apos;s hub</source>
        <extracomment>Facilitator menu, connection line: every answer reached the facilitator&apos;s tablet (the room hub)</extracomment>
        <translation>Everything is sent to the room&apos;s hub</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="123"/>
        <source>No server set: answers stay on this device</source>
        <translation>No server set: answers stay on this device</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="129"/>
        <source>No network: answers stay on this device</source>
        <translation>No network: answers stay on this device</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="134"/>
        <location filename="../app/syncservice.cpp" line="158"/>
        <source>Everything is sent</source>
        <translation>Everything is sent</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="146"/>
        <source>Sending...</source>
        <translation>Sending...</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="157"/>
        <source>Sent; %n answer(s) kept aside for staff</source>
        <translation>
            <numerusform>Sent; %n answer kept aside for staff</numerusform>
            <numerusform>Sent; %n answers kept aside for staff</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="162"/>
        <source>Server not reachable</source>
        <translation>Server not reachable</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="168"/>
        <source>The server refused the upload: %1</source>
        <translation>The server refused the upload: %1</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="183"/>
        <source>%1, trying again in %2 s</source>
        <translation>%1, trying again in %2 s</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="205"/>
        <source>Server not reachable for new content</source>
        <translation>Server not reachable for new content</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="221"/>
        <source>The server was restored from a backup; sending the answers again</source>
        <translation>The server was restored from a backup; sending the answers again</translation>
    </message>
</context>
<context>
    <name>samenspraak::sync::SyncClient</name>
    <message>
        <location filename="../sync/syncclient.cpp" line="68"/>
        <source>The municipality has revoked this device: it may no longer send. The answers stay saved here; ask staff to enroll it again.</source>
        <translation>The municipality has revoked this device: it may no longer send. The answers stay saved here; ask staff to enroll it again.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="70"/>
        <source>The server does not know this device. Ask staff for an enrollment code and enroll it; the answers stay saved here.</source>
        <translation>The server does not know this device. Ask staff for an enrollment code and enroll it; the answers stay saved here.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="128"/>
        <source>Could not write to the local database before sending.</source>
        <translation>Could not write to the local database before sending.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="218"/>
        <location filename="../sync/syncclient.cpp" line="238"/>
        <location filename="../sync/syncclient.cpp" line="256"/>
        <source>Could not record the server&apos;s acknowledgements locally.</source>
        <translation>Could not record the server&apos;s acknowledgements locally.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="243"/>
        <source>The server acknowledged none of the records sent.</source>
        <translation>The server acknowledged none of the records sent.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="352"/>
        <source>Storage full: this device has no room left. The answers stay saved; free up space and sending continues.</source>
        <extracomment>Shown in the facilitator menu&apos;s connection line when the tablet&apos;s own storage is full while sending.</extracomment>
        <translation>Storage full: this device has no room left. The answers stay saved; free up space and sending continues.</translation>
    </message>
</context>
</TS>
