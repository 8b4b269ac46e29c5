title = Mobilen är borta
summary = Har du tappat mobilen, eller har någon stulit den? Så skyddar du ditt BankID och dina pengar.
# What to have ready: one item per line.
needs =
    En annan telefon eller en dator
    Din banks telefonnummer, som du hittar själv
    Din id-handling

block-bankid =
    .title = Spärra ditt BankID direkt
    .body = Ditt Mobila BankID finns i mobilen. Kontakta din bank direkt och be dem spärra det. Du kan ringa banken, gå till ett bankkontor eller spärra i internetbanken om du kan logga in på annat sätt, till exempel med en bankdosa.
    .tip = Hitta bankens nummer själv, till exempel på bankens webbplats. Låna en telefon av någon du litar på.

block-cards =
    .title = Spärra dina kort
    .body = Var bankkort eller kreditkort med, till exempel i mobilens skal? Spärra dem hos banken eller kortföretaget som gav ut dem. Säg det när du ringer banken.
    .tip = Var ditt pass eller nationella id-kort med? Ring polisen på 114 14 så att de spärrar det.

report =
    .title = Anmäl till polisen
    .body = Är mobilen stulen? Gör en polisanmälan. Har du tappat den? Gör en förlustanmälan. Du kan anmäla på polisen.se eller ringa 114 14. Händer brottet just nu? Ring 112.
    .tip = På polisen.se behöver du personnummer eller samordningsnummer. Annars ringer du 114 14.

new-bankid =
    .title = Skaffa ett nytt BankID
    .body = Ett BankID kan bara flyttas när den gamla och den nya mobilen är på samma plats. Därför behöver du ett nytt BankID från din bank. Har du ett annat BankID? Beställ med det. Annars använder du bankdosan eller besöker ett bankkontor.
    .tip = Ta med din id-handling när du går till bankkontoret.

calls-after =
    .title = Se upp för samtal efteråt
    .body = Någon kan ringa och säga att de är från banken eller polisen och vill hjälpa dig att spärra. Ge aldrig dina koder. Banker och polisen ringer aldrig och ber dig logga in eller skaffa ett nytt BankID.
    .warning = Lägg på. Ring själv din bank på ett nummer som du har hittat själv.

practice-call =
    .title = Öva: ett samtal efter stölden
    .body = Det här är en övning. Din mobil blev stulen i går. Nu ringer någon på din nya telefon. Läs vad personen säger. Vad gör du?
    .screen =
        ”Banken”
        ”Hej, vi har sett att din mobil är stulen. Säg koden till ditt bankkort, så spärrar vi det åt dig.”
    .choice-give-code = Säg koden
    .choice-hang-up = Lägg på
    .right = Ge aldrig dina koder till någon. Lägg på och ring själv din bank på ett nummer som du har hittat själv.
    .wrong = Det här var ett bedrägeri. Ge aldrig dina koder till någon som ringer, inte heller efter en stöld. Lägg på och ring själv din bank.
