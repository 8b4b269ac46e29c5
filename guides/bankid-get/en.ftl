title = Get Mobile BankID
summary = How to get Mobile BankID on your phone through your bank.
# What to have ready: one item per line.
needs =
    Your Swedish personal identity number
    An account with a bank that issues BankID
    A smartphone
    Your Swedish passport or national ID card, or a visit to your bank office

ask-your-bank =
    .title = You get BankID from your bank
    .body = You get BankID through your own bank. You need a Swedish personal identity number and a bank that issues BankID. Don't have such a bank? Then Freja+ may suit you.
    .tip = Are you under 18? Then your guardian must agree that you get BankID.

install-app =
    .title = Get the BankID app
    .body = Open the app store on your phone. Search for BankID. Install the app.
    .tip = Since March 2026 the app needs Android 9 or iOS 16 or later. Older phones can no longer use BankID.

choose-bank =
    .title = Open your bank's app
    .body = Log in to your bank's app or internet bank. Choose to get Mobile BankID («Mobilt BankID»). Then follow the steps your bank shows.
    .tip = Can't find it? Ask your bank how it works at their bank.

scan-id =
    .title = Scan your passport or ID card
    .body = The app may ask you to scan your Swedish passport or national ID card. The phone reads the chip in the document. Follow the pictures in the app.
    .tip = A driving licence does not work for the scan. Don't have a Swedish passport or national ID card? Go to an office of your bank.

security-code =
    .title = Choose a security code
    .body = Choose a security code for your BankID. Choose a code that only you know. You use the code when you log in or sign with BankID.
    .warning = Never give your code to anyone. Your bank never asks for it.

notifications =
    .title = Turn on notifications
    .body = Allow notifications from the BankID app. Then you see if someone gets a BankID in your name.
    .tip = A BankID is valid for a few years. Then you get a new one. It is not extended.

never-share-codes =
    .title = Your BankID is yours only
    .body = Never use BankID because someone who contacts you asks you to. Your bank never calls and asks you to log in with BankID or give codes. The police never contact you to ask you to identify yourself with BankID.
    .warning = Hang up. Don't log in. Don't trust the caller. («Lägg på. Logga inte in. Lita inte på den som ringer.»)
