title = BankID iyo khiyaanada
summary = Sida aad u ilaaliso BankID-gaaga. Iyo waxa aad samayso haddii qof ku khiyaaneeyo.
# What to have ready: one item per line.
needs =
    Dhowr daqiiqo oo akhris ah
    Lambarka taleefanka bangigaaga, laga helay bogga ama app-ka bangiga

only-you =
    .title = BankID-gaagu adiga keliya ayuu kuu yahay
    .body = Isticmaal BankID oo keliya marka adigu bilowday arrin. Ma adigaa wacay, tusaale ahaan 1177 ama bangigaaga? Markaas waa caadi inaad is aqoonsiiso. Qof kale ma kula soo xiriiray? Weligaa ha isticmaalin BankID sababtoo ah isagu ayaa ku weydiistay, qofkuu doono ha sheegto.
    .tip = Bangi ayaa kaa codsan kara inaad baasaboorkaaga ama kaarka aqoonsiga taabsiiso taleefanka, hubin dheeraad ah ahaan, tusaale ahaan marka aad u wareejinayso lacag badan. Samee oo keliya marka adigu bilowday xiriirka.

never-share-codes =
    .title = Koodhadhkaaga cidna ha siin
    .body = Koodhkaaga amniga adiga keliya ayaa leh. Cidna ha siin. Bangigu weligiis kuuma soo waco inuu kaa codsado inaad ku gasho BankID ama aad bixiso koodh.

read-before =
    .title = Had iyo jeer akhri ka hor intaadan koodhka qorin
    .body = App-ku wuxuu muujiyaa meesha aad gelayso ama waxa aad saxiixayso. Akhri qoraalka mar kasta. Ma waafaqsana, mise ma hubtid? Jooji (ka noqo).

hang-up =
    .title = Qof ma ku soo wacay oo kaa codsaday inaad gasho?
    .body = Bangigu weligiis kuuma soo waco inuu kaa codsado inaad ku gasho BankID. Booliisku weligood kulama soo xiriiraan si ay kaaga codsadaan inaad isku aqoonsiiso BankID. Talada booliiska:
    .warning = Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

block =
    .title = Xir BankID-gaaga
    .body = Ma u malaynaysaa in qof ku khiyaaneeyay, ama qof yaqaan koodhkaaga? Si toos ah ula xiriir bangigaaga oo xir BankID-gaaga. Adigu raadi lambarka bangiga, tusaale bogga internetka ee bangiga.
    .tip = Weligaa ha wacin lambar uu ku siiyay qofka ku soo wacay.

report =
    .title = U sheeg booliiska
    .body = Dembigu hadda ma socdaa? Wac 112. Mar hore ma dhacay? Wac booliiska 114 14 oo samee warbixin (dacwad).

practice-qr-login =
    .title = Layli: koodh QR oo qof kale ka yimid
    .body = Tani waa layli leh magacyo la sameeyey. Waxaad heshaa SMS: “Lacag ayaa laguu celinayaa. Koodhka QR ku sawir BankID.” Waad sawirtaa koodhka. Akhri waxa appku muujinayo. Maxaad samaynaysaa?
    .screen =
        Gal Okänd Handel AB
        Ma adigu ayaa bilaabay gelitaankan?
    .choice-approve = Haa, gal
    .choice-cancel = Maya, jooji
    .right = Adigu waxba kama aadan bilaabin Okänd Handel AB. Koodhka qof kale ayaa soo diray. Weligaa ha isticmaalin BankID sababtoo ah qof kale ayaa ku weydiistay.
    .wrong = Tani waxay ahayd khiyaano. Adigu ma aadan bilaabin gelitaan: koodhka qof kale ayaa soo diray. BankID isticmaal oo keliya marka adigu bilowday arrin. Ma dhab ayay u dhacday? Isla markiiba la xiriir bangigaaga oo xir BankID-gaaga.

practice-signing =
    .title = Layli: akhri waxaad saxiixayso
    .body = Tani waa layli leh magacyo la sameeyey. Qof ayaa ku soo wacaya oo leh wuxuu ka yimid bangigaaga. Wuxuu leeyahay waa inaad saxiixdaa si lacag bixin loo joojiyo. Akhri waxa appku muujinayo. Maxaad samaynaysaa?
    .screen =
        Saxiix Okänd Handel AB
        Waan oggolahay in 9 800 karoon laga wareejiyo koontadayda.
    .choice-cancel = Jooji
    .choice-sign = Saxiix
    .right = Qoraalku wuxuu leeyahay waxaad oggolaanaysaa in lacag la wareejiyo, ma aha in lacag bixin la joojiyo. Had iyo jeer akhri waxaad saxiixayso. Weligaa ha isticmaalin BankID sababtoo ah qof ayaa taleefanka kaaga codsaday.
    .wrong = Tani waxay ahayd khiyaano. Qoraalku wuxuu leeyahay waxaad oggolaanaysaa in lacag la wareejiyo: taas oo ka soo horjeedda waxa qofka soo wacay yiri. Weligaa ha isticmaalin BankID sababtoo ah qof ayaa taleefanka kaaga codsaday. Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay.
