# Kirjastonhoitajan tila (vain henkilökunnalle). Käännösluonnos.
librarian-title = Kirjastonhoitajan tila
librarian-cancel = Peruuta
pin-erase = Poista numero
pin-ok = Avaa
pin-enter = Anna kirjastonhoitajan PIN-koodi.
pin-wrong =
    { $n ->
        [one] Väärä PIN-koodi. { $n } yritys jäljellä ennen kuin näppäimistö lukittuu.
       *[other] Väärä PIN-koodi. { $n } yritystä jäljellä ennen kuin näppäimistö lukittuu.
    }
pin-locked =
    { $n ->
        [one] Liian monta väärää PIN-koodia. Yritä uudelleen { $n } minuutin kuluttua.
       *[other] Liian monta väärää PIN-koodia. Yritä uudelleen { $n } minuutin kuluttua.
    }
pin-not-set = Kirjastonhoitajan PIN-koodia ei ole asetettu. Aseta se kioskin tietokoneella komennolla: lotsen set-pin
librarian-close = Sulje
librarian-quit = Lopeta kioski
librarian-tab-overview = Yleiskatsaus
librarian-tab-settings = Asetukset
librarian-tab-print = Tulosta
librarian-assisted = Autoin tätä kävijää
librarian-assisted-done = Merkitty: autoin tätä kävijää
librarian-today = Tänään
librarian-week = Viimeiset 7 päivää
librarian-sync = Tilastokeskus
librarian-coverage = Oppaat kielittäin
librarian-log-unreadable = Käyttölokia ei voi lukea (katso kioskin loki).
librarian-no-log = Tällä kioskilla ei ole käyttölokia.
librarian-sessions = Kävijät
librarian-completed = Loppuun käydyt oppaat
librarian-help-asked = Pyysi apua
librarian-assisted-count = Henkilökunta auttoi
librarian-top-guides = Avatuimmat oppaat (avattu / valmis)
librarian-languages = Valitut kielet
librarian-hub = Keskus
librarian-no-hub = ei ole: tilastot pysyvät kioskilla
librarian-last-sync = Viimeksi lähetetty
librarian-never = ei koskaan
librarian-pending = Odottaa lähetystä
librarian-problem = Viimeisin ongelma
librarian-no-problem = ei ole
librarian-coverage-value = { $reviewed } tarkistettu, { $draft } luonnos
