title = Skaffa Freja+
summary = En e-legitimation i mobilen, även om du inte har en svensk bank som ger ut BankID.
# What to have ready: one item per line.
needs =
    En smarttelefon
    En e-postadress
    En id-handling: svenskt pass, nationellt id-kort, körkort eller id-kort från Skatteverket
    Ett svenskt personnummer, eller ett styrkt samordningsnummer om du är medborgare i EU, EES eller Storbritannien

what-is-freja =
    .title = E-legitimation utan svensk bank
    .body = Freja är en e-legitimation i mobilen. Du behöver ingen svensk bank som ger ut BankID. Freja har olika nivåer. Den högsta nivån heter Freja+ och är godkänd av staten. För Freja+ behöver du ett svenskt personnummer. Är du medborgare i EU, EES eller Storbritannien räcker ett styrkt samordningsnummer.

install-app =
    .title = Hämta appen Freja
    .body = Öppna appbutiken i din telefon. Sök på Freja. Installera appen och öppna den.

email-level =
    .title = Börja med din e-post
    .body = Skriv din e-postadress i appen och följ stegen. Då har du den första nivån. På den nivån har ingen kontrollerat vem du är än.

show-id =
    .title = Visa din id-handling
    .body = Välj att gå vidare till en högre nivå. Följ appen: fotografera din id-handling och ta en selfie, alltså en bild på ditt ansikte.
    .tip = Med svenskt pass eller nationellt id-kort får du oftast Freja+ direkt.

wait-check =
    .title = Vänta på kontrollen
    .body = En person på Freja kontrollerar dina bilder. Det tar ungefär 15 minuter på vardagar. Titta i appen efter en stund.

visit-agent =
    .title = Körkort eller id-kort från Skatteverket?
    .body = Då behöver du också visa din id-handling för ett ombud, på plats. På frejaeid.com ser du var det finns ombud. Freja+ börjar gälla inom 3 timmar efter besöket.
    .tip = Ombuden kan ändras. Kontrollera listan innan du går dit.

keep-it-yours =
    .title = Din e-legitimation är bara din
    .body = Använd aldrig din e-legitimation för att någon som kontaktar dig ber om det. Ge aldrig dina koder till någon. Läs alltid vad du godkänner i appen. Är du osäker? Avbryt.
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.

get-help =
    .title = Här får du hjälp
    .body = Har du frågor om Freja+? Läs hjälpen på frejaeid.com. Personalen på biblioteket kan visa dig vägen. Men dina koder skriver du alltid själv.
