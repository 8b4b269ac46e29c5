title = Hel Freja eID+
summary = Aqoonsi elektaroonig ah (e-ID) oo taleefanka ku jira, xitaa haddii aadan haysan bangi Iswidish ah oo bixiya BankID.
# What to have ready: one item per line.
needs =
    Taleefan casri ah (smartphone)
    Cinwaan iimayl
    Dukumeenti aqoonsi: baasaboor Iswidish ah, kaarka aqoonsiga qaranka, shatiga darawalnimada ama kaarka aqoonsiga ee Skatteverket (Hay'adda Canshuuraha)

what-is-freja =
    .title = Aqoonsi elektaroonig ah oo aan bangi Iswidish ah u baahnayn
    .body = Freja eID+ waa aqoonsi elektaroonig ah oo taleefanka ku jira. Uma baahnid bangi Iswidish ah oo bixiya BankID. Freja waxay leedahay heerar kala duwan. Heerka ugu sarreeya, Freja eID+, waxaa oggolaatay dowladda.

install-app =
    .title = Soo deji app-ka Freja
    .body = Fur dukaanka app-ka ee taleefankaaga. Raadi Freja eID. Ku rakib app-ka oo fur.

email-level =
    .title = Ku bilow iimaylkaaga
    .body = Ku qor cinwaankaaga iimaylka app-ka oo raac tallaabooyinka. Markaas waxaad haysataa heerka koowaad. Heerkaas qofna weli ma hubin cidda aad tahay.

show-id =
    .title = Tus dukumeentigaaga aqoonsiga
    .body = Dooro inaad u gudubto heer ka sarreeya. Raac app-ka: sawir dukumeentigaaga aqoonsiga oo iska sawir (selfie), waa sawir wejigaaga ah.
    .tip = Baasaboor Iswidish ah ama kaarka aqoonsiga qaranka, badanaa Freja eID+ isla markiiba waad ku heshaa.

wait-check =
    .title = Sug hubinta
    .body = Qof ka tirsan Freja ayaa hubiya sawirradaada. Waxay qaadataa qiyaastii 15 daqiiqo maalmaha shaqada. Daqiiqado kadib app-ka eeg.

visit-agent =
    .title = Shatiga darawalnimada ama kaarka aqoonsiga ee Skatteverket?
    .body = Markaas sidoo kale waa inaad adigu iyo dukumeentigaaga aqoonsigu isu muujisaan wakiil (ombud). frejaeid.com waxaad ka arki kartaa meesha wakiillo ay joogaan.
    .tip = Wakiilladu way isbeddeli karaan. Hubi liiska ka hor intaadan tagin.

keep-it-yours =
    .title = Aqoonsigaaga elektaroonigga ah adiga keliya ayuu kuu yahay
    .body = Weligaa ha isticmaalin aqoonsigaaga elektaroonigga ah sababtoo ah qof kale ayaa ku weydiistay. Koodhadhkaaga cidna ha siin. Had iyo jeer akhri waxa aad app-ka ku oggolaanayso. Ma hubtid? Jooji (ka noqo).
    .warning = Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

get-help =
    .title = Halkan ka hel caawimaad
    .body = Su'aalo ma ka qabtaa Freja eID+? Akhri caawimaadda frejaeid.com. Shaqaalaha maktabadda ayaa ku tusi kara jidka. Laakiin koodhadhkaaga had iyo jeer adigu qor.
