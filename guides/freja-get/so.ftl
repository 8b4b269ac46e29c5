title = Hel Freja+
summary = Aqoonsi elektaroonig ah (e-ID) oo taleefanka ku jira, xitaa haddii aadan haysan bangi Iswidish ah oo bixiya BankID.
# What to have ready: one item per line.
needs =
    Taleefan casri ah (smartphone)
    Cinwaan iimayl
    Dukumeenti aqoonsi: baasaboor Iswidish ah, kaarka aqoonsiga qaranka, shatiga darawalnimada ama kaarka aqoonsiga ee Skatteverket (Hay'adda Canshuuraha)
    Lambarka shakhsiga ee Iswidishka, ama lambar isku-dubbarid (samordningsnummer) la xaqiijiyay haddii aad muwaadin ka tahay EU, EES ama Boqortooyada Ingiriiska

what-is-freja =
    .title = Aqoonsi elektaroonig ah oo aan bangi Iswidish ah u baahnayn
    .body = Freja waa aqoonsi elektaroonig ah oo taleefankaaga ku jira. Uma baahnid bangi Iswidish ah oo bixiya BankID. Freja waxay leedahay heerar kala duwan. Heerka ugu sarreeya wuxuu la yiraahdaa Freja+, dawladduna way ansixisay. Freja+ waxaad u baahan tahay lambarka shakhsiga ee Iswidishka. Haddii aad muwaadin ka tahay EU, EES ama Boqortooyada Ingiriiska, lambar isku-dubbarid oo la xaqiijiyay ayaa ku filan.

install-app =
    .title = Soo deji app-ka Freja
    .body = Fur dukaanka app-ka ee taleefankaaga. Raadi Freja. Ku rakib app-ka oo fur.

email-level =
    .title = Ku bilow iimaylkaaga
    .body = Ku qor cinwaankaaga iimaylka app-ka oo raac tallaabooyinka. Markaas waxaad haysataa heerka koowaad. Heerkaas qofna weli ma hubin cidda aad tahay.

show-id =
    .title = Tus dukumeentigaaga aqoonsiga
    .body = Dooro inaad u gudubto heer ka sarreeya. Raac app-ka: sawir dukumeentigaaga aqoonsiga oo iska sawir (selfie), waa sawir wejigaaga ah.
    .tip = Baasaboor Iswidish ah ama kaarka aqoonsiga qaranka, badanaa Freja+ isla markiiba waad ku heshaa.

wait-check =
    .title = Sug hubinta
    .body = Qof ka tirsan Freja ayaa hubiya sawirradaada. Waxay qaadataa qiyaastii 15 daqiiqo maalmaha shaqada. Daqiiqado kadib app-ka eeg.

visit-agent =
    .title = Shatiga darawalnimada ama kaarka aqoonsiga ee Skatteverket?
    .body = Markaas waa inaad u tagtaa wakiil (ombud) oo aad tustaa dukumeentigaaga aqoonsiga. Bogga frejaeid.com waxaad ku arki kartaa meelaha wakiillada ay joogaan. Freja+ wuxuu shaqeeyaa 3 saacadood gudahood booqashada kadib.
    .tip = Wakiilladu way isbeddeli karaan. Hubi liiska ka hor intaadan tagin.

keep-it-yours =
    .title = Aqoonsigaaga elektaroonigga ah adiga keliya ayuu kuu yahay
    .body = Weligaa ha isticmaalin aqoonsigaaga elektaroonigga ah sababtoo ah qof kula soo xiriiray ayaa kaa codsaday. Weligaa qofna ha siin koodhadhkaaga. Had iyo jeer akhri waxa aad ku oggolaanayso app-ka. Ma hubtid? Jooji.
    .warning = Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

get-help =
    .title = Halkan ka hel caawimaad
    .body = Su'aalo ma ka qabtaa Freja+? Akhri caawimaadda frejaeid.com. Shaqaalaha maktabadda ayaa ku tusi kara jidka. Laakiin koodhadhkaaga had iyo jeer adigu qor.
