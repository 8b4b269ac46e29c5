app-name = Lotsen
choose-language = Valitse kieli
choose-this-language = Valitse tämä kieli
privacy-note = Lotsen ei koskaan kysy nimeäsi, henkilötunnustasi (personnummer) tai muita henkilötietojasi.
change-language = Kieli
home = Etusivu
home-title = Mitä haluat tehdä?
home-intro = Valitse aihe. Näytämme, mitä tehdä, vaihe kerrallaan.
category-e-id = Sähköinen tunnistus
category-banking = Pankki ja maksut
category-health = Terveys ja hoito
category-public = Viranomaiset ja muut palvelut
no-guides = Täällä ei ole vielä ohjeita.
duration =
    { $n ->
        [one] Noin { $n } minuutti
       *[other] Noin { $n } minuuttia
    }
needs-title = Tätä tarvitset
start-guide = Aloita
step-progress = Vaihe { $current } / { $total }
illustration = Kuva, joka näyttää vaiheen
tip = Vinkki
warning = Varoitus
read-aloud = Lue ääneen
stop-reading = Lopeta lukeminen
back = Takaisin
next = Seuraava
finish = Valmis
ask-librarian = Kysy henkilökunnalta
help-title = Autamme mielellämme
help-body = Mene neuvontaan tai viittaa jollekulle henkilökunnasta. Voit jatkaa tässä milloin haluat.
help-close = Selvä
finish-title = Hienoa! Kävit ohjeen läpi.
feedback-question = Oliko ohjeesta apua?
feedback-thanks = Kiitos vastauksestasi!
feedback-anonymous = Vastauksesi on nimetön.
yes = Kyllä
no = Ei
qr-title = Jatka omalla puhelimella
qr-body = Skannaa koodi puhelimen kameralla. Se avaa palvelun virallisen verkkosivun.
on-your-phone = Puhelimeen
handout-qr-title = Tallenna opas
handout-qr-body = Skannaa koodi, niin opas aukeaa sivuna, jonka voit tulostaa tai tallentaa.
close = Sulje
start-over = Lopeta
back-home = Alkuun
idle-title = Oletko vielä paikalla?
idle-countdown =
    { $n ->
        [one] Näyttö tyhjennetään { $n } sekunnin kuluttua.
       *[other] Näyttö tyhjennetään { $n } sekunnin kuluttua.
    }
idle-continue = Kyllä, olen tässä
idle-finish = Lopeta nyt
text-size = Tekstin koko
contrast = Suuri kontrasti
# Practice steps: the simulated screen and the feedback.
practice-badge = Harjoitus – mitään ei tapahdu oikeasti
practice-screen-e-id = Sähköinen tunnistus
practice-screen-call = Saapuva puhelu
practice-right = Oikein!
practice-wrong = Ei aivan
practice-try-again = Yritä uudelleen
practice-choose-first = Valitse ensin vastaus harjoitusnäytöltä.
practice-safe-answer = Oikea vastaus
# "What you need": an item the visitor lacks, and the way back from the guide about getting it.
need-missing = Minulla ei ole tätä
return-to-guide = Takaisin oppaaseen: { $guide }
