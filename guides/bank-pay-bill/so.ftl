title = Bixi biil
summary = Sida aad biil ugu bixiso app-ka bangigaaga ama bangiga internetka. Iyo sida aad wax walba u hubiso ka hor intaadan saxiixin.
# What to have ready: one item per line.
needs =
    Biilka, warqad ahaan ama sanduuqaaga boostada dijitaalka ah
    Gelitaanka bangigaaga (app-ka ama bangiga internetka)
    Mobilt BankID

log-in =
    .title = Gal bangigaaga
    .body = Biilka hortaada dhig. Fur app-ka bangiga ama bangiga internetka oo ku gal Mobilt BankID.

new-payment =
    .title = Dooro inaad biil bixiso
    .body = Raadi lacag bixinta oo dooro lacag bixin cusub. Liisaska wax yar ayay ku kala duwan yihiin bangiyada.
    .tip = Ma helin? Weydii bangigaaga.

recipient =
    .title = Qor lambarka qaataha
    .body = Biilka waxaa ku qoran lambarka bankgiro ama lambarka plusgiro ee qaataha. Qor lambarka sida saxda ah ee uu u qoran yahay. Bangigu magac ma muujinayaa? Hubi inuu la mid yahay kan biilka ku qoran.

reference =
    .title = Qor lambarka OCR
    .body = Lambarka OCR wuxuu ku qoran yahay biilka. Wuxuu qaatuhu ku ogaanayaa cidda bixisay iyo waxa loo bixiyay. Ka guuri lambar lambar.
    .tip = Lambar OCR ma jiro? Qor lambarka biilka ama fariinta uu biilku codsanayo.

amount-date =
    .title = Qor lacagta iyo taariikhda
    .body = Qor lacagta la bixinayo. Kadib dooro taariikhda lacag bixinta. Dooro taariikhda u dambaysa ee biilka ku qoran (förfallodag) ama ka hor.
    .tip = Lacag bixinta hore ayaad u gelin kartaa. Waxay dhacaysaa taariikhda aad dooratay.

check-sign =
    .title = Hubi oo saxiix
    .body = Wax walba la barbar dhig biilka: lambarka, lambarka OCR, lacagta iyo taariikhda. Wax walba ma sax yihiin? Ku saxiix Mobilt BankID. Akhri qoraalka app-ka BankID ka hor intaadan qorin koodhkaaga.
    .tip = Kadib waxaad lacag bixinta ku arkaysaa bangiga, lacag bixinta soo socota ama kuwa la dhammeeyay.

never-on-request =
    .title = Weligaa ha bixin sababtoo ah qof taleefanka kaaga codsaday
    .body = Weligaa ha saxiixin lacag bixin sababtoo ah qof ayaa kaaga codsaday taleefan, SMS ama iimayl. Bangigaagu weligiis kuuma soo wacayo si uu kaaga codsado inaad BankID ku gasho ama aad koodh bixiso.
    .warning = Dhig taleefanka. Ha gelin. Ha aaminin qofka wacaya.
