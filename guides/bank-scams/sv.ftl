title = Känn igen bedrägerier
summary = Falska sms, mejl och samtal från ”banken”. Så känner du igen dem, och så gör du.
# What to have ready: one item per line.
needs =
    Inget särskilt: läs och kom ihåg reglerna
    Din banks riktiga telefonnummer, som du har hittat själv

how-it-looks =
    .title = Så kan ett bedrägeri se ut
    .body = Ett sms, ett mejl eller ett samtal säger att det kommer från banken, BankID eller polisen. Det låter bråttom: dina pengar är i fara och du måste göra något nu.
    .tip = Den som ringer kan verka trovärdig. Lita inte på personen ändå.

bank-never-calls =
    .title = Banken ringer aldrig och ber om BankID
    .body = Din bank ringer aldrig och ber dig logga in med BankID eller lämna koder. Polisen hör aldrig av sig och ber dig legitimera dig med BankID. Den som ber om det är en bedragare.

hang-up =
    .title = Lägg på
    .body = Ber någon i telefon dig att logga in eller lämna koder? Avsluta samtalet direkt. Du behöver inte vara artig.
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.

no-links =
    .title = Tryck inte på länkar
    .body = Tryck inte på länkar i sms eller mejl som säger att de kommer från banken. Öppna bankens app själv, eller skriv själv bankens adress.
    .tip = Ring inte upp ett nummer som du har fått i ett sms. Ring bankens nummer som du har hittat själv.

read-bankid =
    .title = Läs alltid i BankID-appen
    .body = Innan du skriver din kod: läs var du loggar in och vad du signerar. Stämmer det inte med det du själv vill göra? Avbryt. Ge aldrig dina koder till någon.

if-it-happened =
    .title = Har du redan loggat in eller lämnat koder?
    .body = Ring din bank direkt och spärra ditt BankID. Gör sedan en polisanmälan på telefon 114 14. Pågår brottet just nu? Ring 112.
    .tip = Det är inte ditt fel. Bedragarna är skickliga. Ju snabbare du ringer, desto bättre.

quiz-bank =
    .title = Öva 1 av 3: ”Banken” ringer
    .body = Det här är en övning. Telefonen ringer. Läs vad personen säger. Vad gör du?
    .screen =
        ”Banken”
        ”Hej, jag ringer från din bank. Någon försöker ta dina pengar. Logga in med BankID nu, så stoppar vi det.”
    .choice-log-in = Logga in med BankID
    .choice-hang-up = Lägg på
    .right = Din bank ringer aldrig och ber dig logga in med BankID eller lämna koder. Är du orolig? Ring bankens nummer, som du har hittat själv.
    .wrong = Det här är ett vanligt bedrägeri. Din bank ringer aldrig och ber dig logga in med BankID. Lägg på. Logga inte in. Lita inte på den som ringer.

quiz-police =
    .title = Öva 2 av 3: ”Polisen” ringer
    .body = Det här är en övning. Telefonen ringer igen. Läs vad personen säger. Vad gör du?
    .screen =
        ”Polisen”
        ”Det här är polisen. Vi utreder ett bedrägeri mot dig. Legitimera dig med BankID så att vi vet att det är du.”
    .choice-hang-up = Lägg på
    .choice-identify = Legitimera mig med BankID
    .right = Polisen hör aldrig av sig och ber dig legitimera dig med BankID. Den som ber om det är en bedragare.
    .wrong = Det här var ett bedrägeri. Polisen hör aldrig av sig och ber dig legitimera dig med BankID, inte ens när det låter allvarligt. Lägg på. Logga inte in. Lita inte på den som ringer.

quiz-1177 =
    .title = Öva 3 av 3: ”1177” ringer
    .body = Det här är en övning. Nu ringer någon som säger att de kommer från vården. Läs vad personen säger. Vad gör du?
    .screen =
        ”1177”
        ”Hej, jag ringer från 1177. Din tid hos läkaren måste bekräftas. Logga in med BankID medan vi pratar.”
    .choice-log-in = Logga in med BankID
    .choice-hang-up = Lägg på
    .right = Använd aldrig BankID för att någon som ringer dig ber om det, vem de än säger att de är. Det gäller banken, polisen och vården. Lägg på. Har du själv ringt 1177? Då är det normalt att legitimera dig.
    .wrong = Det här var ett bedrägeri. Använd aldrig BankID för att någon ber dig i telefon, inte heller om de säger att de ringer från 1177. Lägg på. Logga inte in. Lita inte på den som ringer.
