title = Aqoonsi iyo aqoonsi elektaroonig ah adigoon haysan baasaboor Iswidish ah
summary = Sida aad u hesho kaar aqoonsi iyo aqoonsi elektaroonig ah haddii aadan ahayn muwaadin Iswidish ah.
# What to have ready: one item per line.
needs =
    Lambarkaaga shakhsiga ama lambarka isku-dubbaridka (samordningsnummer)
    Dukumeenti aqoonsi oo la oggol yahay, ama qof si fiican kuu yaqaan oo caddeyn kara cidda aad tahay
    400 karoon oo loogu talagalay kaarka aqoonsiga ee Hay'adda Canshuuraha (Skatteverket)

citizens-only =
    .title = Baasaboorku waa muwaadiniinta Iswidishka oo keliya
    .body = Muwaadiniinta Iswidishka oo keliya ayaa booliska ka heli kara baasaboor Iswidish ah ama kaarka aqoonsiga qaranka. Miyaadan ahayn muwaadin Iswidish ah? Waxaa jira waddooyin kale oo lagu helo kaar aqoonsi iyo aqoonsi elektaroonig ah. Waa kuwan.

tax-agency-card =
    .title = Kaar aqoonsi oo ka yimid Hay'adda Canshuuraha
    .body = Ma ku diiwaangashan tahay Iswidhan (folkbokförd), ma leedahay lambar shakhsi, ma jirtaa ugu yaraan 13 sano? Markaas waxaad Skatteverket ka codsan kartaa kaar aqoonsi. Kaarku wuxuu caddeynayaa cidda aad tahay gudaha Iswidhan, tusaale ahaan farmashiyaha iyo bangiga.
    .tip = Ma ka yar tahay 18 sano? Markaas waxaad u baahan tahay oggolaanshaha waalidkaaga sharciga ah. Kaarku ma aha baasaboor safarka loo isticmaalo.

pay-fee =
    .title = Marka hore bixi lacagta
    .body = Codsigu wuxuu kacayaa 400 karoon. Ku bixi bankgiro-ga Skatteverket 389-0100 ka hor intaadan codsan. Lacagta dib laguuma celinayo haddii aadan helin kaarka.
    .tip = Lacagtu way isbeddeli kartaa. Ka hubi skatteverket.se ka hor intaadan bixin.

book-visit =
    .title = Ballan qabso oo adigu tag
    .body = Xafiisyada adeegga qaar oo keliya ayaa sameeya kaarka aqoonsiga. Ballan ka qabso skatteverket.se. Keen dukumeenti aqoonsi oo la oggol yahay. Ma haysatid? Keen qof si fiican kuu yaqaan oo caddeyn kara cidda aad tahay. Qofkaasi waa inuu tusi karaa dukumeentigiisa aqoonsiga.
    .tip = Ha keenin warqadda diiwaanka dadweynaha (personbevis). Ma caddeyso cidda aad tahay.

e-id-on-card =
    .title = Kaarku wuxuu leeyahay aqoonsi elektaroonig ah
    .body = Kaarka aqoonsiga ee Skatteverket waxaa ku jira aqoonsi elektaroonig ah oo ka yimid AB Svenska Pass. Waxaad ku geli kartaa adeegyada elektaroonigga ah ee Skatteverket.

bankid-at-bank =
    .title = BankID: tag laanta bangiga
    .body = BankID waxaad ka heshaa bangigaaga. Waxaad u baahan tahay lambar shakhsi oo Iswidish ah iyo bangi bixiya BankID. Ma haysatid baasaboor Iswidish ah ama kaarka aqoonsiga qaranka? Markaas tag laan ka mid ah laamaha bangigaaga oo weydii sida loo sameeyo.

freja-plus =
    .title = Freja+ oo lagu helo kaarka aqoonsiga ee Skatteverket
    .body = Kaarka aqoonsiga ee Skatteverket waxaad ku heli kartaa Freja+ app-ka Freja. Markaas waxaad kaarka tustaa wakiil (ombud), adigoo goobta jooga. Freja+ wuxuu shaqeeyaa 3 saacadood gudahood booqashada kadib.
    .tip = Meelaha wakiillada ay joogaan waxaad ka arki kartaa frejaeid.com.

coordination-number =
    .title = Ma haysataa lambar isku-dubbarid?
    .body = Lambarka isku-dubbaridka (samordningsnummer) waxaa la siiyaa qofka aan ku diiwaangashanayn Iswidhan. Kuma heli kartid BankID ama kaar aqoonsi oo Skatteverket ah. Haddii aad muwaadin ka tahay EU, EES ama Boqortooyada Ingiriiska, waxaad Freja+ ku heli kartaa lambar isku-dubbarid oo la xaqiijiyay.
    .tip = Haddii lagu diiwaangeliyo Iswidhan, waxaad beddelkeeda heli doontaa lambar shakhsi.

keep-it-yours =
    .title = Aqoonsigaaga iyo aqoonsigaaga elektaroonigga ah adiga keliya ayaa iska leh
    .body = Weligaa ha amaahin kaarkaaga aqoonsiga ama aqoonsigaaga elektaroonigga ah, xitaa qof doonaya inuu ku caawiyo. Weligaa qofna ha siin koodhadhkaaga. Weligaa ha isticmaalin aqoonsigaaga elektaroonigga ah sababtoo ah qof kula soo xiriiray ayaa kaa codsaday.
    .warning = Dhig taleefanka. Ha gelin. Ha aamminin qofka ku soo wacay. («Lägg på. Logga inte in. Lita inte på den som ringer.»)
