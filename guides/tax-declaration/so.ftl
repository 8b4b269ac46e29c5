title = Ku dhiib cashuur-celintaada Skatteverket
summary = Sida aad u akhrido cashuur-celintaada (deklaration) oo aad ugu dhiibto Skatteverket (Hay'adda Canshuuraha Iswiidhan), adigoo isticmaalaya aqoonsi elektaroonig ah ama koodhadhka.
# What to have ready: one item per line.
needs =
    Cashuur-celintaada ka timid Skatteverket
    Aqoonsi elektaroonig ah, tusaale ahaan Mobilt BankID, ama koodhadhka ku qoran faahfaahinta (specifikation)
    Kombiyuutar, ama app-ka Skatteverket ee taleefanka

get-declaration =
    .title = Hel cashuur-celintaada
    .body = Skatteverket waxay soo dirtaa cashuur-celinta guga kasta. Haddii aad leedahay sanduuq boosto oo dijitaal ah, halkaas ayay timaadaa. Maalinta ugu dambaysa way isbeddeshaa sannad kasta. Waxaad ka heli kartaa skatteverket.se.
    .tip = Tusaale: sannadka dakhliga 2025, maalinta ugu dambaysay waxay ahayd 4 Maajo 2026.

check-figures =
    .title = Akhri oo hubi
    .body = Si taxaddar leh u akhri cashuur-celintaada. Macluumaadku ma saxan yihiin? Tusaale ahaan eeg dakhligaaga.
    .tip = Wax ma ka hubin la'dahay? Weydii Skatteverket ka hor intaadan ansixin.

log-in =
    .title = Gal Skatteverket
    .body = Kombiyuutar ku tag skatteverket.se. Dooro adeegga elektaroonigga ah ee cashuur-celinta. Ku gal aqoonsigaaga elektaroonigga ah, tusaale ahaan BankID. Had iyo jeer akhri qoraalka app-ka ka hor intaadan qorin koodkaaga amniga.
    .tip = Adeegga elektaroonigga ah looma samayn taleefanka. Taleefanka waxaad ku dirtaa app-ka Skatteverket.

scam-warning =
    .title = Ilaali aqoonsigaaga elektaroonigga ah iyo koodhadhkaaga
    .body = Gal oo keliya markaad adigu go'aansato. Weligaa qofna ha siin koodhadhkaaga. Xitaa haddii qof yiraahdo wuxuu ka yimid hay'ad dowladeed ama bangi. Had iyo jeer akhri meesha aad gelayso ama waxa aad saxeexayso.
    .warning = Qof ma ku soo wacay oo ma kaa codsaday inaad gasho? Dhig taleefanka. Ha gelin. Ha aaminin qofka soo wacay.

change-or-approve =
    .title = Beddel ama ansixi
    .body = Wax walba ma saxan yihiin? Ansixi cashuur-celinta. Wax ma ka maqan yihiin ama wax ma khaldan yihiin? Marka hore beddel. Kadib ansixi. Waxaad ku saxeexaysaa aqoonsigaaga elektaroonigga ah.
    .tip = Ansixi oo keliya waxa aad akhriday oo aad fahantay.

approve-with-codes =
    .title = Aqoonsi elektaroonig ah ma haysatid? Isticmaal koodhadhka
    .body = Ma rabtaa inaad oggolaato oo keliya, adigoon waxba beddelin? Markaas koodhadhka ku qoran faahfaahinta ayaa ku filan. Waxaad ku oggolaan kartaa SMS, taleefan ama adeegga elektaroonigga ah. Uma baahnid aqoonsi elektaroonig ah. Raac waxa ku qoran cashuur-celintaada.
    .warning = Weligaa koodhadhka ha siin qof kale.
