title = Lue potilastietojasi ja uusi reseptejä 1177:ssä
summary = Näin luet potilastietojasi 1177:ssä. Ja näin pyydät reseptin uusimista.
# What to have ready: one item per line.
needs =
    Sähköinen henkilöllisyystodistus, esimerkiksi Mobilt BankID
    Matkapuhelin tai tietokone
    Sen lääkkeen nimi, jonka haluat uusia

log-in =
    .title = Kirjaudu sisään 1177:ään
    .body = Mene osoitteeseen 1177.se ja paina «Logga in» (Kirjaudu sisään). Kirjaudu sähköisellä henkilöllisyystodistuksella, esimerkiksi BankID:llä. Lue aina sovelluksen teksti ennen kuin kirjoitat turvakoodisi.
    .warning = Älä koskaan kirjaudu sisään siksi, että joku sinuun yhteyttä ottanut pyytää. Älä koskaan anna koodejasi kenellekään.

find-journal =
    .title = Avaa potilastietosi
    .body = Valitse e-palvelu, jolla luet potilastietojasi. Jokainen vastaanotto päättää itse, mitä e-palveluja se tarjoaa.
    .tip = Etkö löydä potilastietojasi? Kysy vastaanotoltasi.

read-journal =
    .title = Lue potilastietosi
    .body = Potilastiedoista voit lukea, mitä hoitohenkilökunta on kirjoittanut sinusta. Valitse, mitä haluat lukea.
    .tip = Etkö ymmärrä jotakin? Kysy vastaanotoltasi. Varmista, ettei kukaan muu näe näyttöäsi.

find-prescriptions =
    .title = Avaa reseptisi
    .body = Palaa takaisin. Valitse sitten e-palvelu reseptien uusimiseen.
    .tip = Etkö voi uusia reseptejä 1177:ssä? Ota yhteyttä vastaanottoon muulla tavalla, esimerkiksi puhelimella.

choose-medicine =
    .title = Valitse lääke
    .body = Valitse lääke, jonka haluat uusia. Tarkista, että nimi on oikein.

send-request =
    .title = Lähetä pyyntösi
    .body = Lue tiedot. Lähetä sitten pyyntösi vastaanotolle. Vastaanotto päättää, uusitaanko resepti.
    .tip = Lähetä pyyntö ajoissa, ennen kuin lääkkeesi loppuu.

log-out =
    .title = Kirjaudu ulos, kun olet valmis
    .body = Paina «Logga ut» (Kirjaudu ulos). Sulje sitten verkkoselain. Tee aina näin tietokoneella, jota muutkin käyttävät, esimerkiksi kirjastossa.
