title = BankID och bedrägerier
summary = Så skyddar du ditt BankID. Och vad du gör om någon har lurat dig.
# What to have ready: one item per line.
needs =
    Några minuter att läsa
    Din banks telefonnummer, från bankens egen webbplats eller app

only-you =
    .title = Ditt BankID är bara för dig
    .body = Använd BankID bara när du själv har börjat ett ärende. Har du själv ringt, till exempel till 1177 eller din bank? Då är det normalt att legitimera dig. Har någon annan kontaktat dig? Använd aldrig BankID för att de ber dig, vem de än säger att de är.
    .tip = En bank kan be dig blippa ditt pass eller id-kort mot telefonen, som en extra kontroll, till exempel när du flyttar en stor summa. Gör det bara när du själv har börjat kontakten.

never-share-codes =
    .title = Ge aldrig bort dina koder
    .body = Din säkerhetskod är bara din. Ge den aldrig till någon. Banken ringer aldrig och ber dig logga in med BankID eller lämna koder.

read-before =
    .title = Läs alltid innan du skriver koden
    .body = Appen visar var du loggar in eller vad du skriver under. Läs texten varje gång. Stämmer det inte, eller är du osäker? Avbryt.

hang-up =
    .title = Ringer någon och ber dig logga in?
    .body = Banken ringer aldrig och ber dig logga in med BankID. Polisen hör aldrig av sig och ber dig legitimera dig med BankID. Polisen råder dig:
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.

block =
    .title = Spärra ditt BankID
    .body = Tror du att någon har lurat dig, eller vet någon din kod? Kontakta din bank direkt och spärra ditt BankID. Leta själv upp bankens nummer, till exempel på bankens webbplats.
    .tip = Ring aldrig ett nummer som den som ringde gav dig.

report =
    .title = Anmäl till polisen
    .body = Pågår brottet just nu? Ring 112. Har det redan hänt? Ring polisen på 114 14 och gör en anmälan.

practice-qr-login =
    .title = Öva: en QR-kod från någon annan
    .body = Det här är en övning med påhittade namn. Du får ett sms: ”Du har pengar att få tillbaka. Skanna QR-koden med BankID.” Du skannar koden. Läs vad appen visar. Vad gör du?
    .screen =
        Logga in hos Okänd Handel AB
        Har du själv startat den här inloggningen?
    .choice-approve = Ja, logga in
    .choice-cancel = Nej, avbryt
    .right = Du hade inte själv börjat något hos Okänd Handel AB. Koden kom från någon annan. Använd aldrig BankID för att någon annan ber dig.
    .wrong = Det här var ett bedrägeri. Du hade inte själv börjat någon inloggning: koden kom från någon annan. Använd BankID bara när du själv har börjat ett ärende. Har det hänt på riktigt? Kontakta din bank direkt och spärra ditt BankID.

practice-signing =
    .title = Öva: läs vad du skriver under
    .body = Det här är en övning med påhittade namn. Någon ringer och säger att de är från din bank. De säger att du måste signera för att stoppa en betalning. Läs vad appen visar. Vad gör du?
    .screen =
        Signera för Okänd Handel AB
        Jag godkänner att 9 800 kr förs över från mitt konto.
    .choice-cancel = Avbryt
    .choice-sign = Signera
    .right = Texten säger att du godkänner att pengar förs över, inte att du stoppar en betalning. Läs alltid vad du skriver under. Använd aldrig BankID för att någon ber dig i telefon.
    .wrong = Det här var ett bedrägeri. Texten säger att du godkänner att pengar förs över: motsatsen till det som personen i telefon sa. Använd aldrig BankID för att någon ber dig i telefon. Lägg på. Logga inte in. Lita inte på den som ringer.
