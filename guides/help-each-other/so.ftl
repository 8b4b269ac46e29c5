title = Caawin iyo caawimaad – adigoon amaahin aqoonsi elektaroonig ah
summary = Wakiillo iyo wakaalado: sida qof qaraabo ah kuugu caawin karo aqoonsigiisa elektaroonigga ah.
# What to have ready: one item per line.
needs =
    Aqoonsigaaga elektaroonigga ah ee adiga kuu gaarka ah
    Qof aad aaminsan tahay, oo leh aqoonsi elektaroonig ah oo isaga u gaar ah

own-eid-only =
    .title = Weligaa ha amaahin aqoonsigaaga elektaroonigga ah
    .body = Aqoonsigaaga elektaroonigga ahi waa shakhsi. Qofna uma bannaana inuu isticmaalo aqoonsiga elektaroonigga ah ee qof kale, xitaa oggolaansho. Laakiin waxaa jira habab ammaan ah oo aynu isu caawin karno. Qofka caawinaya wuxuu markaas isticmaalaa aqoonsigiisa.
    .tip = Qof ma maamuli doonaa arrimahaaga bangiga? Bangigaaga weydii foomkooda wakaaladda (fullmakt).

tax-ombud =
    .title = Wakiilka cashuur-celinta ee Skatteverket
    .body = Qof qaraabo ah ayaa kuu gudbin kara cashuur-celintaada, isagoo isticmaalaya aqoonsigiisa elektaroonigga ah. Markaas wuxuu noqonayaa wakiilkaaga cashuur-celinta (deklarationsombud). Wakiilka waxaad ku doorataa adeegga elektaroonigga ah ee Skatteverket «Ombud och behörigheter» (Wakiillo iyo awoodo), ama foom. Weli adiga ayaa mas'uul ka ah in xogtu sax tahay.
    .tip = Daar xannibaadda «Ombud och behörigheter». Markaas qofna kuma noqon karo wakiilkaaga foom warqad ah.

pharmacy =
    .title = Wakaalad arrimaha farmashiyaha
    .body = Ma rabtaa in qof kuu soo qaado daawooyinkaaga? Sii wakaalad arrimaha farmashiyaha. Waxaad ku samayn kartaa Läkemedelskollen adigoo isticmaalaya aqoonsigaaga elektaroonigga ah, ama foom farmashiye. Qofka wakaaladda helaya waa inuu oggolaadaa toddoba maalmood gudahood.
    .tip = Wakaaladdu waxay shaqaynaysaa ugu badnaan afar sano. Waad joojin kartaa markaad doonto.

freja-shared =
    .title = Xakameyn wadaag ah ee Freja
    .body = Ma leedahay Freja? Xakameynta wadaagga ah (delad kontroll) caawiyahaagu wuxuu codsi ku helaa app-kiisa Freja markaad gasho ama saxiixdo. Waxay dhacdaa oo keliya marka aad labadiinuba oggolaataan. Caawiyuhu weligii kaligii wax kuma samayn karo Freja-gaaga.
    .tip = Waa inaad meel isku mid ah joogtaan markaad daaraysaan xakameynta wadaagga ah. Labadiinuba waxaad u baahan tihiin Freja leh dukumeenti aqoonsi oo la hubiyay.

future-fullmakt =
    .title = Wakaalad mustaqbalka (framtidsfullmakt)
    .body = Wakaaladda mustaqbalka waxaad ku doorataa cidda maamuli doonta arrimahaaga haddii maalin uun aadan adigu awoodin, tusaale ahaan jirro darteed. Waa inay qoran tahay. Waxaad saxiixdaa adigoo ay joogaan laba markhaati. Qofka wakaaladda helaya ma noqon karo markhaati.
    .tip = Waa inaad jirtaa 18 sano oo aad awood u leedahay inaad arrimahaaga maamusho markaad qorayso.

practice-relative =
    .title = Tababar: qaraabo ayaa doonaya inuu caawiyo
    .body = Tani waa tababar. Wiilka walaalkaa ayaa doonaya inuu kaa caawiyo cashuur-celinta. Wuu soo wacayaa. Akhri waxa uu leeyahay. Maxaad samaynaysaa?
    .screen =
        «Wiilka walaalkaa»
        «Haye! Hadda ayaan samaynayaa cashuur-celintaada. Ii sheeg koodhka BankID, waxaan u gelayaa sidii adiga.»
    .choice-give-code = Sheeg koodhka
    .choice-make-ombud = Ka dhig wakiilkayga
    .right = Qofna uma bannaana inuu isticmaalo aqoonsigaaga elektaroonigga ah, xitaa qaraabo. Isagoo ah wakiilkaaga cashuur-celinta, wuxuu kuu gudbin karaa isagoo isticmaalaya aqoonsigiisa.
    .wrong = Weligaa koodhkaaga qofna ha siin, xitaa qaraabo. Qofna uma bannaana inuu isticmaalo aqoonsiga elektaroonigga ah ee qof kale. Taa beddelkeeda, ka dhig wakiilkaaga cashuur-celinta ee Skatteverket.
