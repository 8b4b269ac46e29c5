title = Diyaari Swish
summary = Ku xir koontadaada bangiga lambarka taleefankaaga gacanta. Markaas waad heli kartaa oo diri kartaa lacag.
# What to have ready: one item per line.
needs =
    Lambarka taleefankaaga gacanta
    Koonto bangi iyo gelitaanka bangigaaga (app-ka ama bangiga internetka)
    Si aad lacag u dirto: taleefan casri ah oo leh Mobilt BankID

open-bank =
    .title = Gal bangigaaga
    .body = Swish waxaad ku xirtaa app-ka bangigaaga ama bangiga internetka. Fur app-ka ama bangiga internetka oo u gal sidii caadiga ahayd.
    .tip = Ma helin Swish? Weydii bangigaaga. Bangi kastaa si yar oo kala duwan ayuu u muujiyaa.

connect-number =
    .title = Ku xir lambarkaaga koontadaada
    .body = Ka raadi Swish bangiga. Dooro koontada ay lacagtu ku soo gasho kana baxdo. Qor lambarka taleefankaaga gacanta. Kadib raac tallaabooyinka bangiga ilaa dhammaadka.
    .tip = Hubi in lambarku sax yahay ka hor intaadan sii wadin.

receive-only =
    .title = Hadda waad heli kartaa lacag
    .body = Marka lambarka la xiro, dadka kale waxay Swish ugu diri karaan lacag lambarka taleefankaaga. Si aad lacag u hesho uma baahnid taleefan casri ah iyo app toona.

install-app =
    .title = Soo deji app-ka si aad lacag u dirto
    .body = Ma rabtaa inaad sidoo kale lacag dirto? Markaas waxaad u baahan tahay app-ka Swish iyo Mobilt BankID. Fur App Store ama Google Play oo raadi «Swish». App-ku wuxuu la yiraahdaa «Swish betalningar» (lacag bixinta Swish).
    .tip = Ma haysatid Mobilt BankID? Waxaad ka helaysaa bangigaaga.

activate-app =
    .title = Fur app-ka Swish
    .body = Fur app-ka Swish oo raac tallaabooyinka shaashadda. Marka app-ku ku weydiiyo, isticmaal Mobilt BankID-gaaga. Had iyo jeer akhri qoraalka app-ka BankID ka hor intaadan qorin koodhkaaga.

limits-free =
    .title = Waa bilaash, bangiguna wuxuu go'aamiyaa xadka
    .body = Swish waa bilaash dadka caadiga ah. Dirista iyo helitaanka lacagtu waxba kuma kacaan. Bangigaaga ayaa go'aamiya inta aad diri karto. Xadka waxaad ku arki kartaa kuna beddeli kartaa bangiga internetka ama app-ka bangiga.

scam-warning =
    .title = Weligaa ha u isticmaalin BankID si aad lacag u hesho
    .body = Si aad lacag u hesho weligaa uma baahnid inaad furto BankID ama aad qorto koodh. Haddii qof kaa codsado, waa khiyaano. Weligaa ha isticmaalin BankID sababtoo ah qof kale ayaa kaa codsaday.
    .warning = Ma hubtaa waxa aad saxiixayso? Haddii kale, jooji.
