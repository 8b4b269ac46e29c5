title = Gal 1177
summary = Sida aad 1177 ugu gasho aqoonsigaaga elektaroonigga ah. Iyo sida aad u hesho adeegyada elektaroonigga ah.
# What to have ready: one item per line.
needs =
    Aqoonsi elektaroonig ah (e-legitimation), tusaale ahaan Mobilt BankID ama Freja+
    Taleefan gacmeed leh app-ka aqoonsigaaga elektaroonigga ah
    Kombiyuutar, ama isla taleefanka

open-1177 =
    .title = Tag 1177.se
    .body = Fur biraawsarka internetka oo qor 1177.se. Kadib taabo «Logga in» (Gal).
    .tip = Sidoo kale waxaad taleefankaaga ku iskaan gareyn kartaa koodka QR ee halkan. Markaas 1177 ayaa ka furmaya taleefankaaga.

choose-e-id =
    .title = Dooro aqoonsigaaga elektaroonigga ah
    .body = Dooro aqoonsiga elektaroonigga ah ee aad haysato, tusaale ahaan BankID ama Freja+.
    .tip = Ma haysatid aqoonsi elektaroonig ah? BankID waxaad ka helaysaa bangigaaga. Ma haysatid bangi Iswiidhan ah oo bixiya BankID? Markaas Freja+ ayaa laga yaabaa inuu kugu habboonaado.

scan-qr =
    .title = Iskaan garee koodka QR
    .body = Koodh QR ah ayaa shaashadda ka muuqda. Koodhku wuu dhaqaaqaa. Taleefanka ka fur app-ka aqoonsiga elektaroonigga ah ee aad dooratay, tusaale ahaan BankID ama Freja. Koodhka ku iskaan garee app-ka.
    .tip = Iskaan garee oo keliya kood QR oo aad adigu hortaada ku aragto. Koodku wuxuu muujinayaa inaad adiga iyo shaashaddu isku meel joogtaan.

read-and-confirm =
    .title = Akhri oo xaqiiji app-ka
    .body = Akhri qoraalka app-ka. Xaggee ayaad gelaysaa? Ma saxbaa? Markaas qor koodkaaga amniga. Ma hubtid? Jooji.

scam-warning =
    .title = Gal oo keliya markaad adigu rabto
    .body = Weligaa ha gelin sababtoo ah qof kula soo xiriiray ayaa kaa codsaday. Weligaa qofna ha siin koodhadhkaaga. Booliisku weligood kulama soo xiriiraan si ay kaaga codsadaan inaad BankID ku aqoonsato. Bangigaagu weligiis kuuma soo waco si uu kaaga codsado inaad gasho.
    .warning = Qof ma ku soo wacay oo ma kaa codsaday inaad gasho? Dhig taleefanka. Ha gelin. Ha aaminin qofka soo wacay.

find-your-way =
    .title = Hel adeegyada elektaroonigga ah
    .body = Hadda waad gashay. Halkan waxaa ku jira adeegyadaada elektaroonigga ah. Tusaale ahaan waxaad ballan qabsan kartaa, farriimo diri kartaa, akhrin kartaa diiwaankaaga caafimaad, oo cusboonaysiin kartaa daawooyinka. Rug kasta ayaa go'aamisa adeegyada ay bixiso.
    .tip = Sidoo kale waxaad wici kartaa 1177 si aad talo caafimaad u hesho. Talada waxaa lagu helaa dhowr luqadood.

log-out =
    .title = Ka bax markaad dhammayso
    .body = Taabo «Logga ut» (Ka bax). Kadib xir biraawsarka. Had iyo jeer sidan samee kombiyuutar ay dad kale sidoo kale isticmaalaan, tusaale ahaan maktabadda.
