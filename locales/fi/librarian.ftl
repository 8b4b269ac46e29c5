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
settings-staff-language = Kirjastonhoitajan tilan kieli
settings-unsaved = Muutoksia ei ole vielä tallennettu.
settings-invalid-kiosk-name = Ei tallennettu: kioskin nimessä saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysviivoja (enintään 64), esimerkiksi umea-stadsbibliotek-1.
settings-invalid-hub-url = Ei tallennettu: keskuksen osoitteen pitää alkaa https:// (tai http://) ja jatkua nimellä, esimerkiksi https://statistik.region.se.
unsaved-title = Tallennetaanko muutokset?
unsaved-body = Olet muuttanut asetuksia, joita ei ole tallennettu.
unsaved-save = Tallenna ja sulje
unsaved-discard = Hylkää muutokset
unsaved-keep-editing = Jatka muokkaamista
quit-title = Lopetetaanko kioski?
quit-comes-back = Kioski käynnistyy itsestään uudelleen muutaman sekunnin kuluttua.
quit-start-again = Kioski ei käynnisty itsestään. Käynnistä se komennolla lotsen --kiosk tai käynnistämällä tietokone uudelleen.
quit-unsaved-lost = Tallentamattomat asetukset katoavat.
quit-confirm = Kyllä, lopeta nyt
quit-cancel = Peruuta
sync-problem-bad-address = Keskuksen osoite ei ole verkko-osoite. Muuta se kohdassa Asetukset.
sync-problem-unreachable = Keskukseen ei saada yhteyttä. Tarkista verkko ja keskuksen osoite. Kioski yrittää uudelleen.
sync-problem-certificate = Keskuksen varmennetta ei hyväksytä. Tarkista osoite ja että kioskin kello on oikeassa.
sync-problem-timed-out = Keskus ei vastannut ajoissa. Kioski yrittää uudelleen.
sync-problem-token-refused = Keskus ei hyväksy kioskin tunnusta (tuntematon tai peruttu). Pyydä koordinaattorilta uusi.
sync-problem-wrong-kiosk-name = Tunnus kuuluu toiselle kioskin nimelle. Anna nimi, jolle tunnus annettiin: odottavat tiedot lähetetään silloin.
sync-problem-slow-down = Keskus pyysi kioskia odottamaan. Kioski yrittää myöhemmin uudelleen.
sync-problem-batch-refused = Keskus ei ottanut tilastoja vastaan. Kioski yrittää uudelleen; katso kioskin loki.
sync-problem-hub-fault = Keskuksessa on vika. Kioski yrittää uudelleen.
sync-problem-usage-log = Kioski ei voi lukea käyttölokiaan. Katso kioskin loki.
setup-title = Kioskin käyttöönotto
setup-progress = Vaihe { $step }/{ $count }
setup-back = Takaisin
setup-next = Seuraava
setup-finish = Valmis: käynnistä kioski
setup-staff-language = Valitse henkilökunnan kieli. Asetukset ja kirjastonhoitajan tila näytetään aina tällä kielellä.
setup-pin = Valitse kirjastonhoitajan PIN-koodi, 4–8 numeroa. Se avaa kirjastonhoitajan tilan: pidä logoa painettuna 3 sekuntia.
setup-pin-again = Kirjoita sama PIN-koodi uudelleen.
setup-pin-too-short = PIN-koodissa on oltava vähintään 4 numeroa.
setup-pins-differ = PIN-koodit olivat erilaiset. Valitse PIN-koodi uudelleen.
setup-hub = Anna kioskille nimi ja kirjoita tilastokeskuksen osoite ja tunnus, jonka koordinaattori antoi tälle kioskille. Ilman keskusta tilastot jäävät kioskiin.
setup-test-connection = Testaa yhteys
setup-testing = Testataan…
setup-invalid-kiosk-name = Kioskin nimessä saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysviivoja (enintään 64), esimerkiksi umea-stadsbibliotek-1.
setup-invalid-hub-url = Keskuksen osoitteen pitää alkaa https:// (tai http://) ja jatkua nimellä, esimerkiksi https://statistik.region.se.
setup-connection-works = Toimii: keskus tuntee tämän kioskin ja kellot täsmäävät.
setup-connection-no-token = Tunnusta ei ole kirjoitettu. Kirjoita tunnus, jonka koordinaattori antoi tälle kioskille.
setup-connection-unreachable = Keskukseen ei saada yhteyttä tästä osoitteesta. Tarkista osoite ja että kioskilla on verkko.
setup-connection-certificate = Keskuksen varmennetta ei hyväksytä. Tarkista osoite ja että kioskin kello on oikeassa.
setup-connection-token-refused = Keskus ei hyväksy tätä tunnusta (tuntematon tai peruttu). Pyydä koordinaattorilta uusi.
setup-connection-name-mismatch = Tunnus kuuluu kioskille { $token_kiosk }, mutta tämän kioskin nimi on { $configured }. Anna kioskille nimi { $token_kiosk } tai pyydä tunnus nimelle { $configured }.
setup-connection-not-a-hub = Osoite vastaa, mutta ei Lotsen-keskuksena. Tarkista osoite.
setup-connection-clock-ahead = Keskus vastaa, mutta kioskin kello on { $minutes } minuuttia keskuksen kelloa edellä. Korjaa kello, muuten tilastot menevät väärälle tunnille.
setup-connection-clock-behind = Keskus vastaa, mutta kioskin kello on { $minutes } minuuttia keskuksen kelloa jäljessä. Korjaa kello, muuten tilastot menevät väärälle tunnille.
setup-languages = Valitse, mistä kielistä kävijät voivat valita ensimmäisellä näytöllä, ja niiden järjestys. Ensimmäinen on oletus.
log-problem-disk-full =
    { $n ->
        [one] Levy on täynnä, joten käyttölokiin ei voi kirjoittaa. { $n } tapahtuma odottaa muistissa. Vapauta tilaa kioskista.
       *[other] Levy on täynnä, joten käyttölokiin ei voi kirjoittaa. { $n } tapahtumaa odottaa muistissa. Vapauta tilaa kioskista.
    }
log-problem-locked =
    { $n ->
        [one] Toinen ohjelma lukitsee käyttölokin. { $n } tapahtuma odottaa muistissa.
       *[other] Toinen ohjelma lukitsee käyttölokin. { $n } tapahtumaa odottaa muistissa.
    }
log-problem-not-writable =
    { $n ->
        [one] Käyttölokiin ei saa kirjoittaa (vain luku tai ei oikeuksia). { $n } tapahtuma odottaa muistissa.
       *[other] Käyttölokiin ei saa kirjoittaa (vain luku tai ei oikeuksia). { $n } tapahtumaa odottaa muistissa.
    }
log-problem-other =
    { $n ->
        [one] Käyttölokiin ei voi kirjoittaa (katso kioskin loki). { $n } tapahtuma odottaa muistissa.
       *[other] Käyttölokiin ei voi kirjoittaa (katso kioskin loki). { $n } tapahtumaa odottaa muistissa.
    }
