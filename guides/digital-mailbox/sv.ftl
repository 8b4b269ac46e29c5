title = Skaffa en digital brevlåda
summary = Så öppnar du en digital brevlåda, Min myndighetspost eller Kivra. Och så låter du någon du litar på se din post, utan att dela din e-legitimation.
# What to have ready: one item per line.
needs =
    En e-legitimation, till exempel Mobilt BankID
    En mobiltelefon eller en dator

choose-mailbox =
    .title = Välj brevlåda
    .body = Min myndighetspost drivs av staten. Den är för dig som är 18 år eller äldre. Där får du bara post från den offentliga sektorn, till exempel myndigheter. Kivra är en annan brevlåda. Där får du också post från företag.
    .tip = Post från myndigheter kan komma till båda brevlådorna.

open-site =
    .title = Gå till brevlådans webbplats
    .body = Vill du ha Min myndighetspost? Skriv minmyndighetspost.se i webbläsaren. Vill du ha Kivra? Skriv kivra.se.
    .tip = QR-koden här leder till Min myndighetspost.

log-in =
    .title = Logga in med din e-legitimation
    .body = Du behöver en e-legitimation för att öppna en digital brevlåda. Logga in, till exempel med BankID. Läs alltid texten i appen innan du skriver din säkerhetskod.

open-mailbox =
    .title = Öppna din brevlåda
    .body = Följ stegen på skärmen för att öppna brevlådan. Läs noga innan du godkänner något.

read-post =
    .title = Läs din post
    .body = Nu kommer din post från myndigheter till den digitala brevlådan. Du har själv ansvar för att läsa det som kommer. Logga in och titta i brevlådan ofta.

share-access =
    .title = Låt någon du litar på se din post
    .body = Behöver du hjälp med din post? I Kivra kan du dela din post med någon du litar på. Personen kan då se och sköta din post, till exempel betala dina fakturor. Då behöver du aldrig dela din e-legitimation.
    .tip = Dela bara med någon som du verkligen litar på. Du har fortfarande själv ansvar för din post.

never-share-e-id =
    .title = Låna aldrig ut din e-legitimation
    .body = Din e-legitimation är bara din. Låna aldrig ut den, inte heller till familjen. Ge aldrig dina koder till någon. Logga aldrig in för att någon som kontaktar dig ber om det.
    .warning = Ringer någon och ber dig logga in? Lägg på. Logga inte in. Lita inte på den som ringer.
