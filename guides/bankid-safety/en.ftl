title = BankID and scams
summary = How to protect your BankID. And what to do if someone has tricked you.
# What to have ready: one item per line.
needs =
    A few minutes to read
    Your bank's phone number, from the bank's own website or app

only-you =
    .title = Your BankID is for you only
    .body = Use BankID only when you yourself have started an errand. Did you call yourself, for example 1177 or your bank? Then identifying yourself is normal. Did someone else contact you? Never use BankID because they ask you to, whoever they say they are.
    .tip = A bank may ask you to tap your passport or ID card on your phone as an extra check, for example when you move a large sum. Do it only when you yourself started the contact.

never-share-codes =
    .title = Never give away your codes
    .body = Your security code is yours only. Never give it to anyone. Your bank never calls and asks you to log in with BankID or give codes.

read-before =
    .title = Always read before you type the code
    .body = The app shows where you are logging in or what you are signing. Read the text every time. Does it not match, or are you unsure? Cancel.

hang-up =
    .title = Someone calls and asks you to log in?
    .body = Your bank never calls and asks you to log in with BankID. The police never contact you to ask you to identify yourself with BankID. The police advise you:
    .warning = Hang up. Don't log in. Don't trust the caller. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

block =
    .title = Block your BankID
    .body = Do you think someone has tricked you, or does someone know your code? Contact your bank directly and block your BankID. Find the bank's number yourself, for example on the bank's website.
    .tip = Never call a number that the caller gave you.

report =
    .title = Report to the police
    .body = Is the crime happening right now? Call 112. Has it already happened? Call the police on 114 14 and make a report.

practice-qr-login =
    .title = Practise: a QR code from someone else
    .body = This is practice with made-up names. You get a text message: “You have money to get back. Scan the QR code with BankID.” You scan the code. Read what the app shows. What do you do?
    .screen =
        Log in to Okänd Handel AB
        Did you start this login yourself?
    .choice-approve = Yes, log in
    .choice-cancel = No, cancel
    .right = You had not started anything at Okänd Handel AB. The code came from someone else. Never use BankID because someone else asks you to.
    .wrong = This was a scam. You had not started a login yourself: the code came from someone else. Only use BankID when you have started an errand yourself. Has this really happened? Contact your bank straight away and block your BankID.

practice-signing =
    .title = Practise: read what you sign
    .body = This is practice with made-up names. Someone calls and says they are from your bank. They say you must sign to stop a payment. Read what the app shows. What do you do?
    .screen =
        Sign for Okänd Handel AB
        I approve the transfer of 9,800 kronor from my account.
    .choice-cancel = Cancel
    .choice-sign = Sign
    .right = The text says you approve moving money, not stopping a payment. Always read what you sign. Never use BankID because someone asks you to on the phone.
    .wrong = This was a scam. The text says you approve moving money: the opposite of what the caller said. Never use BankID because someone asks you to on the phone. Hang up. Don't log in. Don't trust the caller.
