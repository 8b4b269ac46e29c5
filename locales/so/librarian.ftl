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
pin-not-set = Lambar sir ah looma dejin maktabadda. Ku deji kombiyuutarka kiosk-ka amarkan: lotsen set-pin
librarian-close = Xidh
librarian-quit = Ka bax kiosk-ka
librarian-tab-overview = Guudmar
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
