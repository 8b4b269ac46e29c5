title = Logga in på din internetbank
summary = Så loggar du in i din banks app eller internetbank med Mobilt BankID, och så gör du det säkert.
# What to have ready: one item per line.
needs =
    Mobilt BankID i din telefon
    Din säkerhetskod till BankID (i huvudet, inte på en lapp)
    Din banks app, eller en dator med webbläsare

find-bank =
    .title = Öppna din banks app eller webbplats
    .body = Öppna bankens app i telefonen. Eller skriv själv bankens adress i webbläsaren på datorn. Använd inte länkar i sms eller mejl.
    .tip = Spara bankens adress som bokmärke. Då hittar du rätt nästa gång.

press-login =
    .title = Tryck på «Logga in»
    .body = Tryck på «Logga in». Frågar banken hur du vill logga in? Välj Mobilt BankID.

scan-qr =
    .title = Skanna QR-koden
    .body = Loggar du in på en dator visar sidan en QR-kod som rör sig. Öppna BankID-appen i telefonen. Välj att skanna en QR-kod och håll kameran mot koden.
    .tip = QR-koden visar att du och skärmen är på samma plats. Skanna aldrig en kod som någon annan skickar till dig.

check-text =
    .title = Läs texten i BankID-appen
    .body = BankID-appen visar var du loggar in. Kontrollera att det är din bank. Står det något annat, eller är du osäker? Avbryt.

enter-code =
    .title = Skriv din säkerhetskod
    .body = Skriv din säkerhetskod i BankID-appen. Bara du ska kunna koden. Skydda skärmen med handen när du skriver. Nu är du inloggad.

log-out =
    .title = Logga ut när du är klar
    .body = Tryck på «Logga ut» när du är klar. Använder du en dator på biblioteket? Stäng då också webbläsaren.

never-on-request =
    .title = Logga aldrig in för att någon ber dig
    .body = Logga bara in när du själv har bestämt det. Din bank ringer aldrig och ber dig logga in med BankID eller lämna koder. Ge aldrig dina koder till någon.
    .warning = Ringer någon och ber dig logga in? Lägg på. Logga inte in. Lita inte på den som ringer.
