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
pin-checking = Tarkistetaan PIN-koodia …
pin-not-set = Kirjastonhoitajan PIN-koodia ei ole asetettu. Aseta se kioskin tietokoneella komennolla: lotsen set-pin
librarian-close = Sulje
librarian-quit = Lopeta kioski
librarian-tab-overview = Yleiskatsaus
librarian-tab-languages = Kielet
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
librarian-coverage-value = { $reviewed ->
        [one] { $reviewed } tarkistettu
       *[other] { $reviewed } tarkistettua
    }, { $draft ->
        [one] { $draft } luonnos
       *[other] { $draft } luonnosta
    }
settings-save = Tallenna asetukset
settings-saved = Tallennettu. Muutokset ovat nyt käytössä.
settings-not-saved = Ei tallennettu:
settings-no-data-dir = kioskilla ei ole datakansiota asetusten tallentamiseen
settings-idle-timeout = Tyhjennä näyttö, kun kukaan ei ole koskenut siihen
settings-seconds =
    { $n ->
        [one] { $n } sekuntiin
       *[other] { $n } sekuntiin
    }
settings-shorter = Lyhyempi
settings-longer = Pidempi
settings-text-size = Tekstin koko jokaiselle uudelle kävijälle
text-size-0 = Normaali
text-size-1 = Suuri
text-size-2 = Erittäin suuri
settings-kiosk-name = Kioskin nimi tilastoissa
settings-hub-url = Tilastokeskuksen osoite
settings-hub-token = Keskuksen tunnus
settings-not-set = ei asetettu
settings-change = Muuta
settings-languages = Ensimmäisen näytön kielet järjestyksessä (ensimmäinen on oletus)
settings-default-language = oletus
settings-shown = Näytetään
settings-hidden = Piilotettu
settings-move-up = Siirrä ylös
settings-move-down = Siirrä alas
settings-one-language = Vähintään yksi kieli on näytettävä.
keyboard-title = Näppäimistö
keyboard-capitals = ABC
keyboard-erase = Poista
keyboard-done = Valmis
print-this-guide = Tulosta tämä opas
print-choose = Tai valitse opas tulostettavaksi tällä kielellä:
print-printer = Tulostin: { $printer }
print-no-printer = Tulostinta ei ole asetettu: oppaat tallennetaan PDF-tiedostoina kansioon { $dir }
print-unavailable = Tulostus ei ole käytettävissä tässä.
print-preparing = Valmistellaan tulostetta…
print-sent = Lähetetty tulostimelle { $printer }.
print-saved = Tallennettu: { $path }
print-failed = Ei tulostettu: { $reason }.
