title = Akhri diiwaankaaga caafimaad oo cusboonaysii daawada 1177
summary = Sida aad diiwaankaaga caafimaad ugu akhrido 1177. Iyo sida aad u codsato in warqadda daawada laguu cusboonaysiiyo.
# What to have ready: one item per line.
needs =
    Aqoonsi elektaroonig ah (e-legitimation), tusaale ahaan Mobilt BankID
    Taleefan gacmeed ama kombiyuutar
    Magaca daawada aad rabto inaad cusboonaysiiso

log-in =
    .title = Gal 1177
    .body = Tag 1177.se oo taabo «Logga in» (Gal). Ku gal aqoonsigaaga elektaroonigga ah, tusaale ahaan BankID. Had iyo jeer akhri qoraalka app-ka ka hor intaadan qorin koodkaaga amniga.
    .warning = Weligaa ha gelin sababtoo ah qof kula soo xiriiray ayaa kaa codsaday. Weligaa qofna ha siin koodhadhkaaga.

find-journal =
    .title = Fur diiwaankaaga caafimaad
    .body = Dooro adeegga elektaroonigga ah ee lagu akhriyo diiwaankaaga caafimaad. Rug kasta ayaa go'aamisa adeegyada elektaroonigga ah ee ay bixiso.
    .tip = Ma heli kartid diiwaankaaga? Weydii rugtaada caafimaadka.

read-journal =
    .title = Akhri diiwaankaaga caafimaad
    .body = Diiwaanka waxaad ka akhrin kartaa waxa shaqaalaha caafimaadku kaa qoreen. Dooro waxa aad rabto inaad akhrido.
    .tip = Wax ma fahmin? Weydii rugtaada caafimaadka. Hubi in qof kale uusan arki karin shaashaddaada.

find-prescriptions =
    .title = Fur warqadaha daawadaada
    .body = Dib u noqo. Kadib dooro adeegga elektaroonigga ah ee lagu cusboonaysiiyo daawada.
    .tip = Ma cusboonaysiin kartid daawada 1177? La xiriir rugta si kale, tusaale ahaan taleefan.

choose-medicine =
    .title = Dooro daawada
    .body = Dooro daawada aad rabto inaad cusboonaysiiso. Hubi in magacu sax yahay.

send-request =
    .title = Dir codsigaaga
    .body = Akhri macluumaadka. Kadib codsigaaga u dir rugta caafimaadka. Rugta ayaa go'aamisa in daawada la cusboonaysiiyo iyo in kale.
    .tip = Codsiga dir waqti hore, ka hor inta daawadaadu aysan dhammaan.

log-out =
    .title = Ka bax markaad dhammayso
    .body = Taabo «Logga ut» (Ka bax). Kadib xir biraawsarka. Had iyo jeer sidan samee kombiyuutar ay dad kale sidoo kale isticmaalaan, tusaale ahaan maktabadda.
