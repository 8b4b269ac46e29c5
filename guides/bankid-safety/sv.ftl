title = BankID och bedrägerier
summary = Så skyddar du ditt BankID. Och vad du gör om någon har lurat dig.
# What to have ready: one item per line.
needs =
    Några minuter att läsa
    Din banks telefonnummer, från bankens egen webbplats eller app

only-you =
    .title = Ditt BankID är bara för dig
    .body = Använd BankID bara när du själv har börjat ett ärende. Använd det aldrig för att någon annan ber dig. Det gäller i telefon, i sms, i mejl och på plats.

never-share-codes =
    .title = Ge aldrig bort dina koder
    .body = Din säkerhetskod är bara din. Ge den aldrig till någon. Banken ringer aldrig och ber dig logga in med BankID eller lämna koder.

read-before =
    .title = Läs alltid innan du skriver koden
    .body = Appen visar var du loggar in eller vad du skriver under. Läs texten varje gång. Stämmer det inte, eller är du osäker? Avbryt.

hang-up =
    .title = Ringer någon och ber dig logga in?
    .body = Banken ringer aldrig och ber dig logga in med BankID. Polisen ber dig aldrig legitimera dig med BankID. Polisen råder dig:
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.

block =
    .title = Spärra ditt BankID
    .body = Tror du att någon har lurat dig, eller vet någon din kod? Kontakta din bank direkt och spärra ditt BankID. Leta själv upp bankens nummer, till exempel på bankens webbplats.
    .tip = Ring aldrig ett nummer som den som ringde gav dig.

report =
    .title = Anmäl till polisen
    .body = Pågår brottet just nu? Ring 112. Har det redan hänt? Ring polisen på 114 14 och gör en anmälan.
