title = Skaffa Swish
summary = Koppla ditt bankkonto till ditt mobilnummer. Då kan du ta emot och skicka pengar.
# What to have ready: one item per line.
needs =
    Ditt mobilnummer
    Ett bankkonto och inloggning till din bank (app eller internetbank)
    För att skicka pengar: en smartphone med Mobilt BankID

open-bank =
    .title = Logga in hos din bank
    .body = Swish kopplar du i din banks app eller i internetbanken. Öppna appen eller internetbanken och logga in som vanligt.
    .tip = Hittar du inte Swish? Fråga din bank. Varje bank visar det lite olika.

connect-number =
    .title = Koppla ditt mobilnummer till ditt konto
    .body = Leta upp Swish hos banken. Välj det konto som pengarna ska gå till och från. Skriv ditt mobilnummer. Följ sedan bankens steg ända till slutet.
    .tip = Kontrollera att numret är rätt innan du går vidare.

receive-only =
    .title = Nu kan du ta emot pengar
    .body = När numret är kopplat kan andra swisha pengar till ditt mobilnummer. För att ta emot pengar behöver du ingen smartphone och ingen app.

install-app =
    .title = Hämta appen för att skicka pengar
    .body = Vill du också skicka pengar? Då behöver du Swish-appen och Mobilt BankID. Öppna App Store eller Google Play och sök på «Swish». Appen heter «Swish betalningar».
    .tip = Har du inte Mobilt BankID? Det får du från din bank.

activate-app =
    .title = Öppna Swish-appen
    .body = Öppna Swish-appen och följ stegen på skärmen. När appen ber om det använder du ditt Mobilt BankID. Läs alltid texten i BankID-appen innan du skriver din kod.

limits-free =
    .title = Gratis, och banken sätter gränsen
    .body = Swish kostar ingenting för privatpersoner. Det kostar inget att skicka eller ta emot pengar. Hur mycket du kan swisha bestämmer din bank. Du ser och ändrar gränsen i internetbanken eller i bankens app.

scam-warning =
    .title = Använd aldrig BankID för att ta emot pengar
    .body = För att ta emot pengar behöver du aldrig öppna BankID eller skriva en kod. Ber någon dig om det, är det ett bedrägeri. Använd aldrig BankID när någon annan ber dig.
    .warning = Är du osäker på vad du signerar? Avbryt.
