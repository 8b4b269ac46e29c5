app-name = Lotsen
choose-language = Dooro luqaddaada
choose-this-language = Dooro luqaddan
privacy-note = Lotsen marnaba kuma weydiiso magacaaga, lambarkaaga shakhsiga ah (personnummer) ama macluumaad kale oo shakhsi ah.
change-language = Luqadda
home = Bogga hore
home-title = Maxaad rabtaa inaad samayso?
home-intro = Dooro mawduuc. Waxaan ku tusaynaa waxa aad samaynayso, tallaabo tallaabo.
category-e-id = Aqoonsi elektaroonig ah
category-banking = Bangiga iyo lacag bixinta
category-health = Caafimaadka
category-public = Hay'adaha dowladda iyo adeegyo kale
no-guides = Weli halkan hage ma jiro.
duration =
    { $n ->
        [one] Qiyaastii { $n } daqiiqo
       *[other] Qiyaastii { $n } daqiiqo
    }
needs-title = Waxa aad u baahan tahay
start-guide = Bilow
step-progress = Tallaabo { $current } ka mid ah { $total }
illustration = Sawir muujinaya tallaabada
tip = Talo
warning = Digniin
read-aloud = Kor u akhri
stop-reading = Jooji akhriska
back = Dib u noqo
next = Kan xiga
finish = Waa dhammaatay
ask-librarian = Weydii shaqaalaha
help-title = Waan ku caawin doonnaa
help-body = Tag miiska macluumaadka ama gacan u haad qof ka mid ah shaqaalaha. Halkan waad ka sii wadi kartaa markaad rabto.
help-close = Waan fahmay
finish-title = Si fiican! Hagaha waad dhammaysay.
feedback-question = Hagahani ma ku caawiyay?
feedback-thanks = Waad ku mahadsan tahay jawaabtaada!
feedback-anonymous = Jawaabtaadu magac ma laha.
yes = Haa
no = Maya
qr-title = Ku sii wad taleefankaaga
qr-body = Koodhka ku sawir kamaradda taleefankaaga. Waxay furaysaa bogga rasmiga ah ee adeegga.
on-your-phone = Taleefankaaga
handout-qr-title = Kaydso hagahan
handout-qr-body = Iskaan garee koodka si aad hagaha u furto bog ahaan oo aad u daabacdo ama u kaydiso.
close = Xir
start-over = Dhammee
back-home = Ku noqo bogga hore
idle-title = Weli ma joogtaa?
idle-countdown =
    { $n ->
        [one] Shaashadda waa la nadiifin doonaa { $n } ilbiriqsi kadib.
       *[other] Shaashadda waa la nadiifin doonaa { $n } ilbiriqsi kadib.
    }
idle-continue = Haa, weli waan joogaa
idle-finish = Hadda dhammee
text-size = Cabbirka qoraalka
contrast = Kala-duwanaansho sare
# Practice steps: the simulated screen and the feedback.
practice-badge = Layli – waxba dhab uma dhacayaan
practice-screen-e-id = Aqoonsi elektaroonig ah
practice-screen-call = Wicitaan soo galaya
practice-right = Waa sax!
practice-wrong = Maya, ma aha
practice-try-again = Isku day mar kale
practice-choose-first = Marka hore jawaab ka dooro shaashadda laylida.
practice-safe-answer = Jawaabta saxda ah
# "What you need": an item the visitor lacks, and the way back from the guide about getting it.
need-missing = Tan ma haysto
return-to-guide = Ku noqo: { $guide }
