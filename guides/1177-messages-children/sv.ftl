title = Skriv till din mottagning på 1177, även för ditt barn
summary = Så skickar du ett meddelande till din mottagning på 1177. Och så gör du det för ditt barn som är under 13 år.
# What to have ready: one item per line.
needs =
    En e-legitimation, till exempel Mobilt BankID
    En mobiltelefon eller en dator
    Namnet på mottagningen

log-in =
    .title = Logga in på 1177
    .body = Gå till 1177.se och tryck på «Logga in». Logga in med din e-legitimation, till exempel BankID. Läs alltid texten i appen innan du skriver din säkerhetskod.
    .warning = Logga aldrig in för att någon som kontaktar dig ber om det. Ge aldrig dina koder till någon.

act-for-child =
    .title = Gäller det ditt barn? Välj barnet
    .body = Är ditt barn under 13 år? Då kan du använda 1177 för barnet, om du är barnets vårdnadshavare i folkbokföringen. Första gången: välj «Lägg till barn» och skriv barnets personnummer. Sedan väljer du barnet. Gäller det dig själv? Hoppa över det här steget.

choose-clinic =
    .title = Välj mottagning
    .body = Leta upp den mottagning som du vill skriva till. Varje mottagning bestämmer själv vilka e-tjänster den har.
    .tip = Kan du inte skriva till mottagningen på 1177? Kontakta den på ett annat sätt, till exempel i telefon.

write-message =
    .title = Skriv ditt meddelande
    .body = Välj att skriva ett nytt meddelande. Skriv kort och tydligt. Skriv vad du behöver hjälp med.
    .warning = Meddelanden är inte till för akuta ärenden. Vid nödläge: ring 112. Vill du ha råd om vård? Ring 1177.

send-message =
    .title = Skicka meddelandet
    .body = Läs ditt meddelande en gång till. Skicka det sedan till mottagningen.

read-answer =
    .title = Läs svaret
    .body = Mottagningen svarar i dina meddelanden på 1177. Logga in igen senare. Öppna dina meddelanden och läs svaret.

log-out =
    .title = Logga ut när du är klar
    .body = Tryck på «Logga ut». Stäng sedan webbläsaren. Gör alltid så på en dator som andra också använder, till exempel på biblioteket.
