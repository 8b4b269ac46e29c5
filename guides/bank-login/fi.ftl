title = Kirjaudu verkkopankkiin
summary = Näin kirjaudut pankkisi sovellukseen tai verkkopankkiin Mobilt BankID:llä, ja näin teet sen turvallisesti.
# What to have ready: one item per line.
needs =
    Mobilt BankID (mobiili BankID) puhelimessasi
    BankID-turvakoodisi (muistissa, ei lapulla)
    Pankkisi sovellus tai tietokone, jossa on selain

find-bank =
    .title = Avaa pankkisi sovellus tai verkkosivu
    .body = Avaa pankin sovellus puhelimessa. Tai kirjoita pankin osoite itse tietokoneen selaimeen. Älä käytä tekstiviestien tai sähköpostien linkkejä.
    .tip = Tallenna pankin osoite kirjanmerkiksi. Silloin löydät oikean sivun ensi kerralla.

press-login =
    .title = Paina «Logga in» (Kirjaudu)
    .body = Paina «Logga in» (Kirjaudu). Kysyykö pankki, miten haluat kirjautua? Valitse Mobilt BankID.

scan-qr =
    .title = Skannaa QR-koodi
    .body = Jos kirjaudut tietokoneella, sivulla näkyy liikkuva QR-koodi. Avaa BankID-sovellus puhelimessa. Valitse QR-koodin skannaus ja pidä kameraa koodia kohti.
    .tip = QR-koodi osoittaa, että sinä ja näyttö olette samassa paikassa. Älä koskaan skannaa koodia, jonka joku muu lähettää sinulle.

check-text =
    .title = Lue teksti BankID-sovelluksessa
    .body = BankID-sovellus näyttää, mihin olet kirjautumassa. Tarkista, että se on pankkisi. Lukeeko siinä jotain muuta, vai oletko epävarma? Keskeytä.

enter-code =
    .title = Kirjoita turvakoodisi
    .body = Kirjoita turvakoodisi BankID-sovellukseen. Vain sinun kuuluu tietää koodi. Suojaa näyttö kädelläsi, kun kirjoitat. Nyt olet kirjautunut.

log-out =
    .title = Kirjaudu ulos, kun olet valmis
    .body = Paina «Logga ut» (Kirjaudu ulos), kun olet valmis. Käytätkö kirjaston tietokonetta? Sulje silloin myös selain.

never-on-request =
    .title = Älä koskaan kirjaudu, koska joku pyytää
    .body = Kirjaudu vain, kun olet itse päättänyt niin. Pankkisi ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä tai antamaan koodeja. Älä koskaan anna koodejasi kenellekään.
    .warning = Soittaako joku ja pyytää sinua kirjautumaan? Lopeta puhelu. Älä kirjaudu. Älä luota soittajaan.
