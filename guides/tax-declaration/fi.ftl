title = Ilmoita tulosi Skatteverketille
summary = Näin luet veroilmoituksesi ja jätät sen Skatteverketille (Ruotsin verovirasto), sähköisellä henkilöllisyystodistuksella tai koodeilla.
# What to have ready: one item per line.
needs =
    Veroilmoituksesi Skatteverketiltä
    Sähköinen henkilöllisyystodistus, esimerkiksi Mobilt BankID, tai erittelyn (specifikation) koodit
    Tietokone tai Skatteverketin sovellus puhelimessa

get-declaration =
    .title = Löydä veroilmoituksesi
    .body = Skatteverket lähettää veroilmoituksen joka kevät. Jos sinulla on digitaalinen postilaatikko, ilmoitus tulee sinne. Viimeinen ilmoituspäivä muuttuu joka vuosi. Löydät sen osoitteesta skatteverket.se.
    .tip = Esimerkki: tulovuoden 2025 viimeinen päivä oli 4. toukokuuta 2026.

check-figures =
    .title = Lue ja tarkista
    .body = Lue veroilmoituksesi huolellisesti. Ovatko tiedot oikein? Katso esimerkiksi tulojasi.
    .tip = Oletko epävarma jostakin? Kysy Skatteverketiltä ennen kuin hyväksyt.

log-in =
    .title = Kirjaudu sisään Skatteverketin palveluun
    .body = Mene tietokoneella osoitteeseen skatteverket.se. Valitse veroilmoituksen e-palvelu. Kirjaudu sähköisellä henkilöllisyystodistuksella, esimerkiksi BankID:llä. Lue aina sovelluksen teksti ennen kuin kirjoitat turvakoodisi.
    .tip = E-palvelua ei ole tehty puhelimelle. Puhelimella ilmoitus tehdään Skatteverketin sovelluksessa.

scam-warning =
    .title = Suojaa tunnistuksesi ja koodisi
    .body = Kirjaudu sisään vain, kun olet itse päättänyt niin. Älä koskaan anna koodejasi kenellekään. Tämä pätee, vaikka joku sanoisi olevansa viranomaisesta tai pankista. Lue aina, mihin kirjaudut tai mitä allekirjoitat.
    .warning = Soittaako joku ja pyytää sinua kirjautumaan? Sulje puhelin. Älä kirjaudu. Älä luota soittajaan.

change-or-approve =
    .title = Muuta tai hyväksy
    .body = Onko kaikki oikein? Hyväksy veroilmoitus. Puuttuuko jotain tai onko jotain väärin? Muuta se ensin. Hyväksy sitten. Allekirjoitat sähköisellä henkilöllisyystodistuksellasi.
    .tip = Hyväksy vain se, minkä olet lukenut ja ymmärtänyt.

approve-with-codes =
    .title = Eikö sinulla ole sähköistä henkilöllisyystodistusta? Käytä koodeja
    .body = Haluatko vain hyväksyä muuttamatta mitään? Silloin erittelyn koodit riittävät. Voit hyväksyä tekstiviestillä, puhelimella tai e-palvelussa. Et tarvitse sähköistä henkilöllisyystodistusta. Toimi niin kuin ilmoituksessasi lukee.
    .warning = Älä koskaan anna koodeja kenellekään muulle.
