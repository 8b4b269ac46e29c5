title = BankID:si vanhenee pian
summary = Näin hankit uuden Mobilt BankID:n ajoissa, ennen kuin vanha lakkaa toimimasta.
# What to have ready: one item per line.
needs =
    Älypuhelimesi
    Tapa kirjautua verkkopankkiin, esimerkiksi nykyinen BankID:si
    Ruotsalainen passi tai kansallinen henkilökortti, tai käynti pankkisi konttorissa

check-date =
    .title = Katso, milloin BankID:si vanhenee
    .body = BankID on voimassa muutaman vuoden. Sitä ei jatketa. Sen sijaan hankit uuden. Katso BankID-sovelluksesta tai kysy pankiltasi, milloin omasi vanhenee.

act-in-time =
    .title = Hanki uusi hyvissä ajoin
    .body = Älä odota, että BankID:si vanhenee. Hanki uusi, kun vanha vielä toimii. Silloin voit kirjautua pankkiisi vanhalla.

check-phone =
    .title = Tarkista puhelimesi
    .body = Maaliskuusta 2026 alkaen BankID-sovellus vaatii Android 9:n tai iOS 16:n tai uudemman. Onko sinulla vanhempi puhelin, esimerkiksi vanha iPhone tai senioripuhelin? Silloin saatat tarvita uudemman puhelimen.
    .tip = Päivitä BankID-sovellus sovelluskaupassa.

order-new =
    .title = Tilaa uusi BankID
    .body = Kirjaudu pankkisi sovellukseen tai verkkopankkiin. Valitse «Mobilt BankID» -palvelun hankkiminen. Seuraa pankin näyttämiä vaiheita.
    .tip = Etkö löydä sitä? Kysy pankiltasi, miten se tehdään juuri heillä.

scan-id =
    .title = Skannaa passisi tai henkilökorttisi
    .body = Sovellus voi pyytää sinua skannaamaan ruotsalaisen passisi tai kansallisen henkilökorttisi. Puhelin lukee asiakirjan sirun. Seuraa sovelluksen kuvia.
    .tip = Ajokortti ei käy skannaukseen. Eikö sinulla ole ruotsalaista passia tai kansallista henkilökorttia? Käytä silloin nykyistä BankIDtäsi, kun se vielä toimii, tai mene pankkisi konttoriin.

notifications =
    .title = Laita ilmoitukset päälle
    .body = Salli BankID-sovelluksen ilmoitukset. Silloin näet, jos joku hankkii BankID:n sinun nimissäsi.

renew-yourself =
    .title = Hanki uusi BankID itse
    .body = Hanki uusi BankID vain itse, oman pankkisi sovelluksessa tai verkkopankissa. Älä koskaan käytä BankIDtä siksi, että joku sinuun yhteyttä ottanut pyytää, et edes ”uusimiseen”. Pankkisi ei koskaan soita ja pyydä sinua kirjautumaan BankID:llä.
    .warning = Sulje puhelin. Älä kirjaudu. Älä luota soittajaan. («Lägg på. Logga inte in. Lita inte på den som ringer.»)
