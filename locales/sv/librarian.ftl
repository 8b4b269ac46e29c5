# Bibliotekarieläge (endast personal): PIN-kod, siffror, inställningar, utskrift.
librarian-title = Bibliotekarieläge
librarian-cancel = Avbryt
pin-erase = Sudda en siffra
pin-ok = Öppna
pin-enter = Skriv bibliotekariens PIN-kod.
pin-wrong =
    { $n ->
        [one] Fel PIN-kod. { $n } försök kvar innan knappsatsen låses.
       *[other] Fel PIN-kod. { $n } försök kvar innan knappsatsen låses.
    }
pin-locked =
    { $n ->
        [one] För många fel PIN-koder. Försök igen om { $n } minut.
       *[other] För många fel PIN-koder. Försök igen om { $n } minuter.
    }
pin-checking = Kontrollerar PIN-koden …
pin-not-set = Ingen PIN-kod för bibliotekarier är satt. Sätt en på kioskens dator med kommandot: lotsen set-pin
librarian-close = Stäng
librarian-quit = Avsluta kiosken
librarian-tab-overview = Översikt
librarian-tab-languages = Språk
librarian-tab-settings = Inställningar
librarian-tab-print = Skriv ut
librarian-assisted = Jag hjälpte den här besökaren
librarian-assisted-done = Markerat: jag hjälpte den här besökaren
librarian-today = I dag
librarian-week = Senaste 7 dagarna
librarian-sync = Statistiknav
librarian-coverage = Guider per språk
librarian-log-unreadable = Användningsloggen kan inte läsas (se kioskens logg).
librarian-no-log = Ingen användningslogg på den här kiosken.
librarian-sessions = Besökare
librarian-completed = Avslutade guider
librarian-help-asked = Bad om hjälp
librarian-assisted-count = Fick hjälp av personal
librarian-top-guides = Mest öppnade guider (öppnade / avslutade)
librarian-languages = Valda språk
librarian-hub = Nav
librarian-no-hub = inget: statistiken stannar på kiosken
librarian-last-sync = Senast skickat
librarian-never = aldrig
librarian-pending = Väntar på att skickas
librarian-problem = Senaste problem
librarian-no-problem = inget
librarian-coverage-value = { $reviewed } granskade, { $draft } utkast
settings-save = Spara inställningar
settings-saved = Sparat. Ändringarna gäller nu.
settings-not-saved = Inte sparat:
settings-no-data-dir = kiosken har ingen datamapp att spara inställningar i
settings-idle-timeout = Töm skärmen när ingen har rört den på
settings-seconds =
    { $n ->
        [one] { $n } sekund
       *[other] { $n } sekunder
    }
settings-shorter = Kortare
settings-longer = Längre
settings-text-size = Textstorlek för varje ny besökare
text-size-0 = Normal
text-size-1 = Stor
text-size-2 = Extra stor
settings-kiosk-name = Kioskens namn i statistiken
settings-hub-url = Statistiknavets adress
settings-hub-token = Navets token
settings-not-set = inte satt
settings-change = Ändra
settings-languages = Språk på första skärmen, i ordning (det första är förvalt)
settings-default-language = förvalt
settings-shown = Visas
settings-hidden = Dolt
settings-move-up = Flytta upp
settings-move-down = Flytta ner
settings-one-language = Minst ett språk måste visas.
keyboard-title = Tangentbord
keyboard-capitals = ABC
keyboard-erase = Sudda
keyboard-done = Klar
print-this-guide = Skriv ut den här guiden
print-choose = Eller välj en guide att skriva ut på det här språket:
print-printer = Skrivare: { $printer }
print-no-printer = Ingen skrivare är inställd: utskrifterna sparas som PDF-filer i { $dir }
print-unavailable = Utskrift går inte här.
print-preparing = Förbereder utskriften…
print-sent = Skickat till skrivaren { $printer }.
print-saved = Sparat som { $path }
print-failed = Inte utskrivet: { $reason }.
settings-staff-language = Språk i bibliotekarieläget
settings-unsaved = Ändringarna är inte sparade än.
settings-invalid-kiosk-name = Inte sparat: kioskens namn får bara ha små bokstäver a–z, siffror och bindestreck (högst 64 tecken), till exempel umea-stadsbibliotek-1.
settings-invalid-hub-url = Inte sparat: navets adress ska börja med https:// (eller http://) och följas av namnet, till exempel https://statistik.region.se.
unsaved-title = Spara ändringarna?
unsaved-body = Du har ändrat inställningar som inte är sparade.
unsaved-save = Spara och stäng
unsaved-discard = Släng ändringarna
unsaved-keep-editing = Fortsätt ändra
quit-title = Avsluta kiosken?
quit-comes-back = Kiosken startar om av sig själv om några sekunder.
quit-start-again = Kiosken startar inte av sig själv. Starta den igen med kommandot lotsen --kiosk eller genom att starta om datorn.
quit-unsaved-lost = Inställningar som inte är sparade försvinner.
quit-confirm = Ja, avsluta nu
quit-cancel = Avbryt
sync-problem-bad-address = Navets adress är inte en webbadress. Ändra den under Inställningar.
sync-problem-unreachable = Navet går inte att nå. Kontrollera nätverket och navets adress. Kiosken försöker igen.
sync-problem-certificate = Navets certifikat godtas inte. Kontrollera navets adress och att kioskens klocka går rätt.
sync-problem-timed-out = Navet svarade inte i tid. Kiosken försöker igen.
sync-problem-token-refused = Navet godtar inte kioskens token (okänd eller återkallad). Be samordnaren om en ny token.
sync-problem-wrong-kiosk-name = Token hör till ett annat kiosknamn. Ange namnet som token gavs ut för: det som väntar skickas då.
sync-problem-slow-down = Navet bad kiosken vänta lite. Kiosken försöker igen senare.
sync-problem-batch-refused = Navet tog inte emot statistiken. Kiosken försöker igen; se kioskens logg.
sync-problem-hub-fault = Navet har ett fel. Kiosken försöker igen.
sync-problem-usage-log = Kiosken kan inte läsa sin användningslogg. Se kioskens logg.
setup-title = Ställ in kiosken
setup-progress = Steg { $step } av { $count }
setup-back = Tillbaka
setup-next = Nästa
setup-finish = Klart: starta kiosken
setup-staff-language = Välj språket för personalen. Inställningar och bibliotekarieläget visas alltid på det här språket.
setup-pin = Välj en PIN-kod för bibliotekarier, 4 till 8 siffror. Den öppnar bibliotekarieläget: håll ner loggan i 3 sekunder.
setup-pin-again = Skriv samma PIN-kod en gång till.
setup-pin-too-short = PIN-koden behöver minst 4 siffror.
setup-pins-differ = PIN-koderna var olika. Välj en PIN-kod igen.
setup-hub = Ge kiosken sitt namn och skriv in statistiknavets adress och den token som samordnaren gav för den här kiosken. Utan nav stannar statistiken på kiosken.
setup-test-connection = Testa anslutningen
setup-testing = Testar…
setup-invalid-kiosk-name = Kioskens namn får bara ha små bokstäver a–z, siffror och bindestreck (högst 64 tecken), till exempel umea-stadsbibliotek-1.
setup-invalid-hub-url = Navets adress ska börja med https:// (eller http://) och följas av namnet, till exempel https://statistik.region.se.
setup-connection-works = Det fungerar: navet känner igen kiosken och klockorna stämmer.
setup-connection-no-token = Ingen token är inskriven. Skriv in den token som samordnaren gav för den här kiosken.
setup-connection-unreachable = Navet går inte att nå på den adressen. Kontrollera adressen och att kiosken har nätverk.
setup-connection-certificate = Navets certifikat godtas inte. Kontrollera adressen och att kioskens klocka går rätt.
setup-connection-token-refused = Navet godtar inte den här token (okänd eller återkallad). Be samordnaren om en ny.
setup-connection-name-mismatch = Token hör till kiosken { $token_kiosk }, men den här kiosken heter { $configured }. Ge kiosken namnet { $token_kiosk } eller be om en token för { $configured }.
setup-connection-not-a-hub = Adressen svarar, men inte som ett Lotsen-nav. Kontrollera adressen.
setup-connection-clock-ahead = Navet svarar, men kioskens klocka går { $minutes } minuter före navets. Ställ klockan rätt, annars hamnar statistiken på fel timme.
setup-connection-clock-behind = Navet svarar, men kioskens klocka går { $minutes } minuter efter navets. Ställ klockan rätt, annars hamnar statistiken på fel timme.
setup-languages = Välj vilka språk besökarna kan välja på första skärmen, och i vilken ordning. Det första är förvalt.
settings-from-hub = Navet bestämmer: { $settings }. Ändringar här gäller tills navet skickar sina igen.
settings-handout-url = Adress till utskrivbara guider
settings-printer = Skrivare
log-problem-disk-full =
    { $n ->
        [one] Disken är full, så användningsloggen kan inte skrivas. { $n } händelse väntar i minnet. Frigör plats på kiosken.
       *[other] Disken är full, så användningsloggen kan inte skrivas. { $n } händelser väntar i minnet. Frigör plats på kiosken.
    }
log-problem-locked =
    { $n ->
        [one] Ett annat program låser användningsloggen. { $n } händelse väntar i minnet.
       *[other] Ett annat program låser användningsloggen. { $n } händelser väntar i minnet.
    }
log-problem-not-writable =
    { $n ->
        [one] Användningsloggen får inte skrivas (skrivskyddad eller saknar behörighet). { $n } händelse väntar i minnet.
       *[other] Användningsloggen får inte skrivas (skrivskyddad eller saknar behörighet). { $n } händelser väntar i minnet.
    }
log-problem-other =
    { $n ->
        [one] Användningsloggen kan inte skrivas (se kioskens logg). { $n } händelse väntar i minnet.
       *[other] Användningsloggen kan inte skrivas (se kioskens logg). { $n } händelser väntar i minnet.
    }
