title = Läs din journal och förnya recept på 1177
summary = Så läser du din journal på 1177. Och så ber du om att få förnya ett recept.
# What to have ready: one item per line.
needs =
    En e-legitimation, till exempel Mobilt BankID
    En mobiltelefon eller en dator
    Namnet på medicinen som du vill förnya

log-in =
    .title = Logga in på 1177
    .body = Gå till 1177.se och tryck på «Logga in». Logga in med din e-legitimation, till exempel BankID. Läs alltid texten i appen innan du skriver din säkerhetskod.
    .warning = Logga aldrig in för att någon som kontaktar dig ber om det. Ge aldrig dina koder till någon.

find-journal =
    .title = Öppna din journal
    .body = Välj e-tjänsten för att läsa din journal. Varje mottagning bestämmer själv vilka e-tjänster den har.
    .tip = Hittar du inte din journal? Fråga din mottagning.

read-journal =
    .title = Läs din journal
    .body = I journalen kan du läsa vad vården har skrivit om dig. Välj det som du vill läsa.
    .tip = Förstår du inte något? Fråga din mottagning. Se till att ingen annan kan se din skärm.

find-prescriptions =
    .title = Öppna dina recept
    .body = Gå tillbaka. Välj sedan e-tjänsten för att förnya recept.
    .tip = Kan du inte förnya recept på 1177? Kontakta mottagningen på ett annat sätt, till exempel i telefon.

choose-medicine =
    .title = Välj medicinen
    .body = Välj den medicin som du vill förnya. Kontrollera att namnet stämmer.

send-request =
    .title = Skicka din begäran
    .body = Läs uppgifterna. Skicka sedan din begäran till mottagningen. Mottagningen bestämmer om receptet förnyas.
    .tip = Skicka i god tid, innan medicinen tar slut.

log-out =
    .title = Logga ut när du är klar
    .body = Tryck på «Logga ut». Stäng sedan webbläsaren. Gör alltid så på en dator som andra också använder, till exempel på biblioteket.
