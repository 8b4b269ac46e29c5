title = Kirjaudu sisään 1177:ään
summary = Näin kirjaudut sisään 1177:ään sähköisellä henkilöllisyystodistuksella. Ja näin löydät e-palvelut.
# What to have ready: one item per line.
needs =
    Sähköinen henkilöllisyystodistus, esimerkiksi Mobilt BankID tai Freja+
    Matkapuhelin, jossa on henkilöllisyystodistuksesi sovellus
    Tietokone tai sama puhelin

open-1177 =
    .title = Mene osoitteeseen 1177.se
    .body = Avaa verkkoselain ja kirjoita 1177.se. Paina sitten «Logga in» (Kirjaudu sisään).
    .tip = Voit myös skannata tämän QR-koodin puhelimellasi. Silloin 1177 aukeaa puhelimeesi.

choose-e-id =
    .title = Valitse sähköinen henkilöllisyystodistuksesi
    .body = Valitse se sähköinen henkilöllisyystodistus, joka sinulla on, esimerkiksi BankID tai Freja+.
    .tip = Eikö sinulla ole sähköistä henkilöllisyystodistusta? BankID:n saat pankistasi. Eikö sinulla ole Ruotsissa pankkia, joka antaa BankID:n? Silloin Freja+ voi sopia sinulle.

scan-qr =
    .title = Skannaa QR-koodi
    .body = Näytölle tulee QR-koodi. Koodi liikkuu. Avaa puhelimessa valitsemasi sähköisen tunnistuksen sovellus, esimerkiksi BankID tai Freja. Skannaa koodi sovelluksella.
    .tip = Skannaa vain QR-koodi, jonka itse näet edessäsi. Koodi osoittaa, että sinä ja näyttö olette samassa paikassa.

read-and-confirm =
    .title = Lue ja vahvista sovelluksessa
    .body = Lue sovelluksen teksti. Mihin olet kirjautumassa? Pitääkö se paikkansa? Kirjoita silloin turvakoodisi. Epävarma? Keskeytä.

scam-warning =
    .title = Kirjaudu sisään vain, kun itse haluat
    .body = Älä koskaan kirjaudu sisään siksi, että joku sinuun yhteyttä ottanut pyytää. Älä koskaan anna koodejasi kenellekään. Poliisi ei koskaan ota sinuun yhteyttä ja pyydä sinua tunnistautumaan BankID:llä. Pankkisi ei koskaan soita ja pyydä sinua kirjautumaan.
    .warning = Soittaako joku ja pyytää sinua kirjautumaan? Sulje puhelin. Älä kirjaudu. Älä luota soittajaan.

find-your-way =
    .title = Löydä e-palvelut
    .body = Nyt olet kirjautunut sisään. Täällä ovat e-palvelusi. Voit esimerkiksi varata aikoja, lähettää viestejä, lukea potilastietojasi ja uusia reseptejä. Jokainen vastaanotto päättää, mitä e-palveluja se tarjoaa.
    .tip = Voit myös soittaa numeroon 1177 ja saada neuvoja hoidosta. Neuvontaa on saatavilla useilla kielillä.

log-out =
    .title = Kirjaudu ulos, kun olet valmis
    .body = Paina «Logga ut» (Kirjaudu ulos). Sulje sitten verkkoselain. Tee aina näin tietokoneella, jota muutkin käyttävät, esimerkiksi kirjastossa.
