title = Tunnista huijaukset
summary = Väärennetyt tekstiviestit, sähköpostit ja puhelut ”pankista”. Näin tunnistat ne, ja näin toimit.
# What to have ready: one item per line.
needs =
    Ei mitään erityistä: lue ja muista säännöt
    Pankkisi oikea puhelinnumero, jonka olet löytänyt itse

how-it-looks =
    .title = Tältä huijaus voi näyttää
    .body = Tekstiviesti, sähköposti tai puhelu väittää tulevansa pankista, BankID:ltä tai poliisilta. Asia kuulostaa kiireelliseltä: rahasi ovat vaarassa ja sinun on toimittava heti.
    .tip = Soittaja voi vaikuttaa luotettavalta. Älä silti luota häneen.

bank-never-calls =
    .title = Pankki ei koskaan soita ja pyydä BankID:tä
    .body = Pankkisi ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä tai antamaan koodeja. Poliisi ei koskaan ota sinuun yhteyttä ja pyydä sinua tunnistautumaan BankID:llä. Joka sitä pyytää, on huijari.

hang-up =
    .title = Lopeta puhelu
    .body = Pyytääkö joku puhelimessa sinua kirjautumaan tai antamaan koodeja? Lopeta puhelu heti. Sinun ei tarvitse olla kohtelias.
    .warning = «Lägg på. Logga inte in. Lita inte på den som ringer.» (Lopeta puhelu. Älä kirjaudu. Älä luota soittajaan.)

no-links =
    .title = Älä paina linkkejä
    .body = Älä paina linkkejä tekstiviesteissä tai sähköposteissa, jotka väittävät tulevansa pankista. Avaa pankin sovellus itse tai kirjoita pankin osoite itse.
    .tip = Älä soita takaisin numeroon, jonka sait tekstiviestissä. Soita pankin numeroon, jonka olet löytänyt itse.

read-bankid =
    .title = Lue aina BankID-sovelluksesta
    .body = Ennen kuin kirjoitat koodisi, lue mihin kirjaudut ja mitä allekirjoitat. Eikö se vastaa sitä, mitä itse haluat tehdä? Keskeytä. Älä koskaan anna koodejasi kenellekään.

if-it-happened =
    .title = Oletko jo kirjautunut tai antanut koodeja?
    .body = Soita heti pankkiisi ja sulje BankID:si. Tee sitten rikosilmoitus poliisille numerossa 114 14. Onko rikos käynnissä juuri nyt? Soita 112.
    .tip = Se ei ole sinun vikasi. Huijarit ovat taitavia. Mitä nopeammin soitat, sitä parempi.

quiz-bank =
    .title = Harjoitus 1/3: ”pankki” soittaa
    .body = Tämä on harjoitus. Puhelin soi. Lue, mitä soittaja sanoo. Mitä teet?
    .screen =
        ”Pankki”
        ”Hei, soitan pankistasi. Joku yrittää viedä rahasi. Kirjaudu nyt BankID:llä, niin pysäytämme sen.”
    .choice-log-in = Kirjaudu BankID:llä
    .choice-hang-up = Sulje puhelin
    .right = Pankkisi ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä tai antamaan koodeja. Oletko huolissasi? Soita pankin numeroon, jonka olet itse löytänyt.
    .wrong = Tämä on tavallinen huijaus. Pankkisi ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä. Sulje puhelin. Älä kirjaudu. Älä luota soittajaan.

quiz-police =
    .title = Harjoitus 2/3: ”poliisi” soittaa
    .body = Tämä on harjoitus. Puhelin soi taas. Lue, mitä soittaja sanoo. Mitä teet?
    .screen =
        ”Poliisi”
        ”Täällä poliisi. Tutkimme sinuun kohdistunutta petosta. Tunnistaudu BankID:llä, jotta tiedämme, että se olet sinä.”
    .choice-hang-up = Sulje puhelin
    .choice-identify = Tunnistaudu BankID:llä
    .right = Poliisi ei koskaan ota sinuun yhteyttä ja pyydä sinua tunnistautumaan BankID:llä. Joka sitä pyytää, on huijari.
    .wrong = Tämä oli huijaus. Poliisi ei koskaan ota sinuun yhteyttä ja pyydä sinua tunnistautumaan BankID:llä, vaikka asia kuulostaisi vakavalta. Sulje puhelin. Älä kirjaudu. Älä luota soittajaan.

quiz-1177 =
    .title = Harjoitus 3/3: ”1177” soittaa
    .body = Tämä on harjoitus. Nyt soittaa joku, joka sanoo olevansa terveydenhuollosta. Lue, mitä soittaja sanoo. Mitä teet?
    .screen =
        ”1177”
        ”Hei, soitan 1177:stä. Lääkäriaikasi pitää vahvistaa. Kirjaudu BankID:llä, kun puhumme.”
    .choice-log-in = Kirjaudu BankID:llä
    .choice-hang-up = Sulje puhelin
    .right = Älä koskaan käytä BankIDtä siksi, että sinulle soittanut pyytää, sanoipa hän olevansa kuka tahansa. Tämä koskee pankkia, poliisia ja terveydenhuoltoa. Lopeta puhelu. Soititko itse 1177:ään? Silloin tunnistautuminen on tavallista.
    .wrong = Tämä oli huijaus. Älä koskaan käytä BankID:tä siksi, että joku pyytää puhelimessa, vaikka hän sanoisi soittavansa 1177:stä. Sulje puhelin. Älä kirjaudu. Älä luota soittajaan.
