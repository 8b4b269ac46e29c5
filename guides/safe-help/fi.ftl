title = Hae apua turvallisesti
summary = Missä kirjastonhoitaja tai läheinen voi auttaa sinua, ja mitä teet aina itse.
# What to have ready: one item per line.
needs =
    Oma puhelimesi ja oma sähköinen tunnisteesi
    Aikaa: sinä päätät tahdin

helper-shows =
    .title = Auttaja näyttää, sinä teet
    .body = Kirjastonhoitaja tai läheinen voi näyttää, mitä painaa, ja selittää vaiheet. Sinä painat ja kirjoitat itse omassa puhelimessasi. Näin asiat pysyvät sinun hallinnassasi.
    .tip = Sano, jos se menee liian nopeasti. Voit aina kysyä uudelleen.

keep-eid =
    .title = BankID on vain sinun
    .body = BankID on henkilökohtainen henkilöllisyystodistus, aivan kuin passi. Älä koskaan anna kenenkään muun käyttää BankID:täsi. Älä koskaan anna koodiasi kenellekään: et läheiselle, kirjastonhoitajalle, pankille etkä poliisille.
    .warning = Pyytääkö joku koodiasi? Sano ei.

cover-code =
    .title = Suojaa koodisi
    .body = Kun kirjoitat koodisi, suojaa näyttö kädelläsi. Auttajasi voi katsoa hetken muualle. Älä kirjoita koodia lapulle.

power-of-attorney =
    .title = Valtakirja (fullmakt) pankkiasioihin
    .body = Pitäisikö jonkun muun hoitaa pankkiasioitasi? Silloin voit antaa hänelle valtakirjan (fullmakt). Pankki haluaa valtakirjan kirjallisena. Kysy pankistasi sen lomaketta.
    .tip = Valtakirja ei koskaan anna kenellekään oikeutta käyttää BankID:täsi tai koodejasi.

share-mail =
    .title = Anna jonkun lukea digitaalista postiasi
    .body = Min myndighetspostissa (valtion digitaalinen postilaatikko) voit valita, ketkä saavat lukea viestejäsi. Kivrassa on jakamistoiminto. Silloin joku voi auttaa sinua ilman BankID:täsi.

still-responsible =
    .title = Vastaat yhä itse postistasi
    .body = Vaikka joku muu voi lukea postiasi, sinä vastaat siitä, että luet saapuneet viestit. Sovi auttajasi kanssa, miten hän kertoo sinulle, kun jotain tärkeää saapuu.
