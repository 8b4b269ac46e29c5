title = New scams 2025–2026
summary = New tricks that scammers use. How to recognise them, and what to do.
# What to have ready: one item per line.
needs =
    Nothing special: read and practise
    Your bank's real phone number, one you found yourself

remote-control =
    .title = Let no one control your phone or computer
    .body = Someone calls and wants to help you. You are told to download an app or a program. With it, the person can see and control your screen, and get at your money. Never allow anyone to control your computer or phone remotely.
    .warning = Does someone on the phone ask you to install something? Hang up.

invoice-call =
    .title = Calls about an unpaid invoice
    .body = Someone calls and says you have an unpaid invoice, for example from Kivra or Klarna. Then you are put through to “the bank”, which asks you to log in with BankID or to install a program. This is a scam.
    .tip = Not sure about an invoice? Hang up. Call the company yourself, on a number you have looked up yourself.

fake-police =
    .title = Fake police
    .body = A recorded voice or a person says they are the police. You are suspected of a crime, or thieves are on their way to your home. Then they want your card details, or want you to give cards and valuables to someone who comes to your home. This is a scam. Hang up.
    .warning = Never hand over a code, a bank card, gold or valuables. Do not let strangers in.

wrong-swish =
    .title = “I swished you by mistake”
    .body = You get money on Swish from someone you do not know. Then the person asks you to send the money on to another number. Do not do it. It can be money laundering, and then you help with a crime without knowing it.
    .tip = Contact your bank and ask what to do.

passport-tap =
    .title = “Tap your passport” on the phone
    .body = Your bank may ask you to tap your passport or ID card in the BankID app, for example before you move a large sum. It is an extra check. But does someone call you and ask you to tap your passport? Hang up.
    .tip = Did you call your bank yourself, on a number you found yourself? Then it is normal to identify yourself.

spam-sms =
    .title = Send scam text messages to 7726
    .body = Do you get a text message that you think is a scam? Do not tap the link. Forward the message to 7726. Then the mobile operators can stop it, so that fewer people get it.

quiz-invoice =
    .title = Practice 1 of 3: an unpaid invoice
    .body = This is practice with made-up names. The phone rings. Read what the caller says. What do you do?
    .screen =
        “Okänd Inkasso AB”
        “You have an unpaid invoice. Install the app we send by text message, and your bank will help you.”
    .choice-install = Install the app
    .choice-hang-up = Hang up
    .right = Never allow anyone to control your phone or computer remotely. Not sure about an invoice? Call the company yourself, on a number you have looked up yourself.
    .wrong = This was a scam. With the app, the scammer can control your phone and take your money. Hang up, and call the company or your bank yourself.

quiz-passport-call =
    .title = Practice 2 of 3: “the bank” wants you to tap your passport
    .body = This is practice. The phone rings. You did not call the bank yourself. Read what the caller says. What do you do?
    .screen =
        “The bank”
        “Someone is trying to take your money. Tap your passport in the BankID app now and we will stop it.”
    .choice-tap = Tap the passport
    .choice-hang-up = Hang up
    .right = Never use BankID or your passport because someone who calls asks you to. Call your bank yourself, on a number you have found yourself.
    .wrong = This was a scam. You had not called the bank yourself. Never use BankID because someone who calls asks you to. Hang up, and call your bank yourself.

quiz-passport-own =
    .title = Practice 3 of 3: your own transfer
    .body = This is practice with made-up names. You have logged in to Solby Sparbank's app yourself. You want to move 50 000 kr to your own savings account. The BankID app asks for an extra check. What do you do?
    .screen =
        Solby Sparbank: move 50 000 kr to your savings account
        Tap your passport or ID card to confirm.
    .choice-tap = Tap the passport
    .choice-cancel = Cancel
    .right = You started the transfer yourself, and the text matches what you want to do. Banks may ask for an extra check for large sums.
    .wrong = Here it was safe to go on. You started the transfer yourself, and the text matches. Banks may ask for an extra check for large sums. Cancel when the text does not match what you want to do.

if-it-happened =
    .title = Has it already happened?
    .body = Call your bank at once and block your BankID and your cards. Then report it to the police on 114 14. Is the crime happening right now? Call 112.
    .tip = It is not your fault. Scammers are skilled. The faster you call, the better.
