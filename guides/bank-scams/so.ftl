title = Garo khiyaanada
summary = SMS, iimayl iyo wicitaanno been ah oo ka imanaya "bangiga". Sida aad u garanayso, iyo waxa aad samayso.
# What to have ready: one item per line.
needs =
    Wax gaar ah looma baahna: akhri oo xasuuso xeerarka
    Lambarka taleefanka dhabta ah ee bangigaaga, mid aad adigu heshay

how-it-looks =
    .title = Sida khiyaano u ekaan karto
    .body = SMS, iimayl ama wicitaan ayaa sheegaya inuu ka yimid bangiga, BankID ama booliska. Waxay u egtahay degdeg: lacagtaadu khatar ayay ku jirtaa oo hadda waa inaad wax samayso.
    .tip = Qofka wacaya waxaa laga yaabaa inuu u muuqdo qof la aamini karo. Weli ha aaminin.

bank-never-calls =
    .title = Bangigu weligiis kuuma soo waco si uu BankID u weydiisto
    .body = Bangigaagu weligiis kuuma soo wacayo si uu kaaga codsado inaad BankID ku gasho ama aad koodh bixiso. Booliskuna weligood kulama soo xiriiraan si ay kaaga codsadaan inaad BankID ku aqoonsato. Qofka taas codsada waa khiyaanoole.

hang-up =
    .title = Dhig taleefanka
    .body = Qof taleefanka ku jira ma kaa codsanayaa inaad gasho ama aad koodh bixiso? Isla markiiba jooji wicitaanka. Uma baahnid inaad edeb yeelato.
    .warning = «Lägg på. Logga inte in. Lita inte på den som ringer.» (Dhig taleefanka. Ha gelin. Ha aaminin qofka wacaya.)

no-links =
    .title = Ha riixin linkiyada
    .body = Ha riixin linkiyada SMS ama iimayl sheegaya inay ka yimaadeen bangiga. Adigu fur app-ka bangiga, ama adigu qor cinwaanka bangiga.
    .tip = Ha dib u wicin lambar aad ka heshay SMS. Wac lambarka bangiga ee aad adigu heshay.

read-bankid =
    .title = Had iyo jeer ka akhri app-ka BankID
    .body = Ka hor intaadan qorin koodhkaaga: akhri meesha aad galayso iyo waxa aad saxiixayso. Miyaanay la mid ahayn waxa aad adigu rabto inaad samayso? Jooji. Weligaa koodhadhkaaga qofna ha siin.

if-it-happened =
    .title = Horay ma u gashay ama koodh ma bixisay?
    .body = Isla markiiba wac bangigaaga oo xir BankID-gaaga. Kadib ka warbixi booliska lambarka 114 14. Dembigu hadda ma socdaa? Wac 112.
    .tip = Ma aha qaladkaaga. Khiyaanoolayaashu waa xeeldheer yihiin. Inta aad dhakhso u wacdo, ayaa ka fiican.

quiz-bank =
    .title = Layli 1 ee 3: “bangiga” ayaa soo wacaya
    .body = Tani waa layli. Taleefanka ayaa dhacaya. Akhri waxa qofku leeyahay. Maxaad samaynaysaa?
    .screen =
        “Bangiga”
        “Haye, waxaan ka soo wacayaa bangigaaga. Qof ayaa isku dayaya inuu lacagtaada qaato. Hadda BankID ku gal, annaga ayaa joojin doonna.”
    .choice-log-in = BankID ku gal
    .choice-hang-up = Dhig taleefanka
    .right = Bangigaagu weligiis kuuma soo waco inuu kaa codsado inaad BankID ku gasho ama aad bixiso koodhadh. Ma walwalsan tahay? Wac lambarka bangiga ee aad adigu heshay.
    .wrong = Tani waa khiyaano caadi ah. Bangigaagu weligiis kuuma soo waco inuu kaa codsado inaad BankID ku gasho. Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay.

quiz-police =
    .title = Layli 2 ee 3: “booliska” ayaa soo wacaya
    .body = Tani waa layli. Taleefanka ayaa mar kale dhacaya. Akhri waxa qofku leeyahay. Maxaad samaynaysaa?
    .screen =
        “Booliska”
        “Kani waa booliska. Waxaan baaraynaa khiyaano lagugu sameeyey. Aqoonsigaaga ku caddee BankID si aan u ogaanno inay adiga tahay.”
    .choice-hang-up = Dhig taleefanka
    .choice-identify = Aqoonsigayga ku caddee BankID
    .right = Booliisku weligiis kulama soo xiriiro si uu kaaga codsado inaad aqoonsigaaga ku caddeyso BankID. Qofka taas codsada waa khiyaanoole.
    .wrong = Tani waxay ahayd khiyaano. Booliisku weligiis kulama soo xiriiro si uu kaaga codsado inaad aqoonsigaaga ku caddeyso BankID, xitaa haddii ay u muuqato arrin culus. Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay.

quiz-1177 =
    .title = Layli 3 ee 3: “1177” ayaa soo wacaya
    .body = Tani waa layli. Hadda waxaa soo wacaya qof leh wuxuu ka yimid daryeelka caafimaadka. Akhri waxa uu leeyahay. Maxaad samaynaysaa?
    .screen =
        “1177”
        “Haye, waxaan ka soo wacayaa 1177. Ballantaada dhakhtarka waa in la xaqiijiyo. BankID ku gal inta aan wada hadlayno.”
    .choice-log-in = BankID ku gal
    .choice-hang-up = Dhig taleefanka
    .right = Weligaa ha isticmaalin BankID sababtoo ah qof ku soo wacay ayaa kaa codsaday, qofkuu doono ha sheegto. Taasi waxay khusaysaa bangiga, booliska iyo daryeelka caafimaadka. Dhig taleefanka. Ma adigaa wacay 1177? Markaas waa caadi inaad is aqoonsiiso.
    .wrong = Tani waxay ahayd khiyaano. Weligaa ha isticmaalin BankID sababtoo ah qof ayaa taleefanka kaaga codsaday, xitaa haddii uu leeyahay wuxuu ka soo wacayaa 1177. Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay.
