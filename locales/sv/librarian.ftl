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
settings-hub-next-start = En ny navadress eller token används från kioskens nästa start.
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
