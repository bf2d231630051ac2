<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>FacilitatorOverlay</name>
    <message numerus="yes">
        <location filename="../qml/FacilitatorOverlay.qml" line="137" />
        <source>Te vaak een verkeerde pincode. Probeer het over %n seconden opnieuw.</source>
        <extracomment>Facilitator PIN pad, after too many wrong PINs; %n seconds to wait</extracomment>
        <translation>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FacilitatorOverlay.qml" line="139" />
        <source>Verkeerde pincode. Nog %n pogingen, daarna gaat het menu even op slot.</source>
        <extracomment>Facilitator PIN pad, after a wrong PIN; %n tries left before a lockout</extracomment>
        <translation>
            <numerusform>Verkeerde pincode. Nog %n poging, daarna gaat het menu even op slot.</numerusform>
            <numerusform>Verkeerde pincode. Nog %n pogingen, daarna gaat het menu even op slot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FacilitatorOverlay.qml" line="174" />
        <location filename="../qml/FacilitatorOverlay.qml" line="176" />
        <source>%n antwoorden</source>
        <translation>
            <numerusform>%n antwoord</numerusform>
            <numerusform>%n antwoorden</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <location filename="../qml/IdleOverlay.qml" line="38" />
        <source>Over %n seconden begint het scherm opnieuw, voor de volgende persoon.</source>
        <extracomment>Inactivity warning; %n seconds until the screen starts over</extracomment>
        <translation>
            <numerusform>Over %n seconde begint het scherm opnieuw, voor de volgende persoon.</numerusform>
            <numerusform>Over %n seconden begint het scherm opnieuw, voor de volgende persoon.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../qml/PinPad.qml" line="21" />
        <source>%n cijfers ingevoerd</source>
        <extracomment>PIN pad, read out: how many digits are typed</extracomment>
        <translation>
            <numerusform>%n cijfer ingevoerd</numerusform>
            <numerusform>%n cijfers ingevoerd</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>RoomScreensCard</name>
    <message numerus="yes">
        <location filename="../qml/RoomScreensCard.qml" line="65" />
        <source>Teksten beoordelen (%n)</source>
        <extracomment>Facilitator menu: open the moderation queue; %n texts wait</extracomment>
        <translation>
            <numerusform>Teksten beoordelen (%n)</numerusform>
            <numerusform>Teksten beoordelen (%n)</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ScreenDots</name>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="18" />
        <source>Verdeel eerst alle punten. Je hebt er nog %n over.</source>
        <extracomment>Points screen, shown above "Verder" until every point is divided; %n points left</extracomment>
        <translation>
            <numerusform>Verdeel eerst alle punten. Je hebt er nog %n over.</numerusform>
            <numerusform>Verdeel eerst alle punten. Je hebt er nog %n over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="38" />
        <source>Je hebt nog %n punten over.</source>
        <extracomment>Points screen; %n points still to divide</extracomment>
        <translation>
            <numerusform>Je hebt nog %n punt over.</numerusform>
            <numerusform>Je hebt nog %n punten over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="40" />
        <source>Je hebt nog %n stippen over.</source>
        <extracomment>Dots screen; %n dots still to give</extracomment>
        <translation>
            <numerusform>Je hebt nog %n stip over.</numerusform>
            <numerusform>Je hebt nog %n stippen over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="130" />
        <source>%n punten</source>
        <extracomment>Points given to one option</extracomment>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenDots.qml" line="132" />
        <source>%n stippen</source>
        <extracomment>Dots given to one option</extracomment>
        <translation>
            <numerusform>%n stip</numerusform>
            <numerusform>%n stippen</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ScreenStart</name>
    <message numerus="yes">
        <location filename="../qml/ScreenStart.qml" line="123" />
        <source>Al %n mensen deden hier mee.</source>
        <extracomment>How many people took part already on this device; %n is the number</extracomment>
        <translation>
            <numerusform>Al %n persoon deed hier mee.</numerusform>
            <numerusform>Al %n mensen deden hier mee.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ScreenThanks</name>
    <message numerus="yes">
        <location filename="../qml/ScreenThanks.qml" line="92" />
        <source>Dit zijn de antwoorden van %n mensen op dit apparaat.</source>
        <extracomment>Thank-you screen, under the results; %n participants on this device</extracomment>
        <translation>
            <numerusform>Dit zijn de antwoorden van %n persoon op dit apparaat.</numerusform>
            <numerusform>Dit zijn de antwoorden van %n mensen op dit apparaat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScreenThanks.qml" line="107" />
        <source>Dit scherm gaat over %n seconden terug naar het begin.</source>
        <extracomment>Countdown on the thank-you screen; %n is seconds</extracomment>
        <translation>
            <numerusform>Dit scherm gaat over %n seconde terug naar het begin.</numerusform>
            <numerusform>Dit scherm gaat over %n seconden terug naar het begin.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>samenspraak::ContentUpdater</name>
    <message>
        <location filename="../app/contentupdater.cpp" line="65" />
        <source>the content the server sent does not match its ETag (a captive portal or proxy?)</source>
        <translation>de inhoud die de server stuurde klopt niet met zijn ETag (een inlogpagina van het wifi-netwerk of een proxy?)</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="72" />
        <source>the server's content pack is not valid here (%1: %2); keeping version %3</source>
        <translation>het inhoudspakket van de server is hier niet geldig (%1: %2); versie %3 blijft in gebruik</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="102" />
        <source>content version %1 is ready; it starts with the next participant</source>
        <translation>inhoud versie %1 staat klaar; die begint bij de volgende deelnemer</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="103" />
        <source>content version %1 is up to date</source>
        <translation>inhoud versie %1 is actueel</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="105" />
        <source>content version %1 installed; it starts with the next participant</source>
        <translation>inhoud versie %1 is geïnstalleerd; die begint bij de volgende deelnemer</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="106" />
        <source>content version %1 installed and in use</source>
        <translation>inhoud versie %1 is geïnstalleerd en in gebruik</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="108" />
        <source>the server publishes no content yet; keeping version %1</source>
        <translation>de server heeft nog geen inhoud gepubliceerd; versie %1 blijft in gebruik</translation>
    </message>
    <message>
        <location filename="../app/contentupdater.cpp" line="112" />
        <source>content not checked: %1</source>
        <translation>inhoud niet gecontroleerd: %1</translation>
    </message>
</context>
<context>
    <name>samenspraak::ModerationQueue</name>
    <message numerus="yes">
        <location filename="../app/moderationqueue.cpp" line="65" />
        <source>%n teksten wachten op je oordeel. Alleen goedgekeurde tekst komt op het scherm.</source>
        <extracomment>The moderation queue&apos;s top line; %n texts wait for approval or rejection.</extracomment>
        <translation>
            <numerusform>%n tekst wacht op je oordeel. Alleen goedgekeurde tekst komt op het scherm.</numerusform>
            <numerusform>%n teksten wachten op je oordeel. Alleen goedgekeurde tekst komt op het scherm.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>samenspraak::ProjectorModel</name>
    <message numerus="yes">
        <location filename="../app/projectormodel.cpp" line="95" />
        <source>Tot nu toe deden %n mensen mee.</source>
        <extracomment>The projector&apos;s top line before there is anything to show; %n is fewer than 5.</extracomment>
        <translation>
            <numerusform>Tot nu toe deed %n persoon mee.</numerusform>
            <numerusform>Tot nu toe deden %n mensen mee.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>samenspraak::SyncService</name>
    <message>
        <location filename="../app/syncservice.cpp" line="1" />
        <source>Sending to the room&apos;s hub...</source>
        <extracomment>Facilitator menu, connection line: the tablet sends its answers to the facilitator&apos;s tablet (the room hub)</extracomment>
        <translation>Versturen naar de tablet van de begeleider...</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="1" />
        <source>Room hub not reachable</source>
        <extracomment>Facilitator menu, connection line: the facilitator&apos;s tablet (room hub) cannot be reached</extracomment>
        <translation>Tablet van de begeleider niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="1" />
        <source>Everything is sent to the room&apos;s hub</source>
        <extracomment>Facilitator menu, connection line: every answer reached the facilitator&apos;s tablet (the room hub)</extracomment>
        <translation>Alles is verstuurd naar de tablet van de begeleider</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="1" />
        <source>%n with free text or a profile</source>
        <extracomment>Facilitator menu, &quot;Nog op dit apparaat&quot;: answers with free text or a profile still readable on this tablet</extracomment>
        <translation>
            <numerusform>%n met vrije tekst of profiel</numerusform>
            <numerusform>%n met vrije tekst of profiel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="1" />
        <source>%n removed after sending</source>
        <extracomment>Facilitator menu, &quot;Nog op dit apparaat&quot;: answers whose free text or profile was removed after the server got them</extracomment>
        <translation>
            <numerusform>%n gewist na verzending</numerusform>
            <numerusform>%n gewist na verzending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="1" />
        <source>%n not sent again after the server was restored</source>
        <extracomment>Facilitator menu: answers already removed here, so not sent again after the server was restored from a backup</extracomment>
        <translation>
            <numerusform>%n niet opnieuw verstuurd na herstel van de server</numerusform>
            <numerusform>%n niet opnieuw verstuurd na herstel van de server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="19" />
        <source>Not synced yet</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="58" />
        <source>No server set: answers stay on this device</source>
        <translation>Geen server ingesteld: de antwoorden blijven op dit apparaat</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="63" />
        <source>No network: answers stay on this device</source>
        <translation>Geen netwerk: de antwoorden blijven op dit apparaat</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="68" />
        <location filename="../app/syncservice.cpp" line="91" />
        <source>Everything is sent</source>
        <translation>Alles is verstuurd</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="80" />
        <source>Sending...</source>
        <translation>Bezig met versturen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/syncservice.cpp" line="90" />
        <source>Sent; %n answer(s) kept aside for staff</source>
        <translation>
                <numerusform>Verstuurd; %n antwoord apart gezet voor medewerkers</numerusform>
                <numerusform>Verstuurd; %n antwoorden apart gezet voor medewerkers</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="95" />
        <source>Server not reachable</source>
        <translation>Server niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="101" />
        <source>The server refused the upload: %1</source>
        <translation>De server weigerde de antwoorden: %1</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="110" />
        <source>%1, trying again in %2 s</source>
        <translation>%1, nieuwe poging over %2 seconden</translation>
    </message>
    <message>
        <location filename="../app/syncservice.cpp" line="132" />
        <source>Server not reachable for new content</source>
        <translation>Server niet bereikbaar voor nieuwe inhoud</translation>
    </message>
  <message>
    <source>The server was restored from a backup; sending the answers again</source>
    <translation>De server is teruggezet uit een back-up; de antwoorden gaan opnieuw</translation>
  </message>
</context>
<context>
    <name>samenspraak::sync::SyncClient</name>
    <message>
        <location filename="../sync/syncclient.cpp" line="1" />
        <source>Storage full: this device has no room left. The answers stay saved; free up space and sending continues.</source>
        <extracomment>Shown in the facilitator menu&apos;s connection line when the tablet&apos;s own storage is full while sending.</extracomment>
        <translation>Opslag vol: dit apparaat heeft geen ruimte meer. De antwoorden blijven bewaard; maak ruimte vrij, dan gaat het versturen verder.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="58" />
        <source>The municipality has revoked this device: it may no longer send. The answers stay saved here; ask staff to enroll it again.</source>
        <translation>De gemeente heeft dit apparaat ingetrokken: het mag niet meer versturen. De antwoorden blijven hier bewaard; vraag een medewerker om het opnieuw aan te melden.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="60" />
        <source>The server does not know this device. Ask staff for an enrollment code and enroll it; the answers stay saved here.</source>
        <translation>De server kent dit apparaat niet. Vraag een medewerker om een aanmeldcode en meld het aan; de antwoorden blijven hier bewaard.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="112" />
        <source>Could not write to the local database before sending.</source>
        <translation>Kon voor het versturen niet in de database op dit apparaat schrijven.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="190" />
        <source>Could not record the server's acknowledgements locally.</source>
        <translation>Kon de bevestigingen van de server niet op dit apparaat vastleggen.</translation>
    </message>
    <message>
        <location filename="../sync/syncclient.cpp" line="194" />
        <source>The server acknowledged none of the records sent.</source>
        <translation>De server heeft geen van de verstuurde antwoorden bevestigd.</translation>
    </message>
</context>
<context>
    <name>RoomHubPage</name>
    <message numerus="yes">
        <location filename="../qml/RoomHubPage.qml" line="137" />
        <source>%n deelnemers</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    </context>
</TS>