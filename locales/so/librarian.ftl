# Habka maktabadda (shaqaalaha oo keliya). Qabyo tarjumaad.
librarian-title = Habka maktabadda
librarian-cancel = Jooji
pin-erase = Tirtir lambar
pin-ok = Fur
pin-enter = Geli lambarka sirta ah ee maktabadda.
pin-wrong =
    { $n ->
        [one] Lambar khaldan. { $n } isku day ayaa kuu hadhay ka hor inta aan la xidhin.
       *[other] Lambar khaldan. { $n } isku day ayaa kuu hadhay ka hor inta aan la xidhin.
    }
pin-locked =
    { $n ->
        [one] Lambarro khaldan oo badan. Isku day mar kale { $n } daqiiqo kadib.
       *[other] Lambarro khaldan oo badan. Isku day mar kale { $n } daqiiqo kadib.
    }
pin-checking = Waxaa la hubinayaa lambarka sirta ah …
pin-not-set = Lambar sir ah looma dejin maktabadda. Ku deji kombiyuutarka kiosk-ka amarkan: lotsen set-pin
librarian-close = Xidh
librarian-quit = Ka bax kiosk-ka
librarian-tab-overview = Guudmar
librarian-tab-languages = Luqadaha
librarian-tab-settings = Dejinta
librarian-tab-print = Daabac
librarian-assisted = Waan caawiyay booqdahan
librarian-assisted-done = Waa la calaamadeeyay: waan caawiyay booqdahan
librarian-today = Maanta
librarian-week = 7-dii maalmood ee u dambeeyay
librarian-sync = Xarunta tirakoobka
librarian-coverage = Hagayaasha luqad kasta
librarian-log-unreadable = Diiwaanka isticmaalka lama akhrin karo (eeg diiwaanka kiosk-ka).
librarian-no-log = Kiosk-kan ma laha diiwaan isticmaal.
librarian-sessions = Booqdayaal
librarian-completed = Hagayaal la dhammeeyay
librarian-help-asked = Caawimaad weydiistay
librarian-assisted-count = Shaqaalaha ayaa caawiyay
librarian-top-guides = Hagayaasha ugu badan ee la furay (la furay / la dhammeeyay)
librarian-languages = Luqadaha la doortay
librarian-hub = Xarunta
librarian-no-hub = ma jiro: tirakoobku kiosk-ka ayuu ku jiraa
librarian-last-sync = Markii ugu dambeysay ee la diray
librarian-never = marna
librarian-pending = Sugaya in la diro
librarian-problem = Dhibaatadii ugu dambeysay
librarian-no-problem = ma jirto
librarian-coverage-value = { $reviewed } la hubiyay, { $draft } qabyo
settings-save = Kaydi dejinta
settings-saved = Waa la kaydiyay. Isbeddellada hadda ayay shaqeynayaan.
settings-not-saved = Lama kaydin:
settings-no-data-dir = kiosk-kani ma laha gal xog oo lagu kaydiyo dejinta
settings-idle-timeout = Nadiifi shaashadda marka aan cidi taaban muddo
settings-seconds =
    { $n ->
        [one] { $n } ilbiriqsi
       *[other] { $n } ilbiriqsi
    }
settings-shorter = Ka gaaban
settings-longer = Ka dheer
settings-text-size = Cabbirka qoraalka booqde kasta oo cusub
text-size-0 = Caadi
text-size-1 = Weyn
text-size-2 = Aad u weyn
settings-kiosk-name = Magaca kiosk-ka ee tirakoobka
settings-hub-url = Cinwaanka xarunta tirakoobka
settings-hub-token = Calaamadda xarunta
settings-not-set = lama dejin
settings-change = Beddel
settings-languages = Luqadaha shaashadda koowaad, siday u kala horreeyaan (tan koowaad waa tan caadiga ah)
settings-default-language = caadi
settings-shown = La muujiyay
settings-hidden = La qariyay
settings-move-up = Kor u qaad
settings-move-down = Hoos u dhig
settings-one-language = Ugu yaraan hal luqad waa in la muujiyaa.
keyboard-title = Kiiboodh
keyboard-capitals = ABC
keyboard-erase = Tirtir
keyboard-done = Dhammaad
print-this-guide = Daabac hagahan
print-choose = Ama dooro hage aad ku daabacdo luqaddan:
print-printer = Daabacaha: { $printer }
print-no-printer = Daabace lama dejin: hagayaasha waxaa loo kaydiyaa faylal PDF ah gudaha { $dir }
print-unavailable = Daabacaddu halkan ma shaqeyso.
print-preparing = Waa la diyaarinayaa daabacaadda…
print-sent = Waxaa loo diray daabacaha { $printer }.
print-saved = Waxaa lagu kaydiyay { $path }
print-failed = Lama daabicin: { $reason }.
