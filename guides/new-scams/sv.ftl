title = Nya bedrägerier 2025–2026
summary = Nya knep som bedragare använder. Så känner du igen dem, och så gör du.
# What to have ready: one item per line.
needs =
    Inget särskilt: läs och öva
    Din banks riktiga telefonnummer, som du har hittat själv

remote-control =
    .title = Låt ingen styra din mobil eller dator
    .body = Någon ringer och vill hjälpa dig. Du ska ladda ner en app eller ett program. Med det kan personen se och styra din skärm, och komma åt dina pengar. Godkänn aldrig att någon fjärrstyr din dator eller telefon.
    .warning = Ber någon i telefon dig att installera något? Lägg på.

invoice-call =
    .title = Samtal om en obetald faktura
    .body = Någon ringer och säger att du har en obetald faktura, till exempel från Kivra eller Klarna. Sedan kopplas du till ”banken”, som ber dig logga in med BankID eller installera ett program. Det är bedrägeri.
    .tip = Är du osäker på en faktura? Lägg på. Ring själv företaget på ett nummer som du har tagit reda på själv.

fake-police =
    .title = Falska poliser
    .body = En inspelad röst eller en person säger att den är polisen. Du är misstänkt för ett brott, eller tjuvar är på väg till ditt hem. Sedan vill de ha dina kortuppgifter, eller att du ger kort och värdesaker till någon som kommer hem till dig. Det är bedrägeri. Lägg på.
    .warning = Lämna aldrig ut kod, bankkort, guld eller värdesaker. Släpp inte in okända personer.

wrong-swish =
    .title = ”Jag swishade fel”
    .body = Du får pengar på Swish från någon du inte känner. Sedan ber personen dig att skicka pengarna vidare till ett annat nummer. Gör inte det. Det kan vara penningtvätt, och då hjälper du till med ett brott utan att veta om det.
    .tip = Kontakta din bank och fråga vad du ska göra.

passport-tap =
    .title = ”Blippa ditt pass” i telefon
    .body = Din bank kan be dig blippa ditt pass eller id-kort i BankID-appen, till exempel innan du flyttar en stor summa. Det är en extra kontroll. Men ringer någon dig och ber dig blippa passet? Lägg på.
    .tip = Har du själv ringt din bank, på ett nummer som du har hittat själv? Då är det normalt att legitimera dig.

spam-sms =
    .title = Skicka bluff-sms till 7726
    .body = Får du ett sms som du tror är ett bedrägeri? Tryck inte på länken. Vidarebefordra sms:et till 7726. Då kan mobiloperatörerna stoppa det, så att färre får det.

quiz-invoice =
    .title = Öva 1 av 3: en obetald faktura
    .body = Det här är en övning med påhittade namn. Telefonen ringer. Läs vad personen säger. Vad gör du?
    .screen =
        ”Okänd Inkasso AB”
        ”Du har en obetald faktura. Installera appen som vi skickar i ett sms, så hjälper din bank dig.”
    .choice-install = Installera appen
    .choice-hang-up = Lägg på
    .right = Godkänn aldrig att någon fjärrstyr din mobil eller dator. Är du osäker på en faktura? Ring själv företaget på ett nummer som du har tagit reda på själv.
    .wrong = Det här var ett bedrägeri. Med appen kan bedragaren styra din mobil och ta dina pengar. Lägg på, och ring själv företaget eller din bank.

quiz-passport-call =
    .title = Öva 2 av 3: ”Banken” vill att du blippar passet
    .body = Det här är en övning. Telefonen ringer. Du har inte själv ringt banken. Läs vad personen säger. Vad gör du?
    .screen =
        ”Banken”
        ”Någon försöker ta dina pengar. Blippa ditt pass i BankID-appen nu, så stoppar vi det.”
    .choice-tap = Blippa passet
    .choice-hang-up = Lägg på
    .right = Använd aldrig BankID eller ditt pass för att någon som ringer ber dig. Ring själv din bank på ett nummer som du har hittat själv.
    .wrong = Det här var ett bedrägeri. Du hade inte själv ringt banken. Använd aldrig BankID för att någon som ringer ber dig. Lägg på, och ring själv din bank.

quiz-passport-own =
    .title = Öva 3 av 3: din egen överföring
    .body = Det här är en övning med påhittade namn. Du har själv loggat in i Solby Sparbanks app. Du vill flytta 50 000 kr till ditt eget sparkonto. BankID-appen ber om en extra kontroll. Vad gör du?
    .screen =
        Solby Sparbank: flytta 50 000 kr till ditt sparkonto
        Blippa ditt pass eller id-kort för att bekräfta.
    .choice-tap = Blippa passet
    .choice-cancel = Avbryt
    .right = Du startade själv överföringen, och texten stämmer med det du vill göra. Banker kan be om en extra kontroll för stora summor.
    .wrong = Här var det säkert att fortsätta. Du startade själv överföringen, och texten stämmer. Banker kan be om en extra kontroll för stora summor. Avbryt när texten inte stämmer med det du vill göra.

if-it-happened =
    .title = Har det redan hänt?
    .body = Ring din bank direkt och spärra ditt BankID och dina kort. Gör sedan en polisanmälan på telefon 114 14. Pågår brottet just nu? Ring 112.
    .tip = Det är inte ditt fel. Bedragarna är skickliga. Ju snabbare du ringer, desto bättre.
