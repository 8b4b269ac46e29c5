title = Maksa lasku
summary = Näin maksat laskun pankkisi sovelluksessa tai verkkopankissa. Ja näin tarkistat kaiken ennen kuin allekirjoitat.
# What to have ready: one item per line.
needs =
    Lasku paperilla tai digitaalisessa postilaatikossasi
    Tunnukset pankkiisi (sovellus tai verkkopankki)
    Mobilt BankID (mobiili BankID)

log-in =
    .title = Kirjaudu pankkiisi
    .body = Pidä lasku edessäsi. Avaa pankin sovellus tai verkkopankki ja kirjaudu Mobilt BankID:llä.

new-payment =
    .title = Valitse laskun maksaminen
    .body = Etsi maksut ja valitse uusi maksu. Valikot näyttävät vähän erilaisilta eri pankeissa.
    .tip = Etkö löydä? Kysy pankistasi.

recipient =
    .title = Kirjoita saajan numero
    .body = Laskussa on saajan bankgiro-numero tai plusgiro-numero. Kirjoita numero täsmälleen niin kuin se on kirjoitettu. Näyttääkö pankki nimen? Tarkista, että se on sama kuin laskussa.

reference =
    .title = Kirjoita OCR-numero
    .body = OCR-numero on laskussa. Sen avulla saaja näkee, kuka maksoi ja mistä. Kopioi se numero numerolta.
    .tip = Eikö OCR-numeroa ole? Kirjoita laskun numero tai viesti, jota laskussa pyydetään.

amount-date =
    .title = Kirjoita summa ja päivämäärä
    .body = Kirjoita maksettava summa. Valitse sitten maksupäivä. Valitse laskun eräpäivä (förfallodag) tai aikaisempi päivä.
    .tip = Voit syöttää maksun etukäteen. Se maksetaan valitsemanasi päivänä.

check-sign =
    .title = Tarkista ja allekirjoita
    .body = Vertaa kaikkea laskuun: numero, OCR-numero, summa ja päivämäärä. Onko kaikki oikein? Allekirjoita Mobilt BankID:llä. Lue BankID-sovelluksen teksti ennen kuin kirjoitat koodisi.
    .tip = Sen jälkeen näet maksun pankissa tulevien tai tehtyjen maksujen joukossa.

never-on-request =
    .title = Älä koskaan maksa, koska joku pyytää puhelimessa
    .body = Älä koskaan allekirjoita maksua siksi, että joku pyytää sitä puhelimessa, tekstiviestillä tai sähköpostilla. Pankkisi ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä tai antamaan koodeja.
    .warning = Lopeta puhelu. Älä kirjaudu. Älä luota soittajaan.
