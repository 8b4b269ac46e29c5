title = Ota Swish käyttöön
summary = Yhdistä pankkitilisi matkapuhelinnumeroosi. Sen jälkeen voit vastaanottaa ja lähettää rahaa.
# What to have ready: one item per line.
needs =
    Matkapuhelinnumerosi
    Pankkitili ja tunnukset pankkiisi (sovellus tai verkkopankki)
    Rahan lähettämiseen: älypuhelin, jossa on Mobilt BankID (mobiili BankID)

open-bank =
    .title = Kirjaudu pankkiisi
    .body = Swish yhdistetään pankkisi sovelluksessa tai verkkopankissa. Avaa sovellus tai verkkopankki ja kirjaudu sisään tavalliseen tapaan.
    .tip = Etkö löydä Swishiä? Kysy pankistasi. Jokainen pankki näyttää sen vähän eri tavalla.

connect-number =
    .title = Yhdistä puhelinnumerosi tiliin
    .body = Etsi Swish pankista. Valitse tili, jolle rahat tulevat ja jolta ne lähtevät. Kirjoita matkapuhelinnumerosi. Seuraa sitten pankin vaiheita loppuun asti.
    .tip = Tarkista, että numero on oikein, ennen kuin jatkat.

receive-only =
    .title = Nyt voit vastaanottaa rahaa
    .body = Kun numero on yhdistetty, muut voivat lähettää rahaa Swishillä numeroosi. Rahan vastaanottamiseen et tarvitse älypuhelinta etkä sovellusta.

install-app =
    .title = Lataa sovellus rahan lähettämistä varten
    .body = Haluatko myös lähettää rahaa? Silloin tarvitset Swish-sovelluksen ja Mobilt BankID:n. Avaa App Store tai Google Play ja hae «Swish». Sovelluksen nimi on «Swish betalningar» (Swish-maksut).
    .tip = Eikö sinulla ole Mobilt BankID:tä? Saat sen pankistasi.

activate-app =
    .title = Avaa Swish-sovellus
    .body = Avaa Swish-sovellus ja seuraa näytön ohjeita. Kun sovellus pyytää, käytä Mobilt BankID:täsi. Lue aina BankID-sovelluksen teksti ennen kuin kirjoitat koodisi.

limits-free =
    .title = Maksuton, ja pankki päättää rajan
    .body = Swish on yksityishenkilöille maksuton. Rahan lähettäminen ja vastaanottaminen ei maksa mitään. Pankkisi päättää, kuinka paljon voit lähettää. Näet ja voit muuttaa rajan verkkopankissa tai pankin sovelluksessa.

scam-warning =
    .title = Älä koskaan käytä BankID:tä rahan vastaanottamiseen
    .body = Rahan vastaanottamiseen sinun ei koskaan tarvitse avata BankID:tä eikä kirjoittaa koodia. Jos joku pyytää sitä, kyse on huijauksesta. Älä koskaan käytä BankID:tä siksi, että joku toinen pyytää.
    .warning = Etkö ole varma, mitä allekirjoitat? Keskeytä.
