title = Boka, avboka eller omboka en tid på 1177
summary = Så bokar du en tid hos din mottagning på 1177. Och så avbokar eller ombokar du en tid.
# What to have ready: one item per line.
needs =
    En e-legitimation, till exempel Mobilt BankID
    En mobiltelefon eller en dator
    Namnet på din mottagning

open-1177 =
    .title = Gå till 1177.se
    .body = Öppna webbläsaren och skriv 1177.se. Tryck sedan på «Logga in».
    .tip = Du kan också skanna QR-koden här med din mobil. Då öppnas 1177 i mobilen.

log-in =
    .title = Logga in med din e-legitimation
    .body = Välj din e-legitimation, till exempel BankID. En QR-kod visas. Öppna appen för din e-legitimation i mobilen och skanna koden. Läs texten i appen. Skriv sedan in din säkerhetskod.

scam-warning =
    .title = Logga bara in när du själv vill
    .body = Logga aldrig in för att någon som kontaktar dig ber om det. Ge aldrig dina koder till någon. Läs alltid var du loggar in. Är du osäker? Avbryt.
    .warning = Ringer någon och ber dig logga in? Lägg på. Logga inte in. Lita inte på den som ringer.

choose-clinic =
    .title = Välj din mottagning
    .body = Leta upp den mottagning där du vill ha en tid. Varje mottagning bestämmer själv vilka e-tjänster den har.
    .tip = Kan du inte boka tid på 1177? Kontakta mottagningen på ett annat sätt, till exempel i telefon.

book-time =
    .title = Boka en tid
    .body = Välj att boka en tid. Välj en dag och en tid som passar dig. Läs uppgifterna. Bekräfta sedan bokningen.
    .tip = Skriv upp dag, tid och mottagning på en lapp.

cancel-or-rebook =
    .title = Avboka eller omboka en tid
    .body = Gå till dina bokade tider. Välj tiden. Välj sedan att avboka eller omboka den. Varje mottagning har egna regler för avbokning.
    .tip = Kan du inte komma? Avboka så snart du vet det. Fråga mottagningen om deras regler.

log-out =
    .title = Logga ut när du är klar
    .body = Tryck på «Logga ut». Stäng sedan webbläsaren. Gör alltid så på en dator som andra också använder, till exempel på biblioteket.
