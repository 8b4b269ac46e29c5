title = Henkilökortti ja sähköinen tunnistus ilman Ruotsin passia
summary = Näin saat henkilökortin ja sähköisen tunnistuksen, jos et ole Ruotsin kansalainen.
# What to have ready: one item per line.
needs =
    Henkilötunnuksesi tai yhteensovitusnumerosi (samordningsnummer)
    Hyväksytty henkilöllisyystodistus tai henkilö, joka tuntee sinut hyvin ja voi todistaa henkilöllisyytesi
    400 kruunua Verohallinnon (Skatteverket) henkilökorttiin

citizens-only =
    .title = Passi on vain Ruotsin kansalaisille
    .body = Vain Ruotsin kansalaiset voivat saada poliisilta ruotsalaisen passin tai kansallisen henkilökortin. Etkö ole Ruotsin kansalainen? Henkilökortin ja sähköisen tunnistuksen voi saada muillakin tavoilla. Tässä ne ovat.

tax-agency-card =
    .title = Henkilökortti Verohallinnolta
    .body = Oletko kirjoilla Ruotsissa (folkbokförd), onko sinulla henkilötunnus ja oletko vähintään 13-vuotias? Silloin voit hakea henkilökorttia Skatteverketiltä. Kortilla todistat henkilöllisyytesi Ruotsissa, esimerkiksi apteekissa ja pankissa.
    .tip = Oletko alle 18-vuotias? Silloin tarvitset huoltajasi suostumuksen. Kortti ei käy passina matkoilla.

pay-fee =
    .title = Maksa maksu ensin
    .body = Hakemus maksaa 400 kruunua. Maksa se Skatteverketin bankgiro-tilille 389-0100 ennen kuin haet. Rahoja ei palauteta, jos et saa korttia.
    .tip = Maksu voi muuttua. Tarkista se sivulta skatteverket.se ennen kuin maksat.

book-visit =
    .title = Varaa aika ja mene itse paikalle
    .body = Vain osa palvelutoimistoista tekee henkilökortteja. Varaa aika sivulla skatteverket.se. Ota mukaan hyväksytty henkilöllisyystodistus. Eikö sinulla ole sellaista? Ota mukaan henkilö, joka tuntee sinut hyvin ja voi todistaa henkilöllisyytesi. Hänen täytyy voida näyttää oma henkilöllisyystodistuksensa.
    .tip = Älä ota mukaan väestörekisteriotetta (personbevis). Se ei todista henkilöllisyyttäsi.

e-id-on-card =
    .title = Kortissa on sähköinen tunnistus
    .body = Skatteverketin henkilökortissa on AB Svenska Passin sähköinen tunnistus. Sillä voit kirjautua Skatteverketin e-palveluihin.

bankid-at-bank =
    .title = BankID: mene pankin konttoriin
    .body = BankIDn saat omasta pankistasi. Tarvitset ruotsalaisen henkilötunnuksen ja pankin, joka myöntää BankIDn. Eikö sinulla ole ruotsalaista passia tai kansallista henkilökorttia? Mene silloin pankkisi konttoriin ja kysy, miten toimit.

freja-plus =
    .title = Freja+ Skatteverketin henkilökortilla
    .body = Skatteverketin henkilökortilla voit hankkia Freja+:n Freja-sovelluksessa. Silloin näytät kortin asiamiehelle paikan päällä. Freja+ alkaa toimia 3 tunnin kuluessa käynnistä.
    .tip = Asiamiesten sijainnit näet sivulta frejaeid.com.

coordination-number =
    .title = Onko sinulla yhteensovitusnumero?
    .body = Yhteensovitusnumeron (samordningsnummer) saa, kuka ei ole kirjoilla Ruotsissa. Sillä et voi saada BankIDtä etkä Skatteverketin henkilökorttia. Jos olet EU:n, ETA:n tai Ison-Britannian kansalainen, voit saada Freja+:n vahvistetulla yhteensovitusnumerolla.
    .tip = Jos sinut merkitään kirjoille Ruotsiin, saat sen sijaan henkilötunnuksen.

keep-it-yours =
    .title = Henkilökorttisi ja sähköinen tunnistuksesi ovat vain sinun
    .body = Älä koskaan lainaa henkilökorttiasi tai sähköistä tunnistustasi kenellekään, et edes sille, joka haluaa auttaa sinua. Älä koskaan anna koodejasi kenellekään. Älä koskaan käytä sähköistä tunnistustasi siksi, että joku sinuun yhteyttä ottanut pyytää.
    .warning = Lopeta puhelu. Älä kirjaudu. Älä luota soittajaan. («Lägg på. Logga inte in. Lita inte på den som ringer.»)
