title = Varaa, peru tai siirrä aika 1177:ssä
summary = Näin varaat ajan omalle vastaanotollesi 1177:ssä. Ja näin perut tai siirrät ajan.
# What to have ready: one item per line.
needs =
    Sähköinen henkilöllisyystodistus, esimerkiksi Mobilt BankID
    Matkapuhelin tai tietokone
    Vastaanottosi nimi

open-1177 =
    .title = Mene osoitteeseen 1177.se
    .body = Avaa verkkoselain ja kirjoita 1177.se. Paina sitten «Logga in» (Kirjaudu sisään).
    .tip = Voit myös skannata tämän QR-koodin puhelimellasi. Silloin 1177 aukeaa puhelimeesi.

log-in =
    .title = Kirjaudu sisään sähköisellä tunnistuksella
    .body = Valitse sähköinen tunnistuksesi, esimerkiksi BankID. Näytölle tulee QR-koodi. Avaa sähköisen tunnistuksesi sovellus puhelimessa ja skannaa koodi. Lue sovelluksen teksti. Kirjoita sitten turvakoodisi.

scam-warning =
    .title = Kirjaudu sisään vain, kun itse haluat
    .body = Älä koskaan kirjaudu sisään siksi, että joku sinuun yhteyttä ottanut pyytää. Älä koskaan anna koodejasi kenellekään. Lue aina, mihin olet kirjautumassa. Epävarma? Keskeytä.
    .warning = Soittaako joku ja pyytää sinua kirjautumaan? Sulje puhelin. Älä kirjaudu. Älä luota soittajaan.

choose-clinic =
    .title = Valitse vastaanottosi
    .body = Etsi vastaanotto, jolle haluat ajan. Jokainen vastaanotto päättää itse, mitä e-palveluja se tarjoaa.
    .tip = Etkö voi varata aikaa 1177:ssä? Ota yhteyttä vastaanottoon muulla tavalla, esimerkiksi puhelimella.

book-time =
    .title = Varaa aika
    .body = Valitse ajan varaaminen. Valitse päivä ja kellonaika, jotka sopivat sinulle. Lue tiedot. Vahvista sitten varaus.
    .tip = Kirjoita päivä, kellonaika ja vastaanotto paperille.

cancel-or-rebook =
    .title = Peru tai siirrä aika
    .body = Mene varattuihin aikoihisi. Valitse aika. Valitse sitten sen peruminen tai siirtäminen. Jokaisella vastaanotolla on omat sääntönsä perumiselle.
    .tip = Etkö pääse tulemaan? Peru heti, kun tiedät sen. Kysy vastaanotolta sen säännöt.

log-out =
    .title = Kirjaudu ulos, kun olet valmis
    .body = Paina «Logga ut» (Kirjaudu ulos). Sulje sitten verkkoselain. Tee aina näin tietokoneella, jota muutkin käyttävät, esimerkiksi kirjastossa.
