title = Log in with BankID
summary = How to log in with Mobile BankID: scan the QR code, read the text, type your security code.
# What to have ready: one item per line.
needs =
    Your phone with Mobile BankID
    Your security code
    The service you want to log in to, on a computer or tablet

choose-bankid =
    .title = Choose BankID
    .body = Go to the service where you want to log in. Choose to log in with BankID. A QR code appears on the screen.

moving-qr =
    .title = The QR code moves
    .body = The QR code changes all the time. That is how it should be. It shows that you and the screen are in the same place.
    .warning = Never scan a QR code that someone else has sent you.

open-app =
    .title = Open the BankID app and scan
    .body = Open the BankID app on your phone. Choose to scan a QR code. Hold the phone so that the camera sees the code on the screen.

check-text =
    .title = Read where you are logging in
    .body = The app shows where you are logging in or what you are signing. Read the text carefully. Is this something you started yourself?
    .warning = Does it not match, or are you unsure? Cancel.

security-code =
    .title = Type your security code
    .body = Type your security code in the app and confirm. Have you turned on fingerprint or face recognition in the app? Then you can often use it instead of the code.

back-to-screen =
    .title = Look at the screen again
    .body = Now you are logged in to the service. Do your errand. Log out when you are done.
    .tip = Do other people use this computer too? Always log out before you leave.

only-your-own =
    .title = Only log in when you want to
    .body = Never use BankID because someone who contacts you asks you to, by phone, text message or e-mail. Never give your codes to anyone. Your bank never calls and asks you to log in with BankID.
    .warning = Hang up. Don't log in. Don't trust the caller. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

practice-own-login =
    .title = Practise: read before you approve
    .body = This is practice with made-up names. You chose to log in with BankID on the Solby kommun website yourself and scanned the QR code. Read what the app shows. What do you do?
    .screen =
        Log in to Solby kommun
        Is it you who wants to log in?
    .choice-cancel = Cancel
    .choice-approve = Yes, continue
    .right = You started this login yourself, and the app shows the same name as the service you chose. Then you can continue and enter your security code.
    .wrong = Here it was safe to continue: you started the login yourself, and the name in the app matches the service you chose. But it was good to be careful. If the text does not match, or you are unsure, cancel.
