title = Få hjälp på ett säkert sätt
summary = Vad en bibliotekarie eller anhörig kan hjälpa dig med, och vad du alltid gör själv.
# What to have ready: one item per line.
needs =
    Din egen telefon med din egen e-legitimation
    Tid: du bestämmer takten

helper-shows =
    .title = Hjälparen visar, du gör
    .body = En bibliotekarie eller en anhörig kan visa var du ska trycka och förklara stegen. Du trycker och skriver själv, i din egen telefon. Då har du kontrollen.
    .tip = Säg till om det går för fort. Du får alltid fråga igen.

keep-eid =
    .title = Ditt BankID är bara ditt
    .body = BankID är en personlig id-handling, precis som ett pass. Låt aldrig någon annan använda ditt BankID. Ge aldrig din kod till någon: inte till en anhörig, en bibliotekarie, banken eller polisen.
    .warning = Ber någon om din kod? Säg nej.

cover-code =
    .title = Skydda din kod
    .body = När du skriver din kod: skydda skärmen med handen. Den som hjälper dig kan titta bort en stund. Skriv inte koden på en lapp.

power-of-attorney =
    .title = Fullmakt för bankärenden
    .body = Ska någon annan sköta bankärenden åt dig? Då kan du ge den personen en fullmakt. Banken vill ha fullmakten skriftligt. Fråga din bank efter deras blankett.
    .tip = En fullmakt ger ingen rätt att använda ditt BankID eller dina koder.

share-mail =
    .title = Låt någon läsa din digitala post
    .body = I Min myndighetspost kan du välja vilka personer som får läsa dina meddelanden. Kivra har en funktion för att dela. Då kan någon hjälpa dig utan ditt BankID.

still-responsible =
    .title = Du ansvarar fortfarande för din post
    .body = Även när någon annan kan läsa din post är det du som ansvarar för att läsa det som kommer. Kom överens med hjälparen om hur hen säger till när något viktigt kommer.
