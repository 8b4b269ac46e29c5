title = Hanki Mobilt BankID
summary = Näin hankit Mobilt BankID:n (mobiili-BankID) puhelimeesi pankkisi kautta.
# What to have ready: one item per line.
needs =
    Ruotsalainen henkilötunnuksesi (personnummer)
    Tili pankissa, joka myöntää BankID:n
    Älypuhelin
    Ruotsalainen passi tai kansallinen henkilökortti, tai käynti pankkisi konttorissa

ask-your-bank =
    .title = BankID:n saat pankistasi
    .body = Hankit BankID:n oman pankkisi kautta. Tarvitset ruotsalaisen henkilötunnuksen ja pankin, joka myöntää BankID:n. Eikö sinulla ole sellaista pankkia? Silloin Freja+ voi sopia sinulle.
    .tip = Oletko alle 18-vuotias? Silloin huoltajasi täytyy hyväksyä, että hankit BankID:n.

install-app =
    .title = Lataa BankID-sovellus
    .body = Avaa puhelimesi sovelluskauppa. Hae BankID. Asenna sovellus.
    .tip = Maaliskuusta 2026 alkaen sovellus vaatii Android 9:n tai iOS 16:n tai uudemman. Vanhemmilla puhelimilla BankIDtä ei voi enää käyttää.

choose-bank =
    .title = Avaa pankkisi sovellus
    .body = Kirjaudu pankkisi sovellukseen tai verkkopankkiin. Valitse «Mobilt BankID» -palvelun hankkiminen. Seuraa sitten pankin näyttämiä vaiheita.
    .tip = Etkö löydä sitä? Kysy pankiltasi, miten se tehdään juuri heillä.

scan-id =
    .title = Skannaa passisi tai henkilökorttisi
    .body = Sovellus voi pyytää sinua skannaamaan ruotsalaisen passisi tai kansallisen henkilökorttisi. Puhelin lukee asiakirjan sirun. Seuraa sovelluksen kuvia.
    .tip = Ajokortti ei käy skannaukseen. Eikö sinulla ole ruotsalaista passia tai kansallista henkilökorttia? Mene pankkisi konttoriin.

security-code =
    .title = Valitse turvakoodi
    .body = Valitse BankID:llesi turvakoodi (säkerhetskod). Valitse koodi, jonka vain sinä tiedät. Käytät koodia, kun kirjaudut tai allekirjoitat BankID:llä.
    .warning = Älä koskaan anna koodiasi kenellekään. Pankki ei koskaan kysy sitä.

notifications =
    .title = Laita ilmoitukset päälle
    .body = Salli BankID-sovelluksen ilmoitukset. Silloin näet, jos joku hankkii BankID:n sinun nimissäsi.
    .tip = BankID on voimassa muutaman vuoden. Sen jälkeen hankit uuden. Sitä ei jatketa.

never-share-codes =
    .title = BankID on vain sinun
    .body = Älä koskaan käytä BankIDtä siksi, että joku sinuun yhteyttä ottanut pyytää. Pankkisi ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä tai antamaan koodeja. Poliisi ei koskaan ota sinuun yhteyttä ja pyydä sinua tunnistautumaan BankID:llä.
    .warning = Sulje puhelin. Älä kirjaudu. Älä luota soittajaan. («Lägg på. Logga inte in. Lita inte på den som ringer.»)
