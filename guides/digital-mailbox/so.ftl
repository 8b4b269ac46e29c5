title = Hel sanduuq boosto oo dijitaal ah
summary = Sida loo furo sanduuq boosto dijitaal ah, Min myndighetspost ama Kivra. Iyo sida aad u oggolaato qof aad aamminsan tahay inuu arko boostadaada, adigoon la wadaagin aqoonsigaaga elektaroonigga ah.
# What to have ready: one item per line.
needs =
    Aqoonsi elektaroonig ah (e-legitimation), tusaale ahaan Mobilt BankID
    Taleefan gacmeed ama kombiyuutar

choose-mailbox =
    .title = Dooro sanduuqa boostada
    .body = Min myndighetspost waxaa maamula dowladda. Waxaa loogu talagalay dadka 18 jir ama ka weyn. Waxaad halkaas ka helaysaa oo keliya boosto ka timid qaybta dowliga ah, tusaale ahaan hay'adaha. Kivra waa sanduuq kale. Halkaas waxaad sidoo kale ka helaysaa boosto ka timid shirkadaha.
    .tip = Boostada hay'adaha dowladda waxay imaan kartaa labada sanduuqba.

open-site =
    .title = Tag bogga sanduuqa boostada
    .body = Ma rabtaa Min myndighetspost? Biraawsarka ku qor minmyndighetspost.se. Ma rabtaa Kivra? Qor kivra.se.
    .tip = Koodka QR ee halkan wuxuu kuu geynayaa Min myndighetspost.

log-in =
    .title = Ku gal aqoonsigaaga elektaroonigga ah
    .body = Waxaad u baahan tahay aqoonsi elektaroonig ah si aad u furto sanduuq boosto oo dijitaal ah. Gal, tusaale ahaan adigoo isticmaalaya BankID. Had iyo jeer akhri qoraalka app-ka ka hor intaadan qorin koodkaaga amniga.

open-mailbox =
    .title = Fur sanduuqaaga boostada
    .body = Raac tallaabooyinka shaashadda si aad u furto sanduuqa. Si taxaddar leh u akhri ka hor intaadan waxba aqbalin.

read-post =
    .title = Akhri boostadaada
    .body = Hadda boostada hay'adaha dowladda waxay timaadaa sanduuqaaga dijitaalka ah. Adiga ayaa mas'uul ka ah inaad akhrido waxa yimaada. Gal oo inta badan eeg sanduuqa.

share-access =
    .title = U oggolow qof aad aamminsan tahay inuu arko boostadaada
    .body = Ma u baahan tahay caawimo boostadaada? Kivra waxaad boostadaada la wadaagi kartaa qof aad aamminsan tahay. Qofkaasi wuxuu markaas arki karaa oo maarayn karaa boostadaada, tusaale ahaan inuu bixiyo biilashaada. Sidaas weligaa uma baahnid inaad la wadaagto aqoonsigaaga elektaroonigga ah.
    .tip = La wadaag oo keliya qof aad runtii aamminsan tahay. Adiga ayaa weli mas'uul ka ah boostadaada.

never-share-e-id =
    .title = Weligaa ha amaahin aqoonsigaaga elektaroonigga ah
    .body = Aqoonsigaaga elektaroonigga ah adiga keliya ayaa iska leh. Weligaa ha amaahin, xitaa qoyskaaga. Weligaa qofna ha siin koodhadhkaaga. Weligaa ha gelin sababtoo ah qof kula soo xiriiray ayaa kaa codsaday.
    .warning = Qof ma ku soo wacay oo ma kaa codsaday inaad gasho? Dhig taleefanka. Ha gelin. Ha aaminin qofka soo wacay.
