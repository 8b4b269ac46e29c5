app-name = Lotsen
choose-language = Välj språk
# Said (never shown) when a language button is tapped with the speaker on, in that language.
choose-this-language = Välj det här språket
privacy-note = Lotsen frågar aldrig efter ditt namn, personnummer eller andra personuppgifter.
change-language = Språk
home = Start
home-title = Vad vill du göra?
home-intro = Välj ett ämne. Vi visar dig vad du ska göra, ett steg i taget.
category-e-id = E-legitimation
category-banking = Bank och betalningar
category-health = Vård och hälsa
category-public = Myndigheter och andra tjänster
no-guides = Det finns inga guider här ännu.
duration =
    { $n ->
        [one] Cirka { $n } minut
       *[other] Cirka { $n } minuter
    }
needs-title = Det här behöver du
start-guide = Börja
step-progress = Steg { $current } av { $total }
illustration = Bild som visar steget
tip = Tips
warning = Varning
read-aloud = Läs upp
stop-reading = Sluta läsa
back = Tillbaka
next = Nästa
finish = Klar
ask-librarian = Fråga personalen
help-title = Vi hjälper dig gärna
help-body = Gå till informationsdisken eller vinka till någon i personalen. Du kan fortsätta här när du vill.
help-close = Jag förstår
finish-title = Bra gjort! Du har gått igenom guiden.
feedback-question = Var guiden till hjälp?
feedback-thanks = Tack för ditt svar!
feedback-anonymous = Svaret är anonymt.
yes = Ja
no = Nej
qr-title = Fortsätt i din egen mobil
qr-body = Skanna koden med mobilens kamera. Den öppnar tjänstens officiella webbplats.
on-your-phone = På mobilen
handout-qr-title = Spara guiden
handout-qr-body = Skanna koden för att öppna guiden som en sida att skriva ut eller spara.
close = Stäng
start-over = Avsluta
back-home = Till start
idle-title = Är du kvar?
idle-countdown =
    { $n ->
        [one] Skärmen rensas om { $n } sekund.
       *[other] Skärmen rensas om { $n } sekunder.
    }
idle-continue = Ja, jag är kvar
idle-finish = Avsluta nu
text-size = Textstorlek
contrast = Hög kontrast
# Practice steps: the simulated screen and the feedback.
practice-badge = Övning – inget händer på riktigt
practice-screen-e-id = E-legitimation
practice-screen-call = Inkommande samtal
practice-right = Rätt!
practice-wrong = Inte riktigt
practice-try-again = Försök igen
practice-choose-first = Välj först ett svar på övningsskärmen.
practice-safe-answer = Rätt svar
# "What you need": an item the visitor lacks, and the way back from the guide about getting it.
need-missing = Jag har inte det här
return-to-guide = Tillbaka till: { $guide }
