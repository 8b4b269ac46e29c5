title = U qor rugtaada caafimaadka 1177, sidoo kale ilmahaaga
summary = Sida aad fariin ugu dirto rugtaada caafimaadka ee 1177. Iyo sida aad taas ugu samayso ilmahaaga ka yar 13 sano.
# What to have ready: one item per line.
needs =
    Aqoonsi elektaroonig ah (e-legitimation), tusaale ahaan Mobilt BankID
    Taleefan gacmeed ama kombiyuutar
    Magaca rugta caafimaadka

log-in =
    .title = Gal 1177
    .body = Tag 1177.se oo taabo «Logga in» (Gal). Ku gal aqoonsigaaga elektaroonigga ah, tusaale ahaan BankID. Had iyo jeer akhri qoraalka app-ka ka hor intaadan qorin koodkaaga amniga.
    .warning = Weligaa ha gelin sababtoo ah qof kula soo xiriiray ayaa kaa codsaday. Weligaa qofna ha siin koodhadhkaaga.

act-for-child =
    .title = Ma ilmahaaga ayay khusaysaa? Dooro ilmaha
    .body = Ilmahaagu ma ka yar yahay 13 sano? Markaas waxaad 1177 u isticmaali kartaa ilmaha, haddii aad tahay waalidka sharciga ah (vårdnadshavare) ee diiwaanka ku qoran. Markii ugu horraysay: dooro «Lägg till barn» (Ku dar ilmo) oo qor lambarka shakhsiga ee ilmaha. Kadib dooro ilmaha. Ma adiga ayay ku khusaysaa? Ka bood tallaabadan.

choose-clinic =
    .title = Dooro rugta caafimaadka
    .body = Raadi rugta caafimaadka ee aad rabto inaad u qorto. Rug kasta ayaa go'aamisa adeegyada elektaroonigga ah ee ay bixiso.
    .tip = Ma u qori kartid rugta 1177? La xiriir si kale, tusaale ahaan taleefan.

write-message =
    .title = Qor fariintaada
    .body = Dooro inaad qorto fariin cusub. Qor si gaaban oo cad. Qor waxa aad caawimo u baahan tahay.
    .warning = Fariimuhu uma aha arrimo degdeg ah. Xaalad degdeg ah: wac 112. Ma rabtaa talo caafimaad? Wac 1177.

send-message =
    .title = Dir fariinta
    .body = Mar kale akhri fariintaada. Kadib u dir rugta caafimaadka.

read-answer =
    .title = Akhri jawaabta
    .body = Rugta caafimaadku waxay kaaga jawaabaysaa fariimahaaga 1177. Mar dambe dib u gal. Fur fariimahaaga oo akhri jawaabta.

log-out =
    .title = Ka bax markaad dhammayso
    .body = Taabo «Logga ut» (Ka bax). Kadib xir biraawsarka. Had iyo jeer sidan samee kombiyuutar ay dad kale sidoo kale isticmaalaan, tusaale ahaan maktabadda.
