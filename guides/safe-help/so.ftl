title = Caawimaad si ammaan ah u hel
summary = Waxa uu shaqaalaha maktabaddu ama qof qaraabo ah kaa caawin karo, iyo waxa aad had iyo jeer adigu samayso.
# What to have ready: one item per line.
needs =
    Taleefankaaga oo leh aqoonsigaaga elektaroonigga ah
    Waqti: adiga ayaa go'aamiya xawaaraha

helper-shows =
    .title = Caawiyuhu wuu ku tusaa, adiguna waad samaysaa
    .body = Shaqaalaha maktabadda ama qof qaraabo ah ayaa ku tusi kara meesha aad riixayso oo kuu sharxi kara tallaabooyinka. Adigu riix oo qor, taleefankaaga. Sidaas ayaad go'aanka u haysaa.
    .tip = Sheeg haddii ay aad u dhakhso badan tahay. Mar walba mar kale ayaad weydiin kartaa.

keep-eid =
    .title = BankID-gaagu adiga oo keliya ayuu kuu yahay
    .body = BankID waa dukumenti aqoonsi shakhsi ah, sida baasaboorka oo kale. Weligaa ha u oggolaan qof kale inuu isticmaalo BankID-gaaga. Weligaa koodhkaaga qofna ha siin: qaraabo, shaqaalaha maktabadda, bangiga iyo booliska midna.
    .warning = Qof ma kaa codsaday koodhkaaga? Dheh maya.

cover-code =
    .title = Ilaali koodhkaaga
    .body = Markaad qorayso koodhkaaga, gacantaada ku qari shaashadda. Qofka ku caawinaya wuu eegi karaa meel kale in yar. Ha ku qorin koodhka warqad.

power-of-attorney =
    .title = Wakaalad (fullmakt) arrimaha bangiga
    .body = Qof kale ma u qaban doonaa arrimahaaga bangiga? Markaas waxaad qofkaas siin kartaa wakaalad (fullmakt). Bangigu wuxuu rabaa in wakaaladda la qoro. Bangigaaga weydii foomkooda.
    .tip = Wakaaladdu weligeed qofna xaq uma siiso inuu isticmaalo BankID-gaaga ama koodhadhkaaga.

share-mail =
    .title = U oggolow qof inuu akhriyo boostadaada dijitaalka ah
    .body = Min myndighetspost (sanduuqa boostada dijitaalka ee dowladda) waxaad ku dooran kartaa dadka loo oggol yahay inay akhriyaan fariimahaaga. Kivra waxay leedahay hab wax lagu wadaago. Markaas qof ayaa ku caawin kara adigoon BankID-gaaga siin.

still-responsible =
    .title = Weli adiga ayaa mas'uul ka ah boostadaada
    .body = Xitaa marka qof kale akhrin karo boostadaada, adiga ayaa mas'uul ka ah akhrinta waxa yimaada. Caawiyaha kula heshii sida uu kuu sheegayo marka wax muhiim ah yimaadaan.
