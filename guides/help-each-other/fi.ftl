title = Auta ja saa apua – lainaamatta sähköistä tunnistusta
summary = Asiamiehet ja valtakirjat: näin läheinen voi auttaa sinua omalla sähköisellä tunnistuksellaan.
# What to have ready: one item per line.
needs =
    Oma sähköinen tunnistuksesi
    Ihminen, johon luotat, ja hänen oma sähköinen tunnistuksensa

own-eid-only =
    .title = Älä koskaan lainaa sähköistä tunnistustasi
    .body = Sähköinen tunnistuksesi on henkilökohtainen. Kukaan ei saa käyttää toisen sähköistä tunnistusta, ei edes luvalla. Mutta toisia voi auttaa turvallisesti. Auttaja käyttää silloin omaa sähköistä tunnistustaan.
    .tip = Hoitaako joku pankkiasiasi? Pyydä pankiltasi sen valtakirjalomake (fullmakt).

tax-ombud =
    .title = Veroilmoitusasiamies Skatteverketissä
    .body = Läheinen voi jättää veroilmoituksesi puolestasi omalla sähköisellä tunnistuksellaan. Silloin hän on veroilmoitusasiamiehesi (deklarationsombud). Valitset asiamiehen Skatteverketin e-palvelussa «Ombud och behörigheter» (Asiamiehet ja valtuudet) tai lomakkeella. Vastaat silti itse siitä, että tiedot ovat oikein.
    .tip = Ota käyttöön esto palvelussa «Ombud och behörigheter». Silloin kukaan ei voi tulla asiamieheksesi paperilomakkeella.

pharmacy =
    .title = Valtakirja apteekkiasioihin
    .body = Haluatko, että joku hakee lääkkeesi? Anna hänelle valtakirja apteekkiasioihin. Voit tehdä sen Läkemedelskollenissa sähköisellä tunnistuksellasi tai lomakkeella apteekissa. Valtakirjan saajan on suostuttava seitsemän päivän kuluessa.
    .tip = Valtakirja on voimassa enintään neljä vuotta. Voit lopettaa sen milloin haluat.

freja-shared =
    .title = Jaettu hallinta Frejassa
    .body = Onko sinulla Freja? Jaetussa hallinnassa (delad kontroll) auttajasi saa pyynnön omaan Freja-sovellukseensa, kun kirjaudut tai allekirjoitat. Asia menee läpi vasta, kun olette molemmat hyväksyneet. Auttaja ei voi koskaan tehdä mitään yksin sinun Frejallasi.
    .tip = Teidän on oltava samassa paikassa, kun otatte jaetun hallinnan käyttöön. Molemmat tarvitsevat Frejan, jossa henkilöllisyystodistus on tarkistettu.

future-fullmakt =
    .title = Edunvalvontavaltuutus (framtidsfullmakt)
    .body = Edunvalvontavaltuutuksella valitset, kuka hoitaa asiasi, jos et jonain päivänä enää pysty siihen itse, esimerkiksi sairauden vuoksi. Sen on oltava kirjallinen. Allekirjoitat sen kahden todistajan läsnä ollessa. Valtuutettu ei saa olla todistaja.
    .tip = Sinun on oltava 18-vuotias ja kykenevä hoitamaan asiasi, kun kirjoitat sen.

practice-relative =
    .title = Harjoitus: läheinen haluaa auttaa
    .body = Tämä on harjoitus. Veljenpoikasi haluaa auttaa sinua veroilmoituksessa. Hän soittaa. Lue, mitä hän sanoo. Mitä teet?
    .screen =
        ”Veljenpoikasi”
        ”Hei! Teen veroilmoitustasi nyt. Kerro BankID-koodisi, niin kirjaudun sinuna.”
    .choice-give-code = Kerro koodi
    .choice-make-ombud = Tee hänestä asiamies
    .right = Kukaan ei saa käyttää sähköistä tunnistustasi, ei edes läheinen. Veroilmoitusasiamiehenäsi hän voi jättää ilmoituksen puolestasi omalla tunnistuksellaan.
    .wrong = Älä koskaan anna koodiasi kenellekään, et edes läheiselle. Kukaan ei saa käyttää toisen sähköistä tunnistusta. Tee hänestä sen sijaan veroilmoitusasiamiehesi Skatteverketissä.
