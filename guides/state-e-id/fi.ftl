title = Valtion sähköinen henkilöllisyystodistus
summary = Poliisi alkaa myöntää valtion sähköistä henkilöllisyystodistusta. Kuka sen voi saada ja milloin?
# What to have ready: one item per line.
needs =
    Muutama minuutti lukemiseen
    Pääsy sivulle polisen.se, jotta näet, milloin voit hakea

what-is-it =
    .title = Sähköinen henkilöllisyystodistus valtiolta
    .body = Hallitus on ehdottanut valtion sähköistä henkilöllisyystodistusta. Poliisi myöntäisi sen. Se olisi kortilla, esimerkiksi kansallisella henkilökortilla. Sillä voisi todistaa henkilöllisyytensä verkossa, kuten muillakin sähköisillä tunnistuksilla.

who-can-get =
    .title = Kuka sen voi saada?
    .body = Ehdotuksen mukaan voit saada sen, jos olet Ruotsin kansalainen tai kirjoilla Ruotsissa (folkbokförd). Sinun täytyy olla vähintään 9-vuotias.
    .tip = Tässä kerrotaan ehdotuksesta. Säännöt ja nimet voivat muuttua ennen kuin se tulee voimaan.

check-polisen =
    .title = Tarkista, milloin voit hakea
    .body = Ehdotuksen mukaan valtion sähköinen henkilöllisyystodistus otettaisiin käyttöön 1. joulukuuta 2026. Päivämäärät voivat muuttua. Katso sivulta polisen.se, milloin ja miten voit hakea.
    .tip = Tarvitsetko apua oikean sivun löytämiseen? Kysy kirjaston henkilökunnalta.

all-e-ids-work =
    .title = Sinun ei tarvitse odottaa
    .body = BankID ja Freja+ on hyväksytty käytettäväksi viranomaisten sähköisissä palveluissa. Jos sinulla jo on jompikumpi, voit jatkaa sen käyttöä. Tammikuusta 2026 alkaen on ollut uusi Diggin kautta tehty sopimus. Siihen liittyneen viranomaisen on annettava sinun valita kaikista sopimuksen sähköisistä tunnistuksista.

never-on-request =
    .title = Kukaan ei soita ja pyydä sinua kirjautumaan
    .body = Uudet asiat houkuttelevat huijareita. Poliisi ja muut viranomaiset eivät koskaan soita ja pyydä sinua kirjautumaan sähköisellä tunnistuksella. Poliisi ei koskaan ota sinuun yhteyttä ja pyydä sinua tunnistautumaan BankID:llä. Lue itse sivulta polisen.se, miten haet.
    .warning = Lopeta puhelu. Älä kirjaudu. Älä luota soittajaan. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

practice-call =
    .title = Harjoitus: ”poliisi” soittaa sähköisestä tunnistuksestasi
    .body = Tämä on harjoitus. Puhelin soi. Lue, mitä soittaja sanoo. Mitä teet?
    .screen =
        ”Poliisi”
        ”Hei, soitan poliisista. Uusi valtion sähköinen henkilöllisyystodistuksesi on aktivoitava tänään. Kirjaudu BankID:llä sillä aikaa, kun puhumme.”
    .choice-log-in = Kirjaudu BankID:llä
    .choice-hang-up = Lopeta puhelu
    .right = Poliisi ei koskaan soita ja pyydä sinua kirjautumaan. Joka sitä pyytää, on huijari. Haluatko tietää valtion sähköisestä henkilöllisyystodistuksesta? Katso itse sivulta polisen.se.
    .wrong = Tämä oli huijaus. Poliisi ei koskaan ota sinuun yhteyttä ja pyydä sinua tunnistautumaan BankID:llä, ei edes uutta sähköistä tunnistusta varten. Lopeta puhelu. Älä kirjaudu. Älä luota soittajaan.
