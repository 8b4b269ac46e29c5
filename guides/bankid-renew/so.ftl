title = BankID-gaagu dhowaan wuu dhacayaa
summary = Sida aad waqtigeeda ugu heli karto Mobilt BankID cusub, ka hor inta kii hore uusan joojin shaqada.
# What to have ready: one item per line.
needs =
    Taleefankaaga casriga ah
    Hab aad ku gasho bangigaaga internetka, tusaale BankID-gaaga hadda
    Baasaboorkaaga Iswidishka ama kaarkaaga aqoonsiga qaranka, ama booqasho laanta bangigaaga

check-date =
    .title = Eeg goorta BankID-gaagu dhacayo
    .body = BankID wuxuu shaqeeyaa dhowr sano. Lama kordhiyo. Taa beddelkeeda waxaad qaadataa mid cusub. Ka eeg app-ka BankID ama weydii bangigaaga goorta kaagu dhacayo.

act-in-time =
    .title = Hel kan cusub goor hore
    .body = Ha sugin ilaa BankID-gaagu dhaco. Hel kan cusub inta kii hore weli shaqaynayo. Markaas waxaad bangigaaga ku geli kartaa kii hore.

check-phone =
    .title = Hubi taleefankaaga
    .body = Laga bilaabo Maarso 2026, app-ka BankID wuxuu u baahan yahay Android 9 ama iOS 16 ama mid ka cusub. Ma haysataa taleefan duug ah, tusaale ahaan iPhone duug ah ama taleefanka waayeelka? Markaas waxaa laga yaabaa inaad u baahato taleefan ka cusub.
    .tip = Ka cusboonaysii app-ka BankID dukaanka app-ka.

order-new =
    .title = Dalbo BankID cusub
    .body = Gal app-ka bangigaaga ama bangiga internetka. Dooro inaad hesho «Mobilt BankID». Raac tallaabooyinka uu bangigu ku tuso.
    .tip = Ma heli kartid? Weydii bangigaaga sida loo sameeyo iyaga.

scan-id =
    .title = Iskaan garee baasaboorka ama kaarka aqoonsiga
    .body = App-ku wuxuu ku weydiin karaa inaad iskaan gareyso baasaboorkaaga Iswidishka ama kaarka aqoonsiga qaranka. Taleefanku wuxuu akhriyaa jibka ku jira dukumeentiga. Raac sawirrada app-ka.
    .tip = Liisanka darawalnimada looma isticmaali karo iskaanka. Ma haysatid baasaboor Iswidish ah ama kaarka aqoonsiga qaranka? Markaas isticmaal BankID-gaaga hadda inta uu shaqaynayo, ama tag laan ka mid ah laamaha bangigaaga.

notifications =
    .title = Daar ogeysiisyada
    .body = Oggolow ogeysiisyada app-ka BankID. Markaas waad arki kartaa haddii qof kale magacaaga ku qaato BankID.

renew-yourself =
    .title = BankID-gaaga cusub adigu hel
    .body = BankID-gaaga cusub adiga keliya samee, app-ka ama bangiga internetka ee bangigaaga. Weligaa ha isticmaalin BankID sababtoo ah qof kula soo xiriiray ayaa kaa codsaday, xitaa si aad u "cusboonaysiiso". Bangigaagu weligiis kuuma soo waco si uu kaaga codsado inaad BankID ku gasho.
    .warning = Dhig taleefanka. Ha gelin. Ha aaminin qofka ku soo wacay. («Lägg på. Logga inte in. Lita inte på den som ringer.»)
