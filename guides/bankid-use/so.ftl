title = Ku gal BankID
summary = Sida loogu galo Mobilt BankID: iskaan garee koodhka QR, akhri qoraalka, qor koodhkaaga amniga.
# What to have ready: one item per line.
needs =
    Taleefankaaga oo leh Mobilt BankID
    Koodhkaaga amniga (säkerhetskod)
    Adeegga aad rabto inaad gasho, kombiyuutar ama tablet ku jira

choose-bankid =
    .title = Dooro BankID
    .body = Tag adeegga aad rabto inaad gasho. Dooro inaad ku gasho BankID. Markaas koodh QR ah ayaa shaashadda ka soo baxa.

moving-qr =
    .title = Koodhka QR wuu dhaqdhaqaaqaa
    .body = Koodhka QR had iyo jeer wuu isbeddelaa. Sidaas ayay ahaan lahayd. Wuxuu muujinayaa inaad adiga iyo shaashaddu isku meel joogtaan.
    .warning = Weligaa ha iskaan gareyn koodh QR ah oo qof kale kuu soo diray.

open-app =
    .title = Fur app-ka BankID oo iskaan garee
    .body = Fur app-ka BankID ee taleefankaaga. Dooro inaad iskaan gareyso koodh QR ah. U qabo taleefanka si kamaraddu u aragto koodhka shaashadda.

check-text =
    .title = Akhri meesha aad gelayso
    .body = App-ku wuxuu muujiyaa meesha aad gelayso ama waxa aad saxiixayso. Si taxaddar leh u akhri qoraalka. Ma wax adigu aad bilowday baa?
    .warning = Ma waafaqsana, mise ma hubtid? Jooji (ka noqo).

security-code =
    .title = Qor koodhkaaga amniga
    .body = Ku qor koodhkaaga amniga app-ka oo xaqiiji. Ma shiday faraha (fingerprint) ama aqoonsiga wejiga app-ka? Markaas inta badan waad isticmaali kartaa halkii koodhka.

back-to-screen =
    .title = Mar kale eeg shaashadda
    .body = Hadda waad gashay adeegga. Samee arrinkaaga. Ka bax marka aad dhammayso.
    .tip = Dad kale ma isticmaalaan kombiyuutarkan? Had iyo jeer ka bax ka hor intaadan tagin.

only-your-own =
    .title = Gal oo keliya marka adigu rabto
    .body = Weligaa ha isticmaalin BankID sababtoo ah qof kula soo xiriiray ayaa kaa codsaday, taleefan, SMS ama iimayl. Weligaa qofna ha siin koodhadhkaaga. Bangigaagu weligiis kuuma soo waco si uu kaaga codsado inaad BankID ku gasho.
    .warning = Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

practice-own-login =
    .title = Layli: akhri ka hor intaadan oggolaan
    .body = Tani waa layli leh magacyo la sameeyey. Adiga ayaa doortay inaad BankID ku gasho bogga Solby kommun, oo aad sawirtay koodhka QR. Akhri waxa appku muujinayo. Maxaad samaynaysaa?
    .screen =
        Gal Solby kommun
        Ma adiga ayaa doonaya inaad gasho?
    .choice-cancel = Jooji
    .choice-approve = Haa, sii wad
    .right = Adiga ayaa bilaabay gelitaanka, appkuna wuxuu muujinayaa magaca adeegga aad dooratay. Markaas waad sii wadan kartaa oo qori kartaa koodhkaaga amniga.
    .wrong = Halkan waxaa ammaan ahayd in la sii wado: adiga ayaa bilaabay gelitaanka, magaca appkuna wuu la mid yahay adeegga aad dooratay. Laakiin way fiicnayd inaad taxaddartay. Haddii qoraalku aanu is waafaqin ama aadan hubin, jooji.
