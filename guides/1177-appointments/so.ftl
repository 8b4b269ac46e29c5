title = Ballan ku qabso, ka noqo ama beddel 1177
summary = Sida aad ballan uga qabsato rugtaada caafimaadka ee 1177. Iyo sida aad ballan uga noqoto ama u beddesho.
# What to have ready: one item per line.
needs =
    Aqoonsi elektaroonig ah (e-legitimation), tusaale ahaan Mobilt BankID
    Taleefan gacmeed ama kombiyuutar
    Magaca rugtaada caafimaadka

open-1177 =
    .title = Tag 1177.se
    .body = Fur biraawsarka internetka oo qor 1177.se. Kadib taabo «Logga in» (Gal).
    .tip = Sidoo kale waxaad taleefankaaga ku iskaan gareyn kartaa koodka QR ee halkan. Markaas 1177 ayaa ka furmaya taleefankaaga.

log-in =
    .title = Ku gal aqoonsigaaga elektaroonigga ah
    .body = Dooro aqoonsigaaga elektaroonigga ah, tusaale ahaan BankID. Koodh QR ah ayaa soo baxaya. Taleefanka ka fur app-ka aqoonsigaaga oo iskaan garee koodhka. Akhri qoraalka app-ka. Kadib geli koodhkaaga amniga.

scam-warning =
    .title = Gal oo keliya markaad adigu rabto
    .body = Weligaa ha gelin sababtoo ah qof kula soo xiriiray ayaa kaa codsaday. Weligaa qofna ha siin koodhadhkaaga. Had iyo jeer akhri meesha aad gelayso. Ma hubtid? Jooji.
    .warning = Qof ma ku soo wacay oo ma kaa codsaday inaad gasho? Dhig taleefanka. Ha gelin. Ha aaminin qofka soo wacay.

choose-clinic =
    .title = Dooro rugtaada caafimaadka
    .body = Raadi rugta caafimaadka ee aad ballanta ka rabto. Rug kasta ayaa go'aamisa adeegyada elektaroonigga ah ee ay bixiso.
    .tip = Ma awoodid inaad ballan ka qabsato 1177? La xiriir rugta si kale, tusaale ahaan taleefan.

book-time =
    .title = Ballan qabso
    .body = Dooro inaad ballan qabsato. Dooro maalin iyo waqti kugu habboon. Akhri macluumaadka. Kadib xaqiiji ballanta.
    .tip = Warqad ku qor maalinta, waqtiga iyo rugta caafimaadka.

cancel-or-rebook =
    .title = Ka noqo ama beddel ballan
    .body = Tag ballamahaaga la qabsaday. Dooro ballanta. Kadib dooro inaad ka noqoto ama beddesho. Rug kasta waxay leedahay xeerar u gaar ah oo ku saabsan ka noqoshada.
    .tip = Ma iman kartid? Ka noqo ballanta isla markaad ogaato. Weydii rugta xeerarkeeda.

log-out =
    .title = Ka bax markaad dhammayso
    .body = Taabo «Logga ut» (Ka bax). Kadib xir biraawsarka. Had iyo jeer sidan samee kombiyuutar ay dad kale sidoo kale isticmaalaan, tusaale ahaan maktabadda.
