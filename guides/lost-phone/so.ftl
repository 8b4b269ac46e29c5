title = Taleefankaagii waa lumay
summary = Ma lumisay taleefankaaga, mise qof ayaa xaday? Sidaan u ilaali BankID-gaaga iyo lacagtaada.
# What to have ready: one item per line.
needs =
    Taleefan kale ama kombiyuutar
    Lambarka taleefanka bangigaaga, oo aad adigu heshay
    Dukumeentigaaga aqoonsiga

block-bankid =
    .title = Isla markiiba xir BankID-gaaga
    .body = Mobilt BankID-gaagu wuxuu ku jiraa taleefanka. Isla markiiba la xiriir bangigaaga oo ka codso inay xiraan. Waad wici kartaa bangiga, tagi kartaa xafiis bangi, ama ku xiri kartaa bangiga internetka haddii aad si kale u geli karto, tusaale ahaan aaladda koodhka bangiga (bankdosa).
    .tip = Adigu raadi lambarka bangiga, tusaale ahaan bogga internetka ee bangiga. Taleefan ka amaaho qof aad aaminsan tahay.

block-cards =
    .title = Xir kaararkaaga
    .body = Ma la socdeen kaarar bangi ama kaarar deyn, tusaale ahaan galka taleefanka? Ka xir bangiga ama shirkadda kaararka ee bixisay. Sheeg markaad bangiga wacdo.
    .tip = Ma la socday baasaboorkaaga ama kaarka aqoonsiga qaranka? Booliska ka wac 114 14 si ay u xiraan.

report =
    .title = U sheeg booliska
    .body = Taleefanka ma la xaday? Ka warbixi booliska. Ma lumisay? Samee warbixin lumis (förlustanmälan). Waxaad ka warbixin kartaa polisen.se ama wac 114 14. Dembigu ma hadda ayuu dhacayaa? Wac 112.
    .tip = polisen.se waxaad ugu baahan tahay lambar shakhsi ama lambar isku-dubbarid (samordningsnummer). Haddii kale wac 114 14.

new-bankid =
    .title = Qaado BankID cusub
    .body = BankID waxaa la wareejin karaa oo keliya marka taleefanka hore iyo kan cusubi meel isku mid ah joogaan. Sidaas darteed waxaad u baahan tahay BankID cusub oo bangigaaga ka yimaada. Ma leedahay BankID kale? Ku dalbo. Haddii kale isticmaal aaladda koodhka bangiga (bankdosa) ama booqo xafiis bangi.
    .tip = Qaado dukumeentigaaga aqoonsiga markaad xafiiska bangiga tagayso.

calls-after =
    .title = Ka digtoonow wicitaannada dambe
    .body = Qof ayaa ku wici kara oo oran kara waxaan ka imid bangiga ama booliska, waxaanan rabaa inaan kaa caawiyo xiridda. Weligaa ha bixin koodhadhkaaga. Bangiyada iyo booliska weligood kuma soo wacaan si ay kaaga codsadaan inaad gasho ama qaadato BankID cusub.
    .warning = Dhig taleefanka. Adigu bangigaaga ku wac lambar aad adigu heshay.

practice-call =
    .title = Tababar: wicitaan xatooyada kadib
    .body = Tani waa tababar. Taleefankaaga shalay ayaa la xaday. Hadda qof ayaa wacaya taleefankaaga cusub. Akhri waxa uu wacaha leeyahay. Maxaad samaynaysaa?
    .screen =
        «Bangiga»
        «Haye, waxaan aragnay in taleefankaaga la xaday. Noo sheeg koodhka kaarkaaga bangiga, waanu kuu xiraynaa.»
    .choice-give-code = Sheeg koodhka
    .choice-hang-up = Dhig taleefanka
    .right = Weligaa koodhadhkaaga qofna ha siin. Dhig taleefanka oo adigu bangigaaga ku wac lambar aad adigu heshay.
    .wrong = Tani waxay ahayd khiyaano. Weligaa koodhadhkaaga ha siin qof ku soo wacay, xitaa xatooyo kadib. Dhig taleefanka oo adigu bangigaaga wac.
