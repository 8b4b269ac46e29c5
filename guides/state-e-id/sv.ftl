title = Den statliga e-legitimationen
summary = Polisen ska ge ut en e-legitimation från staten. Vem kan få den, och när?
# What to have ready: one item per line.
needs =
    Några minuter att läsa
    Tillgång till polisen.se, för att se när du kan ansöka

what-is-it =
    .title = En e-legitimation från staten
    .body = Regeringen har föreslagit en statlig e-legitimation. Polisen ska ge ut den. Den ska finnas på ett kort, till exempel på det nationella id-kortet. Du ska kunna använda den för att visa vem du är på nätet, som andra e-legitimationer.

who-can-get =
    .title = Vem kan få den?
    .body = Enligt förslaget kan du få den om du är svensk medborgare eller folkbokförd i Sverige. Du ska ha fyllt 9 år.
    .tip = Det som står här är ett förslag. Regler och namn kan ändras innan den börjar gälla.

check-polisen =
    .title = Kontrollera när du kan ansöka
    .body = Förslaget är att den statliga e-legitimationen ska börja gälla den 1 december 2026. Datum kan ändras. Titta på polisen.se när och hur du kan ansöka.
    .tip = Behöver du hjälp att hitta rätt sida? Fråga personalen på biblioteket.

all-e-ids-work =
    .title = Du behöver inte vänta
    .body = BankID och Freja+ är godkända att använda i myndigheternas e-tjänster. Har du redan en av dem kan du fortsätta använda den. Sedan januari 2026 finns ett nytt avtal via Digg. En myndighet som har anslutit sig ska låta dig välja bland alla e-legitimationer i avtalet.

never-on-request =
    .title = Ingen ringer och ber dig logga in
    .body = Nya saker lockar bedragare. Polisen och andra myndigheter ringer aldrig och ber dig logga in med din e-legitimation. Polisen hör aldrig av sig och ber dig legitimera dig med BankID. Läs själv på polisen.se hur du ansöker.
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.

practice-call =
    .title = Öva: ”Polisen” ringer om din e-legitimation
    .body = Det här är en övning. Telefonen ringer. Läs vad personen säger. Vad gör du?
    .screen =
        ”Polisen”
        ”Hej, jag ringer från polisen. Din nya statliga e-legitimation måste aktiveras i dag. Logga in med BankID medan vi pratar.”
    .choice-log-in = Logga in med BankID
    .choice-hang-up = Lägg på
    .right = Polisen ringer aldrig och ber dig logga in. Den som ber om det är en bedragare. Vill du veta något om den statliga e-legitimationen? Titta själv på polisen.se.
    .wrong = Det här var ett bedrägeri. Polisen hör aldrig av sig och ber dig legitimera dig med BankID, inte heller för en ny e-legitimation. Lägg på. Logga inte in. Lita inte på den som ringer.
