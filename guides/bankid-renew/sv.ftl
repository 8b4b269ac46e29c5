title = Ditt BankID går snart ut
summary = Så skaffar du ett nytt Mobilt BankID i tid, innan det gamla slutar fungera.
# What to have ready: one item per line.
needs =
    Din smarttelefon
    Inloggning till din internetbank, till exempel ditt nuvarande BankID
    Ditt svenska pass eller nationella id-kort, eller ett besök på ditt bankkontor

check-date =
    .title = Se när ditt BankID går ut
    .body = Ett BankID gäller i några år. Det förlängs inte. I stället skaffar du ett nytt. Titta i appen BankID eller fråga din bank när ditt går ut.

act-in-time =
    .title = Skaffa det nya i god tid
    .body = Vänta inte tills ditt BankID har gått ut. Skaffa det nya medan det gamla fortfarande fungerar. Då kan du logga in i din bank med det gamla.

check-phone =
    .title = Kontrollera din telefon
    .body = Sedan mars 2026 behöver appen BankID Android 9 eller iOS 16 eller senare. Har du en äldre telefon, till exempel en äldre iPhone eller en seniortelefon? Då kan du behöva en nyare telefon.
    .tip = Uppdatera appen BankID i appbutiken.

order-new =
    .title = Beställ ett nytt BankID
    .body = Logga in i din banks app eller internetbank. Välj att skaffa Mobilt BankID. Följ stegen som banken visar.
    .tip = Hittar du det inte? Fråga din bank hur du gör hos just dem.

scan-id =
    .title = Skanna ditt pass eller id-kort
    .body = Appen kan be dig skanna ditt svenska pass eller nationella id-kort. Telefonen läser chippet i id-handlingen. Följ bilderna i appen.
    .tip = Ett körkort fungerar inte för skanningen. Har du inget svenskt pass eller nationellt id-kort? Använd då ditt nuvarande BankID medan det fungerar, eller gå till ett kontor hos din bank.

notifications =
    .title = Slå på notiser
    .body = Tillåt notiser från appen BankID. Då ser du om någon skaffar ett BankID i ditt namn.

renew-yourself =
    .title = Skaffa ditt nya BankID själv
    .body = Skaffa ditt nya BankID bara själv, i din banks egen app eller internetbank. Använd aldrig BankID för att någon som kontaktar dig ber om det, inte heller för att ”förnya”. Banken ringer aldrig och ber dig logga in med BankID.
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.
