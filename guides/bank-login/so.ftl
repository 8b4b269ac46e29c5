title = Gal bangigaaga internetka
summary = Sida aad ugu gasho app-ka bangigaaga ama bangiga internetka adigoo isticmaalaya Mobilt BankID, iyo sida aad si ammaan ah u sameyso.
# What to have ready: one item per line.
needs =
    Mobilt BankID oo ku jira taleefankaaga
    Koodhka ammaanka ee BankID (madaxaaga ku hay, ha ku qorin warqad)
    App-ka bangigaaga, ama kombiyuutar leh browser

find-bank =
    .title = Fur app-ka ama bogga bangigaaga
    .body = Fur app-ka bangiga ee taleefankaaga. Ama adigu ku qor cinwaanka bangiga browser-ka kombiyuutarka. Ha isticmaalin linkiyada ku jira SMS ama iimayl.
    .tip = Cinwaanka bangiga u kaydi bookmark ahaan. Markaas mar dambe bogga saxda ah ayaad helaysaa.

press-login =
    .title = Riix «Logga in» (Gal)
    .body = Riix «Logga in» (Gal). Bangigu ma ku weydiiyay sida aad u rabto inaad u gasho? Dooro Mobilt BankID.

scan-qr =
    .title = Sawir QR code-ka
    .body = Haddii aad ku galayso kombiyuutar, boggu wuxuu muujinayaa QR code dhaqaaqaya. Fur app-ka BankID ee taleefankaaga. Dooro inaad sawirto QR code oo kamaradda u qabo koodhka.
    .tip = QR code-ku wuxuu muujinayaa in adiga iyo shaashaddu meel isku mid ah joogtaan. Weligaa ha sawirin koodh uu qof kale kuu soo diro.

check-text =
    .title = Akhri qoraalka app-ka BankID
    .body = App-ka BankID wuxuu muujinayaa meesha aad galayso. Hubi inuu yahay bangigaaga. Ma wax kale ayaa ku qoran, mise ma hubtid? Jooji.

enter-code =
    .title = Qor koodhkaaga ammaanka
    .body = Ku qor koodhkaaga ammaanka app-ka BankID. Adiga oo keliya ayaa koodhka garanaya. Gacantaada ku qari shaashadda markaad qorayso. Hadda waad gashay.

log-out =
    .title = Ka bax markaad dhammeyso
    .body = Riix «Logga ut» (Ka bax) markaad dhammeyso. Ma isticmaalaysaa kombiyuutarka maktabadda? Markaas sidoo kale xir browser-ka.

never-on-request =
    .title = Weligaa ha gelin sababtoo ah qof ayaa kaa codsaday
    .body = Gal oo keliya markaad adigu go'aansato. Bangigaagu weligiis kuuma soo wacayo si uu kaaga codsado inaad BankID ku gasho ama aad koodh bixiso. Weligaa koodhadhkaaga qofna ha siin.
    .warning = Qof ayaa ku soo wacay oo kaa codsaday inaad gasho? Dhig taleefanka. Ha gelin. Ha aaminin qofka wacaya.
