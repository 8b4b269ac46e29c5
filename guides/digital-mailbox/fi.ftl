title = Hanki digitaalinen postilaatikko
summary = Näin avaat digitaalisen postilaatikon, Min myndighetspostin tai Kivran. Ja näin annat luotettavan ihmisen nähdä postisi jakamatta sähköistä tunnistustasi.
# What to have ready: one item per line.
needs =
    Sähköinen henkilöllisyystodistus, esimerkiksi Mobilt BankID
    Matkapuhelin tai tietokone

choose-mailbox =
    .title = Valitse postilaatikko
    .body = Min myndighetspost on valtion ylläpitämä. Se on 18 vuotta täyttäneille. Sinne tulee vain julkisen sektorin postia, esimerkiksi viranomaisilta. Kivra on toinen postilaatikko. Sinne tulee myös yritysten postia.
    .tip = Viranomaisten posti voi tulla kumpaan tahansa postilaatikkoon.

open-site =
    .title = Mene postilaatikon verkkosivulle
    .body = Haluatko Min myndighetspostin? Kirjoita selaimeen minmyndighetspost.se. Haluatko Kivran? Kirjoita kivra.se.
    .tip = Tämä QR-koodi vie Min myndighetspostiin.

log-in =
    .title = Kirjaudu sisään sähköisellä tunnistuksella
    .body = Tarvitset sähköisen henkilöllisyystodistuksen digitaalisen postilaatikon avaamiseen. Kirjaudu sisään, esimerkiksi BankID:llä. Lue aina sovelluksen teksti ennen kuin kirjoitat turvakoodisi.

open-mailbox =
    .title = Avaa postilaatikkosi
    .body = Avaa postilaatikko seuraamalla näytön ohjeita. Lue huolellisesti ennen kuin hyväksyt mitään.

read-post =
    .title = Lue postisi
    .body = Nyt viranomaisten posti tulee digitaaliseen postilaatikkoosi. Olet itse vastuussa siitä, että luet saapuvan postin. Kirjaudu sisään ja katso postilaatikkoa usein.

share-access =
    .title = Anna luotettavan ihmisen nähdä postisi
    .body = Tarvitsetko apua postisi kanssa? Kivrassa voit jakaa postisi ihmiselle, johon luotat. Hän voi silloin nähdä postisi ja hoitaa sitä, esimerkiksi maksaa laskusi. Silloin sinun ei koskaan tarvitse jakaa sähköistä tunnistustasi.
    .tip = Jaa vain ihmiselle, johon todella luotat. Olet silti itse vastuussa postistasi.

never-share-e-id =
    .title = Älä koskaan lainaa sähköistä tunnistustasi
    .body = Sähköinen henkilöllisyystodistuksesi on vain sinun. Älä koskaan lainaa sitä, et edes perheellesi. Älä koskaan anna koodejasi kenellekään. Älä koskaan kirjaudu sisään siksi, että joku sinuun yhteyttä ottanut pyytää.
    .warning = Soittaako joku ja pyytää sinua kirjautumaan? Sulje puhelin. Älä kirjaudu. Älä luota soittajaan.
