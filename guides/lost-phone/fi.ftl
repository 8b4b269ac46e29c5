title = Puhelin on kadonnut
summary = Oletko hukannut puhelimesi, tai onko joku varastanut sen? Näin suojaat BankID:si ja rahasi.
# What to have ready: one item per line.
needs =
    Toinen puhelin tai tietokone
    Pankkisi puhelinnumero, jonka etsit itse
    Henkilöllisyystodistuksesi

block-bankid =
    .title = Sulje BankID heti
    .body = Mobiili BankID on puhelimessasi. Ota heti yhteys pankkiisi ja pyydä sitä sulkemaan se. Voit soittaa pankkiin, mennä pankin konttoriin tai sulkea sen verkkopankissa, jos pääset sisään muulla tavalla, esimerkiksi tunnuslukulaitteella (bankdosa).
    .tip = Etsi pankin numero itse, esimerkiksi pankin verkkosivuilta. Lainaa puhelinta joltakulta, johon luotat.

block-cards =
    .title = Sulje korttisi
    .body = Oliko mukana pankki- tai luottokortteja, esimerkiksi puhelimen kotelossa? Sulje ne pankissa tai korttiyhtiössä, joka on antanut ne. Kerro siitä, kun soitat pankkiin.
    .tip = Oliko passisi tai kansallinen henkilökorttisi mukana? Soita poliisille numeroon 114 14, jotta se suljetaan.

report =
    .title = Ilmoita poliisille
    .body = Varastettiinko puhelin? Tee rikosilmoitus. Hukkasitko sen? Tee katoamisilmoitus (förlustanmälan). Voit ilmoittaa osoitteessa polisen.se tai soittaa numeroon 114 14. Tapahtuuko rikos juuri nyt? Soita 112.
    .tip = Osoitteessa polisen.se tarvitset henkilötunnuksen tai koordinointinumeron (samordningsnummer). Muuten soita 114 14.

new-bankid =
    .title = Hanki uusi BankID
    .body = BankID:n voi siirtää vain, kun vanha ja uusi puhelin ovat samassa paikassa. Siksi tarvitset pankiltasi uuden BankID:n. Onko sinulla toinen BankID? Tilaa sillä. Muuten käytä tunnuslukulaitetta (bankdosa) tai käy pankin konttorissa.
    .tip = Ota henkilöllisyystodistus mukaan, kun menet pankin konttoriin.

calls-after =
    .title = Varo puheluita jälkeenpäin
    .body = Joku voi soittaa ja sanoa olevansa pankista tai poliisista ja haluavansa auttaa sulkemisessa. Älä koskaan anna koodejasi. Pankit ja poliisi eivät koskaan soita ja pyydä sinua kirjautumaan tai hankkimaan uutta BankID:tä.
    .warning = Lopeta puhelu. Soita itse pankkiisi numeroon, jonka olet itse etsinyt.

practice-call =
    .title = Harjoitus: puhelu varkauden jälkeen
    .body = Tämä on harjoitus. Puhelimesi varastettiin eilen. Nyt joku soittaa uuteen puhelimeesi. Lue, mitä soittaja sanoo. Mitä teet?
    .screen =
        ”Pankki”
        ”Hei, näimme, että puhelimesi on varastettu. Kerro pankkikorttisi koodi, niin suljemme kortin puolestasi.”
    .choice-give-code = Kerro koodi
    .choice-hang-up = Lopeta puhelu
    .right = Älä koskaan anna koodejasi kenellekään. Lopeta puhelu ja soita itse pankkiisi numeroon, jonka olet itse etsinyt.
    .wrong = Tämä oli huijaus. Älä koskaan anna koodejasi soittajalle, et edes varkauden jälkeen. Lopeta puhelu ja soita itse pankkiisi.
