title = Kirjoita vastaanotollesi 1177:ssä, myös lapsesi puolesta
summary = Näin lähetät viestin vastaanotollesi 1177:ssä. Ja näin teet sen alle 13-vuotiaan lapsesi puolesta.
# What to have ready: one item per line.
needs =
    Sähköinen henkilöllisyystodistus, esimerkiksi Mobilt BankID
    Matkapuhelin tai tietokone
    Vastaanoton nimi

log-in =
    .title = Kirjaudu sisään 1177:ään
    .body = Mene osoitteeseen 1177.se ja paina «Logga in» (Kirjaudu sisään). Kirjaudu sähköisellä henkilöllisyystodistuksella, esimerkiksi BankID:llä. Lue aina sovelluksen teksti ennen kuin kirjoitat turvakoodisi.
    .warning = Älä koskaan kirjaudu sisään siksi, että joku sinuun yhteyttä ottanut pyytää. Älä koskaan anna koodejasi kenellekään.

act-for-child =
    .title = Koskeeko asia lastasi? Valitse lapsi
    .body = Onko lapsesi alle 13-vuotias? Silloin voit käyttää 1177:ää lapsen puolesta, jos olet väestörekisteriin merkitty huoltaja. Ensimmäisellä kerralla: valitse «Lägg till barn» (Lisää lapsi) ja kirjoita lapsen henkilötunnus. Valitse sitten lapsi. Koskeeko asia sinua itseäsi? Ohita tämä vaihe.

choose-clinic =
    .title = Valitse vastaanotto
    .body = Etsi vastaanotto, jolle haluat kirjoittaa. Jokainen vastaanotto päättää itse, mitä e-palveluja se tarjoaa.
    .tip = Etkö voi kirjoittaa vastaanotolle 1177:ssä? Ota siihen yhteyttä muulla tavalla, esimerkiksi puhelimella.

write-message =
    .title = Kirjoita viestisi
    .body = Valitse uuden viestin kirjoittaminen. Kirjoita lyhyesti ja selvästi. Kirjoita, mihin tarvitset apua.
    .warning = Viestit eivät ole kiireellisiä asioita varten. Hätätilanteessa soita 112. Tarvitsetko neuvoja hoidosta? Soita 1177.

send-message =
    .title = Lähetä viesti
    .body = Lue viestisi vielä kerran. Lähetä se sitten vastaanotolle.

read-answer =
    .title = Lue vastaus
    .body = Vastaanotto vastaa viesteihisi 1177:ssä. Kirjaudu myöhemmin uudelleen sisään. Avaa viestisi ja lue vastaus.

log-out =
    .title = Kirjaudu ulos, kun olet valmis
    .body = Paina «Logga ut» (Kirjaudu ulos). Sulje sitten verkkoselain. Tee aina näin tietokoneella, jota muutkin käyttävät, esimerkiksi kirjastossa.
