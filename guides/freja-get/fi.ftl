title = Hanki Freja+
summary = Sähköinen henkilöllisyystodistus puhelimeen, vaikka sinulla ei ole ruotsalaista pankkia, joka myöntää BankID:n.
# What to have ready: one item per line.
needs =
    Älypuhelin
    Sähköpostiosoite
    Henkilöllisyystodistus: ruotsalainen passi, kansallinen henkilökortti, ajokortti tai Verohallinnon (Skatteverket) henkilökortti
    Ruotsalainen henkilötunnus tai vahvistettu yhteensovitusnumero (samordningsnummer), jos olet EU:n, ETA:n tai Ison-Britannian kansalainen

what-is-freja =
    .title = Sähköinen tunniste ilman ruotsalaista pankkia
    .body = Freja on sähköinen henkilöllisyystodistus puhelimessa. Et tarvitse ruotsalaista pankkia, joka myöntää BankIDn. Frejassa on eri tasoja. Korkein taso on nimeltään Freja+, ja valtio on hyväksynyt sen. Freja+:aan tarvitset ruotsalaisen henkilötunnuksen. Jos olet EU:n, ETA:n tai Ison-Britannian kansalainen, vahvistettu yhteensovitusnumero riittää.

install-app =
    .title = Lataa Freja-sovellus
    .body = Avaa puhelimesi sovelluskauppa. Hae Freja. Asenna sovellus ja avaa se.

email-level =
    .title = Aloita sähköpostillasi
    .body = Kirjoita sähköpostiosoitteesi sovellukseen ja seuraa vaiheita. Silloin sinulla on ensimmäinen taso. Tällä tasolla kukaan ei ole vielä tarkistanut, kuka olet.

show-id =
    .title = Näytä henkilöllisyystodistuksesi
    .body = Valitse siirtyminen korkeammalle tasolle. Seuraa sovellusta: valokuvaa henkilöllisyystodistuksesi ja ota selfie eli kuva kasvoistasi.
    .tip = Ruotsalaisella passilla tai kansallisella henkilökortilla saat yleensä Freja+:n heti.

wait-check =
    .title = Odota tarkistusta
    .body = Frejan työntekijä tarkistaa kuvasi. Se kestää arkipäivinä noin 15 minuuttia. Katso sovellusta hetken kuluttua.

visit-agent =
    .title = Ajokortti tai Verohallinnon henkilökortti?
    .body = Silloin sinun täytyy myös näyttää henkilöllisyystodistuksesi asiamiehelle paikan päällä. Sivulta frejaeid.com näet, missä asiamiehiä on. Freja+ alkaa toimia 3 tunnin kuluessa käynnistä.
    .tip = Asiamiehet voivat muuttua. Tarkista luettelo ennen kuin lähdet.

keep-it-yours =
    .title = Sähköinen tunnisteesi on vain sinun
    .body = Älä koskaan käytä sähköistä henkilöllisyystodistustasi siksi, että joku sinuun yhteyttä ottanut pyytää. Älä koskaan anna koodejasi kenellekään. Lue aina, mitä hyväksyt sovelluksessa. Oletko epävarma? Peruuta.
    .warning = Sulje puhelin. Älä kirjaudu. Älä luota soittajaan. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

get-help =
    .title = Mistä saat apua
    .body = Onko sinulla kysyttävää Freja+:sta? Lue ohjeet sivulta frejaeid.com. Kirjaston henkilökunta voi neuvoa sinua. Mutta koodisi kirjoitat aina itse.
