title = Logga in på 1177
summary = Så loggar du in på 1177 med din e-legitimation. Och så hittar du e-tjänsterna.
# What to have ready: one item per line.
needs =
    En e-legitimation, till exempel Mobilt BankID eller Freja+
    En mobiltelefon med appen för din e-legitimation
    En dator, eller samma mobil

open-1177 =
    .title = Gå till 1177.se
    .body = Öppna webbläsaren och skriv 1177.se. Tryck sedan på «Logga in».
    .tip = Du kan också skanna QR-koden här med din mobil. Då öppnas 1177 i mobilen.

choose-e-id =
    .title = Välj din e-legitimation
    .body = Välj den e-legitimation som du har, till exempel BankID eller Freja+.
    .tip = Har du ingen e-legitimation? BankID får du från din bank. Har du ingen bank i Sverige som ger BankID? Då kan Freja+ passa.

scan-qr =
    .title = Skanna QR-koden
    .body = En QR-kod visas på skärmen. Koden rör sig. Öppna appen för den e-legitimation du valde, till exempel BankID eller Freja. Skanna koden med appen.
    .tip = Skanna bara en QR-kod som du själv ser framför dig. Koden visar att du och skärmen är på samma plats.

read-and-confirm =
    .title = Läs och bekräfta i appen
    .body = Läs texten i appen. Var loggar du in? Stämmer det? Skriv då in din säkerhetskod. Är du osäker? Avbryt.

scam-warning =
    .title = Logga bara in när du själv vill
    .body = Logga aldrig in för att någon som kontaktar dig ber om det. Ge aldrig dina koder till någon. Polisen hör aldrig av sig och ber dig legitimera dig med BankID. Din bank ringer aldrig och ber dig logga in.
    .warning = Ringer någon och ber dig logga in? Lägg på. Logga inte in. Lita inte på den som ringer.

find-your-way =
    .title = Hitta e-tjänsterna
    .body = Nu är du inloggad. Här finns dina e-tjänster. Du kan till exempel boka tider, skicka meddelanden, läsa din journal och förnya recept. Varje mottagning bestämmer vilka e-tjänster den har.
    .tip = Du kan också ringa 1177 och få råd om vård. Rådgivning finns på flera språk.

log-out =
    .title = Logga ut när du är klar
    .body = Tryck på «Logga ut». Stäng sedan webbläsaren. Gör alltid så på en dator som andra också använder, till exempel på biblioteket.
