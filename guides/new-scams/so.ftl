title = Khiyaanooyin cusub 2025–2026
summary = Xeelado cusub oo khiyaanoolayaashu isticmaalaan. Sida aad u garanayso, iyo waxa aad samaynayso.
# What to have ready: one item per line.
needs =
    Wax gaar ah maya: akhri oo tababar
    Lambarka taleefanka dhabta ah ee bangigaaga, oo aad adigu heshay

remote-control =
    .title = Qofna ha u oggolaan inuu maamulo taleefankaaga ama kombiyuutarkaaga
    .body = Qof ayaa ku soo wacaya oo doonaya inuu ku caawiyo. Waxaa lagu leeyahay soo deji app ama barnaamij. Kaas ayuu qofku ku arki karaa oo ku maamuli karaa shaashaddaada, oo ku gaari karaa lacagtaada. Weligaa ha oggolaan in qof meel fog ka maamulo kombiyuutarkaaga ama taleefankaaga.
    .warning = Qof taleefanka ku jira ma kaa codsanayaa inaad wax rakibto? Dhig taleefanka.

invoice-call =
    .title = Wicitaanno ku saabsan biil aan la bixin
    .body = Qof ayaa ku soo wacaya oo leh waxaad leedahay biil aan la bixin, tusaale ahaan Kivra ama Klarna. Kadib waxaa lagugu xiraa «bangiga», oo kaa codsanaya inaad BankID ku gasho ama barnaamij rakibto. Tani waa khiyaano.
    .tip = Biil miyaad ka shakisan tahay? Dhig taleefanka. Adigu shirkadda ku wac lambar aad adigu raadisay.

fake-police =
    .title = Boolis been ah
    .body = Cod duuban ama qof ayaa leh waa booliska. Waxaa lagu tuhunsan yahay dembi, ama tuugo ayaa gurigaaga u socda. Kadib waxay rabaan xogta kaarkaaga, ama inaad kaararka iyo alaabta qiimaha leh siiso qof gurigaaga imanaya. Tani waa khiyaano. Dhig taleefanka.
    .warning = Weligaa ha bixin koodh, kaar bangi, dahab ama alaab qiimo leh. Dad aadan aqoon guriga ha soo gelin.

wrong-swish =
    .title = «Si khalad ah ayaan kuugu Swish-gareeyay»
    .body = Waxaad Swish ku heshaa lacag qof aadan aqoon. Kadib qofku wuxuu kaa codsadaa inaad lacagta u dirto lambar kale. Ha samayn. Waxay noqon kartaa lacag dhaqid, markaas waxaad caawinaysaa dembi adigoon ogeyn.
    .tip = La xiriir bangigaaga oo weydii waxa aad samaynayso.

passport-tap =
    .title = «Baasaboorka taleefanka ku taabo» wicitaan dhexdiis
    .body = Bangigaagu wuxuu kaa codsan karaa inaad baasaboorkaaga ama kaarka aqoonsiga ku taabato taleefanka app-ka BankID, tusaale ahaan ka hor intaadan wareejin lacag badan. Waa hubin dheeraad ah. Laakiin qof ma ku soo wacay oo kaa codsaday inaad baasaboorka taabato? Dhig taleefanka.
    .tip = Adigu ma wactay bangigaaga, lambar aad adigu heshay? Markaas waa caadi inaad aqoonsato naftaada.

spam-sms =
    .title = Fariimaha khiyaanada u dir 7726
    .body = Ma heshay fariin SMS ah oo aad u malaynayso inay khiyaano tahay? Ha riixin link-ga. Fariinta u gudbi 7726. Markaas shirkadaha taleefannadu way joojin karaan, si dad yar ay u helaan.

quiz-invoice =
    .title = Tababar 1 ee 3: biil aan la bixin
    .body = Tani waa tababar magacyo la sameeyay leh. Taleefanka ayaa dhacaya. Akhri waxa uu wacaha leeyahay. Maxaad samaynaysaa?
    .screen =
        «Okänd Inkasso AB»
        «Waxaad leedahay biil aan la bixin. Rakib app-ka aan SMS kuugu soo dirno, bangigaaga ayaa ku caawin doona.»
    .choice-install = Rakib app-ka
    .choice-hang-up = Dhig taleefanka
    .right = Weligaa ha oggolaan in qof meel fog ka maamulo taleefankaaga ama kombiyuutarkaaga. Biil miyaad ka shakisan tahay? Adigu shirkadda ku wac lambar aad adigu raadisay.
    .wrong = Tani waxay ahayd khiyaano. App-ka ayuu khiyaanoolaha ku maamuli karaa taleefankaaga oo ku qaadan karaa lacagtaada. Dhig taleefanka, oo adigu wac shirkadda ama bangigaaga.

quiz-passport-call =
    .title = Tababar 2 ee 3: «bangiga» wuxuu rabaa inaad baasaboorka taabato
    .body = Tani waa tababar. Taleefanka ayaa dhacaya. Adigu ma aadan wacin bangiga. Akhri waxa uu wacaha leeyahay. Maxaad samaynaysaa?
    .screen =
        «Bangiga»
        «Qof ayaa isku dayaya inuu lacagtaada qaato. Hadda baasaboorkaaga ku taabo app-ka BankID, waanu joojinaynaa.»
    .choice-tap = Taabo baasaboorka
    .choice-hang-up = Dhig taleefanka
    .right = Weligaa ha isticmaalin BankID ama baasaboorkaaga sababtoo ah qof ku soo wacay ayaa kaa codsaday. Adigu bangigaaga ku wac lambar aad adigu heshay.
    .wrong = Tani waxay ahayd khiyaano. Adigu ma aadan wicin bangiga. Weligaa ha isticmaalin BankID sababtoo ah qof ku soo wacay ayaa kaa codsaday. Dhig taleefanka, oo adigu bangigaaga wac.

quiz-passport-own =
    .title = Tababar 3 ee 3: wareejintaada adiga
    .body = Tani waa tababar magacyo la sameeyay leh. Adigu waxaad gashay app-ka Solby Sparbank. Waxaad rabtaa inaad 50 000 kr u wareejiso koontadaada kaydka. App-ka BankID wuxuu weydiinayaa hubin dheeraad ah. Maxaad samaynaysaa?
    .screen =
        Solby Sparbank: u wareeji 50 000 kr koontadaada kaydka
        Baasaboorkaaga ama kaarka aqoonsiga taabo si aad u xaqiijiso.
    .choice-tap = Taabo baasaboorka
    .choice-cancel = Jooji
    .right = Adigu ayaa bilaabay wareejinta, qoraalkuna wuxuu la mid yahay waxa aad rabto. Bangiyadu waxay weydiin karaan hubin dheeraad ah lacagaha badan.
    .wrong = Halkan waxaa ammaan ahayd inaad sii wadato. Adigu ayaa bilaabay wareejinta, qoraalkuna waa sax. Bangiyadu waxay weydiin karaan hubin dheeraad ah lacagaha badan. Jooji marka qoraalku aanu la mid ahayn waxa aad rabto.

if-it-happened =
    .title = Horay ma u dhacday?
    .body = Isla markiiba wac bangigaaga oo xir BankID-gaaga iyo kaararkaaga. Kadib booliska ka warbixi 114 14. Dembigu ma hadda ayuu dhacayaa? Wac 112.
    .tip = Qaladkaaga maaha. Khiyaanoolayaashu waa xirfad leeyihiin. Inta aad dhakhso u wacdo, ayaa ka wanaagsan.
