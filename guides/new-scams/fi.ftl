title = Uudet huijaukset 2025–2026
summary = Uusia keinoja, joita huijarit käyttävät. Näin tunnistat ne, ja näin toimit.
# What to have ready: one item per line.
needs =
    Ei mitään erityistä: lue ja harjoittele
    Pankkisi oikea puhelinnumero, jonka olet itse etsinyt

remote-control =
    .title = Älä anna kenenkään ohjata puhelintasi tai tietokonettasi
    .body = Joku soittaa ja haluaa auttaa sinua. Sinua pyydetään lataamaan sovellus tai ohjelma. Sen avulla henkilö näkee näyttösi, voi ohjata sitä ja pääsee käsiksi rahoihisi. Älä koskaan hyväksy, että joku etäohjaa tietokonettasi tai puhelintasi.
    .warning = Pyytääkö joku puhelimessa sinua asentamaan jotain? Lopeta puhelu.

invoice-call =
    .title = Puhelut maksamattomasta laskusta
    .body = Joku soittaa ja sanoo, että sinulla on maksamaton lasku, esimerkiksi Kivrasta tai Klarnasta. Sitten sinut yhdistetään ”pankkiin”, joka pyytää sinua kirjautumaan BankID:llä tai asentamaan ohjelman. Tämä on huijaus.
    .tip = Oletko epävarma laskusta? Lopeta puhelu. Soita itse yritykseen numeroon, jonka olet itse etsinyt.

fake-police =
    .title = Valepoliisit
    .body = Nauhoitettu ääni tai ihminen sanoo olevansa poliisi. Sinua epäillään rikoksesta, tai varkaat ovat tulossa kotiisi. Sitten he haluavat korttisi tiedot, tai että annat kortit ja arvoesineet jollekulle, joka tulee kotiisi. Tämä on huijaus. Lopeta puhelu.
    .warning = Älä koskaan luovuta koodia, pankkikorttia, kultaa tai arvoesineitä. Älä päästä tuntemattomia sisään.

wrong-swish =
    .title = ”Swishasin sinulle vahingossa”
    .body = Saat Swishillä rahaa joltakulta, jota et tunne. Sitten henkilö pyytää sinua lähettämään rahat eteenpäin toiseen numeroon. Älä tee sitä. Se voi olla rahanpesua, ja silloin autat rikoksessa tietämättäsi.
    .tip = Ota yhteys pankkiisi ja kysy, mitä tehdä.

passport-tap =
    .title = ”Näytä passisi puhelimelle” puhelun aikana
    .body = Pankkisi voi pyytää sinua lukemaan passisi tai henkilökorttisi puhelimella BankID-sovelluksessa, esimerkiksi ennen kuin siirrät suuren summan. Se on lisätarkistus. Mutta soittaako joku sinulle ja pyytää lukemaan passin? Lopeta puhelu.
    .tip = Soititko itse pankkiisi numeroon, jonka löysit itse? Silloin on normaalia tunnistautua.

spam-sms =
    .title = Lähetä huijaustekstiviestit numeroon 7726
    .body = Saitko tekstiviestin, jonka uskot olevan huijaus? Älä paina linkkiä. Välitä viesti numeroon 7726. Silloin teleoperaattorit voivat pysäyttää sen, ja harvempi saa sen.

quiz-invoice =
    .title = Harjoitus 1/3: maksamaton lasku
    .body = Tämä on harjoitus keksityillä nimillä. Puhelin soi. Lue, mitä soittaja sanoo. Mitä teet?
    .screen =
        ”Okänd Inkasso AB”
        ”Sinulla on maksamaton lasku. Asenna sovellus, jonka lähetämme tekstiviestillä, niin pankkisi auttaa sinua.”
    .choice-install = Asenna sovellus
    .choice-hang-up = Lopeta puhelu
    .right = Älä koskaan hyväksy, että joku etäohjaa puhelintasi tai tietokonettasi. Oletko epävarma laskusta? Soita itse yritykseen numeroon, jonka olet itse etsinyt.
    .wrong = Tämä oli huijaus. Sovelluksen avulla huijari voi ohjata puhelintasi ja viedä rahasi. Lopeta puhelu ja soita itse yritykseen tai pankkiisi.

quiz-passport-call =
    .title = Harjoitus 2/3: ”pankki” haluaa, että luet passisi
    .body = Tämä on harjoitus. Puhelin soi. Et ole itse soittanut pankkiin. Lue, mitä soittaja sanoo. Mitä teet?
    .screen =
        ”Pankki”
        ”Joku yrittää viedä rahasi. Lue passisi BankID-sovelluksessa nyt, niin pysäytämme sen.”
    .choice-tap = Lue passi
    .choice-hang-up = Lopeta puhelu
    .right = Älä koskaan käytä BankID:tä tai passiasi siksi, että soittaja pyytää. Soita itse pankkiisi numeroon, jonka olet itse etsinyt.
    .wrong = Tämä oli huijaus. Et ollut itse soittanut pankkiin. Älä koskaan käytä BankID:tä siksi, että soittaja pyytää. Lopeta puhelu ja soita itse pankkiisi.

quiz-passport-own =
    .title = Harjoitus 3/3: oma siirtosi
    .body = Tämä on harjoitus keksityillä nimillä. Olet itse kirjautunut Solby Sparbankin sovellukseen. Haluat siirtää 50 000 kr omalle säästötilillesi. BankID-sovellus pyytää lisätarkistusta. Mitä teet?
    .screen =
        Solby Sparbank: siirrä 50 000 kr säästötilillesi
        Vahvista lukemalla passisi tai henkilökorttisi.
    .choice-tap = Lue passi
    .choice-cancel = Peruuta
    .right = Aloitit siirron itse, ja teksti vastaa sitä, mitä haluat tehdä. Pankit voivat pyytää lisätarkistusta suurille summille.
    .wrong = Tässä oli turvallista jatkaa. Aloitit siirron itse, ja teksti on oikein. Pankit voivat pyytää lisätarkistusta suurille summille. Peruuta, kun teksti ei vastaa sitä, mitä haluat tehdä.

if-it-happened =
    .title = Onko se jo tapahtunut?
    .body = Soita heti pankkiisi ja sulje BankID ja korttisi. Tee sitten rikosilmoitus numerossa 114 14. Tapahtuuko rikos juuri nyt? Soita 112.
    .tip = Se ei ole sinun vikasi. Huijarit ovat taitavia. Mitä nopeammin soitat, sitä parempi.
