title = Betala en räkning
summary = Så betalar du en räkning i din banks app eller internetbank. Och så kontrollerar du allt innan du signerar.
# What to have ready: one item per line.
needs =
    Räkningen, på papper eller i din digitala brevlåda
    Inloggning till din bank (app eller internetbank)
    Mobilt BankID

log-in =
    .title = Logga in hos din bank
    .body = Ha räkningen framför dig. Öppna bankens app eller internetbank och logga in med Mobilt BankID.

new-payment =
    .title = Välj att betala en räkning
    .body = Leta upp betalningar och välj att göra en ny betalning. Menyerna ser lite olika ut i olika banker.
    .tip = Hittar du inte? Fråga din bank.

recipient =
    .title = Skriv mottagarens nummer
    .body = På räkningen står mottagarens bankgironummer eller plusgironummer. Skriv numret exakt som det står. Visar banken ett namn? Kontrollera att det är samma som på räkningen.

reference =
    .title = Skriv OCR-numret
    .body = OCR-numret står på räkningen. Med det ser mottagaren vem som har betalat och för vad. Skriv av det siffra för siffra.
    .tip = Finns inget OCR-nummer? Skriv det fakturanummer eller meddelande som räkningen ber om.

amount-date =
    .title = Skriv belopp och datum
    .body = Skriv beloppet som ska betalas. Välj sedan datum för betalningen. Välj senast den förfallodag som står på räkningen.
    .tip = Du kan lägga in betalningen i förväg. Den görs på det datum du har valt.

check-sign =
    .title = Kontrollera och signera
    .body = Jämför allt med räkningen: nummer, OCR-nummer, belopp och datum. Stämmer allt? Signera med Mobilt BankID. Läs texten i BankID-appen innan du skriver din kod.
    .tip = Efteråt ser du betalningen i banken, bland kommande eller genomförda betalningar.

never-on-request =
    .title = Betala aldrig för att någon ber dig i telefon
    .body = Signera aldrig en betalning för att någon i telefon, sms eller mejl ber dig. Din bank ringer aldrig och ber dig logga in med BankID eller lämna koder.
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.
