title = Hjälpa och få hjälp – utan att låna e-legitimation
summary = Ombud och fullmakter: så kan en anhörig hjälpa dig med sin egen e-legitimation.
# What to have ready: one item per line.
needs =
    Din egen e-legitimation
    En person som du litar på, med sin egen e-legitimation

own-eid-only =
    .title = Låna aldrig ut din e-legitimation
    .body = Din e-legitimation är personlig. Ingen får använda någon annans e-legitimation, inte ens med lov. Men det finns säkra sätt att hjälpa varandra. Den som hjälper använder då sin egen e-legitimation.
    .tip = Ska någon sköta dina bankärenden? Fråga din bank efter deras blankett för fullmakt.

tax-ombud =
    .title = Deklarationsombud hos Skatteverket
    .body = En anhörig kan lämna din inkomstdeklaration åt dig, med sin egen e-legitimation. Då är hen ditt deklarationsombud. Du väljer ombud i Skatteverkets e-tjänst Ombud och behörigheter, eller med en blankett. Du ansvarar ändå för att uppgifterna stämmer.
    .tip = Slå på spärren i Ombud och behörigheter. Då kan ingen bli ditt ombud med en pappersblankett.

pharmacy =
    .title = Fullmakt för apoteksärenden
    .body = Vill du att någon hämtar ut dina läkemedel? Ge hen en fullmakt för apoteksärenden. Du kan göra det i Läkemedelskollen med din e-legitimation, eller med en blankett på ett apotek. Den som får fullmakten måste säga ja inom sju dagar.
    .tip = Fullmakten gäller i högst fyra år. Du kan avsluta den när du vill.

freja-shared =
    .title = Delad kontroll i Freja
    .body = Har du Freja? Med delad kontroll får din hjälpare en fråga i sin egen Freja-app när du loggar in eller skriver under. Det går igenom först när ni båda har godkänt. Hjälparen kan aldrig göra något själv med ditt Freja.
    .tip = Ni måste vara på samma plats när ni slår på delad kontroll. Båda behöver Freja med en kontrollerad id-handling.

future-fullmakt =
    .title = Framtidsfullmakt
    .body = Med en framtidsfullmakt väljer du vem som ska sköta dina saker om du en dag inte kan det själv, till exempel på grund av sjukdom. Den ska vara skriftlig. Du skriver under när två vittnen är med. Den som får fullmakten får inte vara vittne.
    .tip = Du måste vara 18 år och kunna sköta dina saker när du skriver den.

practice-relative =
    .title = Öva: en anhörig vill hjälpa
    .body = Det här är en övning. Din brorson vill hjälpa dig med deklarationen. Han ringer. Läs vad han säger. Vad gör du?
    .screen =
        ”Din brorson”
        ”Hej! Jag gör din deklaration nu. Säg din BankID-kod, så loggar jag in som dig.”
    .choice-give-code = Säg koden
    .choice-make-ombud = Gör honom till ombud
    .right = Ingen får använda din e-legitimation, inte ens en anhörig. Som ditt deklarationsombud kan han deklarera åt dig med sin egen e-legitimation.
    .wrong = Ge aldrig din kod till någon, inte heller till en anhörig. Ingen får använda någon annans e-legitimation. Gör honom i stället till ditt deklarationsombud hos Skatteverket.
