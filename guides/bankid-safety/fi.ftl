title = BankID ja huijaukset
summary = Näin suojaat BankID:si. Ja näin toimit, jos joku on huijannut sinua.
# What to have ready: one item per line.
needs =
    Muutama minuutti lukemiseen
    Pankkisi puhelinnumero pankin omilta verkkosivuilta tai sovelluksesta

only-you =
    .title = BankID on vain sinua varten
    .body = Käytä BankIDtä vain, kun olet itse aloittanut asioinnin. Soititko itse, esimerkiksi 1177:ään tai pankkiisi? Silloin tunnistautuminen on tavallista. Ottiko joku muu yhteyttä sinuun? Älä koskaan käytä BankIDtä hänen pyynnöstään, sanoipa hän olevansa kuka tahansa.
    .tip = Pankki voi pyytää sinua koskettamaan puhelinta passillasi tai henkilökortillasi lisätarkistuksena, esimerkiksi kun siirrät suuren summan. Tee se vain, kun olet itse aloittanut yhteydenoton.

never-share-codes =
    .title = Älä koskaan anna koodejasi
    .body = Turvakoodisi on vain sinun. Älä koskaan anna sitä kenellekään. Pankki ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä tai antamaan koodeja.

read-before =
    .title = Lue aina ennen kuin kirjoitat koodin
    .body = Sovellus näyttää, mihin kirjaudut tai mitä allekirjoitat. Lue teksti joka kerta. Eikö se täsmää, tai oletko epävarma? Peruuta.

hang-up =
    .title = Soittaako joku ja pyytää sinua kirjautumaan?
    .body = Pankki ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä. Poliisi ei koskaan ota sinuun yhteyttä ja pyydä sinua tunnistautumaan BankID:llä. Poliisin neuvo:
    .warning = Sulje puhelin. Älä kirjaudu. Älä luota soittajaan. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

block =
    .title = Sulje BankID:si
    .body = Luuletko, että joku on huijannut sinua, tai tietääkö joku koodisi? Ota suoraan yhteyttä pankkiisi ja sulje BankID:si. Etsi pankin numero itse, esimerkiksi pankin verkkosivuilta.
    .tip = Älä koskaan soita numeroon, jonka soittaja antoi sinulle.

report =
    .title = Ilmoita poliisille
    .body = Tapahtuuko rikos juuri nyt? Soita 112. Onko se jo tapahtunut? Soita poliisille numeroon 114 14 ja tee rikosilmoitus.

practice-qr-login =
    .title = Harjoittele: jonkun muun lähettämä QR-koodi
    .body = Tämä on harjoitus, ja nimet ovat keksittyjä. Saat tekstiviestin: ”Sinulle palautetaan rahaa. Skannaa QR-koodi BankID:llä.” Skannaat koodin. Lue, mitä sovellus näyttää. Mitä teet?
    .screen =
        Kirjaudu palveluun Okänd Handel AB
        Aloititko itse tämän kirjautumisen?
    .choice-approve = Kyllä, kirjaudu
    .choice-cancel = Ei, peruuta
    .right = Et ollut itse aloittanut mitään Okänd Handel AB:ssa. Koodi tuli joltakulta muulta. Älä koskaan käytä BankID:tä siksi, että joku muu pyytää.
    .wrong = Tämä oli huijaus. Et ollut itse aloittanut kirjautumista: koodi tuli joltakulta muulta. Käytä BankID:tä vain, kun olet itse aloittanut asioinnin. Tapahtuiko tämä oikeasti? Ota heti yhteys pankkiisi ja sulje BankID.

practice-signing =
    .title = Harjoittele: lue, mitä allekirjoitat
    .body = Tämä on harjoitus, ja nimet ovat keksittyjä. Joku soittaa ja sanoo olevansa pankistasi. Hän sanoo, että sinun pitää allekirjoittaa, jotta maksu pysähtyy. Lue, mitä sovellus näyttää. Mitä teet?
    .screen =
        Allekirjoita: Okänd Handel AB
        Hyväksyn, että tililtäni siirretään 9 800 kruunua.
    .choice-cancel = Peruuta
    .choice-sign = Allekirjoita
    .right = Tekstin mukaan hyväksyt rahan siirron, et maksun pysäyttämistä. Lue aina, mitä allekirjoitat. Älä koskaan käytä BankID:tä siksi, että joku pyytää puhelimessa.
    .wrong = Tämä oli huijaus. Tekstin mukaan hyväksyt rahan siirron: päinvastoin kuin soittaja sanoi. Älä koskaan käytä BankID:tä siksi, että joku pyytää puhelimessa. Sulje puhelin. Älä kirjaudu. Älä luota soittajaan.
