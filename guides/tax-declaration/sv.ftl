title = Deklarera hos Skatteverket
summary = Så läser du din deklaration och lämnar den till Skatteverket, med e-legitimation eller med koderna.
# What to have ready: one item per line.
needs =
    Din deklaration från Skatteverket
    En e-legitimation, till exempel Mobilt BankID, eller koderna på specifikationen
    En dator, eller appen Skatteverket i mobilen

get-declaration =
    .title = Hitta din deklaration
    .body = Skatteverket skickar deklarationen varje vår. Har du en digital brevlåda kommer den dit. Sista dagen att deklarera ändras varje år. Du hittar den på skatteverket.se.
    .tip = Ett exempel: för inkomståret 2025 var sista dagen den 4 maj 2026.

check-figures =
    .title = Läs och kontrollera
    .body = Läs din deklaration noga. Stämmer uppgifterna? Titta till exempel på dina inkomster.
    .tip = Är du osäker på något? Fråga Skatteverket innan du godkänner.

log-in =
    .title = Logga in hos Skatteverket
    .body = Gå till skatteverket.se på en dator. Välj e-tjänsten för deklarationen. Logga in med din e-legitimation, till exempel BankID. Läs alltid texten i appen innan du skriver din säkerhetskod.
    .tip = E-tjänsten är inte gjord för mobilen. I mobilen deklarerar du i stället i appen Skatteverket.

scam-warning =
    .title = Skydda din e-legitimation och dina koder
    .body = Logga bara in när du själv har valt det. Ge aldrig dina koder till någon. Det gäller även om någon säger att den är från en myndighet eller en bank. Läs alltid vad du loggar in på eller skriver under.
    .warning = Ringer någon och ber dig logga in? Lägg på. Logga inte in. Lita inte på den som ringer.

change-or-approve =
    .title = Ändra eller godkänn
    .body = Stämmer allt? Godkänn deklarationen. Saknas något eller är något fel? Ändra det först. Godkänn sedan. Du skriver under med din e-legitimation.
    .tip = Godkänn bara det som du har läst och förstått.

approve-with-codes =
    .title = Ingen e-legitimation? Använd koderna
    .body = Vill du bara godkänna, utan att ändra något? Då räcker koderna på specifikationen. Du kan godkänna med sms, i telefon eller i e-tjänsten. Du behöver ingen e-legitimation. Följ det som står på din deklaration.
    .warning = Ge aldrig koderna till någon annan.
