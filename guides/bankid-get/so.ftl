title = Hel Mobilt BankID
summary = Sida aad Mobilt BankID (BankID-ga taleefanka) uga heli karto bangigaaga.
# What to have ready: one item per line.
needs =
    Lambarkaaga aqoonsiga shakhsiga ee Iswidishka (personnummer)
    Koonto ku jirta bangi bixiya BankID
    Taleefan casri ah (smartphone)
    Baasaboorkaaga Iswidishka ama kaarkaaga aqoonsiga qaranka, ama booqasho laanta bangigaaga

ask-your-bank =
    .title = BankID waxaad ka heshaa bangigaaga
    .body = BankID waxaad ka heshaa bangigaaga. Waxaad u baahan tahay lambar shakhsi ah oo Iswidish ah iyo bangi bixiya BankID. Ma haysatid bangi noocaas ah? Markaas Freja+ ayaa laga yaabaa inay kugu habboonaato.
    .tip = Ma ka yar tahay 18 sano? Markaas waalidkaaga ama masuulkaagu waa inuu oggolaadaa inaad hesho BankID.

install-app =
    .title = Soo deji app-ka BankID
    .body = Fur dukaanka app-ka ee taleefankaaga. Raadi BankID. Ku rakib app-ka.
    .tip = Laga bilaabo Maarso 2026, app-ku wuxuu u baahan yahay Android 9 ama iOS 16 ama mid ka cusub. Taleefannada duugga ah ma isticmaali karaan BankID mar dambe.

choose-bank =
    .title = Fur app-ka bangigaaga
    .body = Gal app-ka bangigaaga ama bangiga internetka. Dooro inaad hesho «Mobilt BankID». Kadib raac tallaabooyinka uu bangigu ku tuso.
    .tip = Ma heli kartid? Weydii bangigaaga sida loo sameeyo iyaga.

scan-id =
    .title = Iskaan garee baasaboorka ama kaarka aqoonsiga
    .body = App-ku wuxuu ku weydiin karaa inaad iskaan gareyso baasaboorkaaga Iswidishka ama kaarka aqoonsiga qaranka. Taleefanku wuxuu akhriyaa jibka ku jira dukumeentiga. Raac sawirrada app-ka.
    .tip = Liisanka darawalnimada looma isticmaali karo iskaanka. Ma haysatid baasaboor Iswidish ah ama kaarka aqoonsiga qaranka? Tag laan ka mid ah laamaha bangigaaga.

security-code =
    .title = Dooro koodh amni
    .body = Dooro koodh amni (säkerhetskod) oo loogu talagalay BankID-gaaga. Dooro koodh adiga keligaa aad taqaan. Koodhka waxaad isticmaashaa marka aad ku gasho ama ku saxiixdo BankID.
    .warning = Koodhkaaga cidna ha siin. Bangigu weligiis kuma weydiiyo.

notifications =
    .title = Daar ogeysiisyada
    .body = Oggolow ogeysiisyada app-ka BankID. Markaas waad arki kartaa haddii qof kale magacaaga ku qaato BankID.
    .tip = BankID wuxuu shaqeeyaa dhowr sano. Kadib waxaad qaadataa mid cusub. Lama kordhiyo.

never-share-codes =
    .title = BankID-gaagu adiga keliya ayuu kuu yahay
    .body = Weligaa ha isticmaalin BankID sababtoo ah qof kula soo xiriiray ayaa kaa codsaday. Bangigaagu weligiis kuuma soo waco si uu kaaga codsado inaad BankID ku gasho ama aad koodh bixiso. Booliisku weligood kulama soo xiriiraan si ay kaaga codsadaan inaad BankID ku aqoonsato.
    .warning = Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay. («Lägg på. Logga inte in. Lita inte på den som ringer.»)
