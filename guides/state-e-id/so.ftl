title = Aqoonsiga elektaroonigga ah ee dawladda
summary = Booliisku wuxuu bixin doonaa aqoonsi elektaroonig ah oo dawladda ka yimid. Yaa heli kara, goormase?
# What to have ready: one item per line.
needs =
    Dhowr daqiiqo oo aad wax ku akhrido
    Gelitaanka polisen.se, si aad u ogaato goorta aad codsan karto

what-is-it =
    .title = Aqoonsi elektaroonig ah oo dawladda ka yimid
    .body = Dawladdu waxay soo jeedisay aqoonsi elektaroonig ah oo dawladeed. Booliska ayaa bixin doona. Wuxuu ku jiri doonaa kaar, tusaale ahaan kaarka aqoonsiga qaranka. Waxaad u isticmaali kartaa inaad internetka ku caddeyso cidda aad tahay, sida aqoonsiyada kale ee elektaroonigga ah.

who-can-get =
    .title = Yaa heli kara?
    .body = Sida soo jeedinta ah, waad heli kartaa haddii aad tahay muwaadin Iswidish ah ama aad ku diiwaangashan tahay Iswidhan (folkbokförd). Waa inaad jirtaa ugu yaraan 9 sano.
    .tip = Waxa halkan ku qoran waa soo jeedin. Xeerarka iyo magacyada way isbeddeli karaan ka hor inta aan la bilaabin.

check-polisen =
    .title = Hubi goorta aad codsan karto
    .body = Soo jeedintu waa in aqoonsiga elektaroonigga ah ee dawladdu bilaabmo 1 Diseembar 2026. Taariikhuhu way isbeddeli karaan. Ka eeg polisen.se goorta iyo sida aad u codsan karto.
    .tip = Ma u baahan tahay caawimo si aad u hesho bogga saxda ah? Weydii shaqaalaha maktabadda.

all-e-ids-work =
    .title = Uma baahnid inaad sugto
    .body = BankID iyo Freja+ waa la ansixiyay in lagu isticmaalo adeegyada elektaroonigga ah ee hay'adaha dawladda. Haddii aad mid ka mid ah haysato, waad sii isticmaali kartaa. Laga bilaabo Janaayo 2026 waxaa jira heshiis cusub oo loo maro Digg. Hay'add ku biirtay waa inay kuu oggolaato inaad ka doorato dhammaan aqoonsiyada elektaroonigga ah ee heshiiska ku jira.

never-on-request =
    .title = Qofna kuuma soo waco si uu kaaga codsado inaad gasho
    .body = Waxyaabaha cusub waxay soo jiitaan khayaanoolayaasha. Booliska iyo hay'adaha kale weligood kuuma soo wacaan si ay kaaga codsadaan inaad ku gasho aqoonsigaaga elektaroonigga ah. Booliisku weligood kulama soo xiriiraan si ay kaaga codsadaan inaad BankID ku aqoonsato. Adigu ka akhri polisen.se sida loo codsado.
    .warning = Dhig taleefanka. Ha gelin. Ha aamminin qofka ku soo wacay. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

practice-call =
    .title = Layli: «Booliska» ayaa kuu soo wacaya aqoonsigaaga elektaroonigga ah
    .body = Kani waa layli. Taleefanku wuu dhacayaa. Akhri waxa qofka soo wacay leeyahay. Maxaad samaynaysaa?
    .screen =
        «Booliska»
        «Haye, waxaan ka soo wacayaa booliska. Aqoonsigaaga cusub ee elektaroonigga ah ee dawladda waa in maanta la hawlgeliyo. Ku gal BankID inta aan hadlayno.»
    .choice-log-in = Ku gal BankID
    .choice-hang-up = Dhig taleefanka
    .right = Booliisku weligood kuuma soo wacaan si ay kaaga codsadaan inaad gasho. Qofka taas codsadaa waa khayaano. Ma rabtaa inaad wax ka ogaato aqoonsiga elektaroonigga ah ee dawladda? Adigu ka eeg polisen.se.
    .wrong = Tani waxay ahayd khayaano. Booliisku weligood kulama soo xiriiraan si ay kaaga codsadaan inaad BankID ku aqoonsato, xitaa aqoonsi elektaroonig ah oo cusub. Dhig taleefanka. Ha gelin. Ha aamminin qofka ku soo wacay.
