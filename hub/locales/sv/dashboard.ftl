app-title = Lotsen statistik
skip-to-content = Hoppa till innehållet
nav-overview = Översikt
nav-funnel = Guidetratt
nav-when = När
nav-libraries = Bibliotek
nav-label = Instrumentpanelens sidor
language-switch = Språk
logged-in-as = Inloggad som { $name } ({ $scope })
scope-all-regions = alla regioner
log-out = Logga ut

login-title = Logga in
login-name = Användarnamn
login-password = Lösenord
login-submit = Logga in
login-refused = Fel användarnamn eller lösenord.
login-busy = För många inloggningsförsök just nu. Försök igen om en minut.
login-locked = För många misslyckade försök. Användaren är låst till { $until } UTC.

filter-legend = Urval
filter-region = Region
filter-library = Bibliotek
filter-all = Alla
filter-apply = Visa
filter-guide = Guide

suppressed-note = Tal från 1 till 4 visas som ”<5”, 0 som 0. ”dold” är ett tal (aldrig 0) som döljs för att ett ”<5” annars skulle gå att räkna ut. ”–”: biblioteket hade ingen kiosk då.
value-hidden = dold

kpi-sessions = Besök
kpi-guides-opened = Öppnade guider
kpi-completion = Andel slutförda
kpi-assisted-share = Besök med hjälp av personal
kpi-help = Hjälpförfrågningar
kpi-previous = Föregående period ({ $period }): { $value }, förändring { $change }

chart-top-guides = Mest öppnade guider
chart-languages = Språk som används
chart-bar-desc = Stapeldiagram; samma tal finns i tabellen nedanför.
series-current = Denna period

col-sessions = Besök
col-guide = Guide
col-opened = Öppnade
col-completed = Slutförda
col-completion-rate = Andel slutförda
col-language = Språk
col-step = Steg
col-reached = Nådde steget
col-abandoned = Gav upp här
col-weekday = Veckodag
col-hour = Timme
col-library = Bibliotek
col-region = Region
col-top-language = Vanligaste språk
col-last-sync = Senaste synk
col-figure = Mått
col-value = Denna period
col-previous = Föregående period

table-completion = Slutförda per guide
table-languages = Språk (tabell)
show-table = Visa som tabell

funnel-title = Guidetratt
funnel-choose = Välj guide
funnel-chart-desc = Stapeldiagram över hur många som nådde varje steg i { $guide }.
funnel-most-give-up = Flest ger upp vid { $step }.
funnel-most-give-up-marker = flest ger upp här
funnel-none = Inga publicerade steg för den här guiden i urvalet.

when-title = När kiosken används
when-desc = Besök per timme (kolumner) och veckodag (rader); mörkare betyder fler.
when-legend = Färre — fler besök

libraries-title = Bibliotek
library-silent = Tyst i mer än 3 dagar
library-never = Har aldrig synkat
library-ok = OK

export = Ladda ner
export-csv = CSV
export-json = JSON

weekday-0 = Måndag
weekday-1 = Tisdag
weekday-2 = Onsdag
weekday-3 = Torsdag
weekday-4 = Fredag
weekday-5 = Lördag
weekday-6 = Söndag

locale-none = Ej angivet
no-data = Inga uppgifter för det här urvalet.
col-status = Status
table-summary = Nyckeltal
language-sv = svenska (sv)
language-en = engelska (en)
language-ar = arabiska (ar)
language-fa = persiska (fa)
language-so = somaliska (so)
language-ti = tigrinja (ti)
language-uk = ukrainska (uk)
language-fi = finska (fi)

filter-period = Period
filter-period-help = Vecka 2026-W36, månad 2026-09, kvartal 2026-Q3 eller år 2026.
period-note = { $period }: { $from } – { $to }.
period-note-progress = { $period }: { $from } – { $to }, pågår (talen växer ännu).
period-previous-link = Föregående period
period-next-link = Nästa period
in-progress = pågår
kpi-year-earlier = Ett år tidigare ({ $period }): { $value }, förändring { $change }
chart-trend = Besök per period
chart-trend-desc = Linjediagram över besök i perioderna fram till den valda; den streckade linjen är samma perioder ett år tidigare.
series-year-earlier = Ett år tidigare
col-period = Period
col-year-earlier-period = Period ett år tidigare
col-year-earlier = Ett år tidigare
col-change = Förändring
col-id = Id
col-help = Hjälpförfrågningar
col-assisted-share = Andel med hjälp av personal
col-busiest-hours = Mest besökta timmar
step-needs = Det här behöver du
step-titled = Steg { $step }: { $title }
step-number = Steg { $step }
nav-report = Rapport
report-cover = Lotsen i { $region }, { $period }
report-methods-title = Om siffrorna
report-methods = Besök räknas en gång per session, på kiosken i bibliotekets lokala tid. Perioderna är kalendermånader, kvartal och år eller ISO-veckor; en period som pågår är markerad. Små tal skyddas så att ingen enskild besökare kan pekas ut: ett tal från 1 till 4 visas som ”<5”, och där det annars skulle gå att räkna ut döljs ett annat tal (”dold”) – det minsta som räcker. Ingen kombination av publicerade tal, inte heller från andra perioder eller bibliotek, avgör ett ”<5” närmare än 1–4; det prövas med linjärprogrammering i hubbens tester.
export-xlsx = Excel (.xlsx)
