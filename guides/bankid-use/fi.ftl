title = Kirjaudu BankID:llä
summary = Näin kirjaudut Mobilt BankID:llä: skannaa QR-koodi, lue teksti, kirjoita turvakoodisi.
# What to have ready: one item per line.
needs =
    Puhelimesi, jossa on Mobilt BankID
    Turvakoodisi (säkerhetskod)
    Palvelu, johon haluat kirjautua, tietokoneella tai tabletilla

choose-bankid =
    .title = Valitse BankID
    .body = Mene palveluun, johon haluat kirjautua. Valitse kirjautuminen BankID:llä. Näytölle tulee QR-koodi.

moving-qr =
    .title = QR-koodi liikkuu
    .body = QR-koodi muuttuu koko ajan. Niin sen kuuluu tehdä. Se osoittaa, että sinä ja näyttö olette samassa paikassa.
    .warning = Älä koskaan skannaa QR-koodia, jonka joku toinen on lähettänyt sinulle.

open-app =
    .title = Avaa BankID-sovellus ja skannaa
    .body = Avaa BankID-sovellus puhelimessasi. Valitse QR-koodin skannaus. Pidä puhelinta niin, että kamera näkee näytöllä olevan koodin.

check-text =
    .title = Lue, mihin kirjaudut
    .body = Sovellus näyttää, mihin kirjaudut tai mitä allekirjoitat. Lue teksti huolellisesti. Oletko itse aloittanut tämän?
    .warning = Eikö se täsmää, tai oletko epävarma? Peruuta.

security-code =
    .title = Kirjoita turvakoodisi
    .body = Kirjoita turvakoodisi sovellukseen ja vahvista. Oletko ottanut sovelluksessa käyttöön sormenjäljen tai kasvojentunnistuksen? Silloin voit usein käyttää sitä koodin sijaan.

back-to-screen =
    .title = Katso taas näyttöä
    .body = Nyt olet kirjautunut palveluun. Hoida asiasi. Kirjaudu ulos, kun olet valmis.
    .tip = Käyttävätkö muutkin tätä tietokonetta? Kirjaudu aina ulos ennen kuin lähdet.

only-your-own =
    .title = Kirjaudu vain, kun itse haluat
    .body = Älä koskaan käytä BankIDtä siksi, että joku sinuun yhteyttä ottanut pyytää, puhelimessa, tekstiviestillä tai sähköpostilla. Älä koskaan anna koodejasi kenellekään. Pankkisi ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä.
    .warning = Sulje puhelin. Älä kirjaudu. Älä luota soittajaan. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

practice-own-login =
    .title = Harjoittele: lue ennen kuin hyväksyt
    .body = Tämä on harjoitus, ja nimet ovat keksittyjä. Valitsit itse kirjautumisen BankID:llä Solby kommunin verkkosivulla ja skannasit QR-koodin. Lue, mitä sovellus näyttää. Mitä teet?
    .screen =
        Kirjaudu palveluun Solby kommun
        Haluatko sinä kirjautua sisään?
    .choice-cancel = Peruuta
    .choice-approve = Kyllä, jatka
    .right = Aloitit kirjautumisen itse, ja sovellus näyttää saman nimen kuin valitsemasi palvelu. Silloin voit jatkaa ja kirjoittaa turvakoodisi.
    .wrong = Tässä oli turvallista jatkaa: aloitit kirjautumisen itse, ja nimi sovelluksessa vastaa valitsemaasi palvelua. Oli silti hyvä olla varovainen. Jos teksti ei täsmää tai olet epävarma, peruuta.
