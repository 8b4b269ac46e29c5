title = Id och e-legitimation utan svenskt pass
summary = Så får du ett id-kort och en e-legitimation om du inte är svensk medborgare.
# What to have ready: one item per line.
needs =
    Ditt personnummer eller samordningsnummer
    En godkänd id-handling, eller en person som känner dig väl och kan intyga vem du är
    400 kronor för id-kortet från Skatteverket

citizens-only =
    .title = Pass är bara för svenska medborgare
    .body = Bara svenska medborgare kan få svenskt pass eller nationellt id-kort från Polisen. Är du inte svensk medborgare? Då finns andra vägar till id-kort och e-legitimation. Här är de.

tax-agency-card =
    .title = Id-kort från Skatteverket
    .body = Är du folkbokförd i Sverige, har du ett personnummer och har du fyllt 13 år? Då kan du ansöka om id-kort hos Skatteverket. Kortet visar vem du är i Sverige, till exempel på apoteket och banken.
    .tip = Är du under 18 år? Då behöver du din vårdnadshavares godkännande. Kortet gäller inte som pass på resor.

pay-fee =
    .title = Betala avgiften först
    .body = Ansökan kostar 400 kronor. Betala till Skatteverkets bankgiro 389-0100 innan du ansöker. Du får inte tillbaka pengarna om du inte får kortet.
    .tip = Avgiften kan ändras. Kontrollera den på skatteverket.se innan du betalar.

book-visit =
    .title = Boka tid och gå dit själv
    .body = Bara vissa servicekontor gör id-kort. Boka en tid på skatteverket.se. Ta med en godkänd id-handling. Har du ingen? Ta med en person som känner dig väl och kan intyga vem du är. Personen ska kunna visa sin egen id-handling.
    .tip = Ta inte med ett personbevis. Det visar inte vem du är.

e-id-on-card =
    .title = Kortet har en e-legitimation
    .body = I Skatteverkets id-kort finns en e-legitimation från AB Svenska Pass. Med den kan du logga in i Skatteverkets e-tjänster.

bankid-at-bank =
    .title = BankID: gå till ett bankkontor
    .body = BankID får du från din bank. Du behöver ett svenskt personnummer och en bank som ger ut BankID. Har du inget svenskt pass eller nationellt id-kort? Gå då till ett kontor hos din bank och fråga hur du gör.

freja-plus =
    .title = Freja+ med Skatteverkets id-kort
    .body = Med Skatteverkets id-kort kan du skaffa Freja+ i appen Freja. Då visar du kortet för ett ombud, på plats. Freja+ börjar gälla inom 3 timmar efter besöket.
    .tip = Var ombuden finns ser du på frejaeid.com.

coordination-number =
    .title = Har du ett samordningsnummer?
    .body = Ett samordningsnummer får den som inte är folkbokförd i Sverige. Med det kan du inte få BankID eller id-kort från Skatteverket. Är du medborgare i EU, EES eller Storbritannien kan du få Freja+ med ett styrkt samordningsnummer.
    .tip = Blir du folkbokförd får du ett personnummer i stället.

keep-it-yours =
    .title = Ditt id och din e-legitimation är bara dina
    .body = Låna aldrig ut ditt id-kort eller din e-legitimation, inte heller till någon som vill hjälpa dig. Ge aldrig dina koder till någon. Använd aldrig din e-legitimation för att någon som kontaktar dig ber om det.
    .warning = Lägg på. Logga inte in. Lita inte på den som ringer.
