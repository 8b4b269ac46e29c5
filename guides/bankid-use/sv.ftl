title = Logga in med BankID
summary = Så loggar du in med Mobilt BankID: skanna QR-koden, läs texten, skriv din säkerhetskod.
# What to have ready: one item per line.
needs =
    Din telefon med Mobilt BankID
    Din säkerhetskod
    Tjänsten du vill logga in på, i en dator eller surfplatta

choose-bankid =
    .title = Välj BankID
    .body = Gå till tjänsten där du vill logga in. Välj att logga in med BankID. Då visas en QR-kod på skärmen.

moving-qr =
    .title = QR-koden rör sig
    .body = QR-koden ändras hela tiden. Så ska det vara. Den visar att du och skärmen är på samma plats.
    .warning = Skanna aldrig en QR-kod som någon annan har skickat till dig.

open-app =
    .title = Öppna appen BankID och skanna
    .body = Öppna appen BankID i din telefon. Välj att skanna en QR-kod. Håll telefonen så att kameran ser koden på skärmen.

check-text =
    .title = Läs var du loggar in
    .body = Appen visar var du loggar in eller vad du skriver under. Läs texten noga. Är det här något du själv har börjat?
    .warning = Stämmer det inte, eller är du osäker? Avbryt.

security-code =
    .title = Skriv din säkerhetskod
    .body = Skriv din säkerhetskod i appen och bekräfta. Har du slagit på fingeravtryck eller ansiktsigenkänning i appen? Då kan du ofta använda det i stället för koden.

back-to-screen =
    .title = Titta på skärmen igen
    .body = Nu är du inloggad i tjänsten. Gör ditt ärende. Logga ut när du är klar.
    .tip = Använder andra också datorn? Logga alltid ut innan du går.

only-your-own =
    .title = Logga bara in när du själv vill
    .body = Använd aldrig BankID för att någon som kontaktar dig ber om det, i telefon, sms eller mejl. Ge aldrig dina koder till någon. Banken ringer aldrig och ber dig logga in med BankID.
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.

practice-own-login =
    .title = Öva: läs innan du godkänner
    .body = Det här är en övning med påhittade namn. Du har själv valt att logga in med BankID på webbplatsen för Solby kommun och skannat QR-koden. Läs vad appen visar. Vad gör du?
    .screen =
        Logga in hos Solby kommun
        Är det du som vill logga in?
    .choice-cancel = Avbryt
    .choice-approve = Ja, fortsätt
    .right = Du har själv börjat inloggningen, och appen visar samma namn som tjänsten du valde. Då kan du fortsätta och skriva din säkerhetskod.
    .wrong = Här var det säkert att fortsätta: du har själv börjat inloggningen, och namnet i appen stämmer med tjänsten du valde. Men det var bra att du var försiktig. Stämmer texten inte, eller är du osäker? Avbryt.
