title = Skaffa Mobilt BankID
summary = Så skaffar du Mobilt BankID i telefonen genom din bank.
# What to have ready: one item per line.
needs =
    Ditt svenska personnummer
    Ett konto i en bank som ger ut BankID
    En smarttelefon
    Ditt svenska pass eller nationella id-kort, eller ett besök på ditt bankkontor

ask-your-bank =
    .title = BankID får du från din bank
    .body = Du skaffar BankID genom din egen bank. Du behöver ett svenskt personnummer och en bank som ger ut BankID. Har du ingen sådan bank? Då kan Freja+ passa dig.
    .tip = Är du under 18 år? Då måste din vårdnadshavare godkänna att du skaffar BankID.

install-app =
    .title = Hämta appen BankID
    .body = Öppna appbutiken i din telefon. Sök på BankID. Installera appen.
    .tip = Sedan mars 2026 behöver appen Android 9 eller iOS 16 eller senare. Äldre telefoner kan inte använda BankID längre.

choose-bank =
    .title = Öppna din banks app
    .body = Logga in i din banks app eller internetbank. Välj att skaffa Mobilt BankID. Följ sedan stegen som banken visar.
    .tip = Hittar du det inte? Fråga din bank hur du gör hos just dem.

scan-id =
    .title = Skanna ditt pass eller id-kort
    .body = Appen kan be dig skanna ditt svenska pass eller nationella id-kort. Telefonen läser chippet i id-handlingen. Följ bilderna i appen.
    .tip = Ett körkort fungerar inte för skanningen. Har du inget svenskt pass eller nationellt id-kort? Gå till ett kontor hos din bank.

security-code =
    .title = Välj en säkerhetskod
    .body = Välj en säkerhetskod för ditt BankID. Välj en kod som bara du vet. Koden använder du när du loggar in eller skriver under med BankID.
    .warning = Ge aldrig din kod till någon. Banken frågar aldrig efter den.

notifications =
    .title = Slå på notiser
    .body = Tillåt notiser från appen BankID. Då ser du om någon skaffar ett BankID i ditt namn.
    .tip = Ett BankID gäller i några år. Sedan skaffar du ett nytt. Det förlängs inte.

never-share-codes =
    .title = Ditt BankID är bara ditt
    .body = Använd aldrig BankID för att någon som kontaktar dig ber om det. Banken ringer aldrig och ber dig logga in med BankID eller lämna koder. Polisen hör aldrig av sig och ber dig legitimera dig med BankID.
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.
