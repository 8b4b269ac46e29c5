title = Log in to your internet bank
summary = How to log in to your bank's app or internet bank with Mobile BankID, and how to do it safely.
# What to have ready: one item per line.
needs =
    Mobile BankID (Mobilt BankID) on your phone
    Your BankID security code (in your head, not on a note)
    Your bank's app, or a computer with a web browser

find-bank =
    .title = Open your bank's app or website
    .body = Open the bank's app on your phone. Or type the bank's address yourself in the web browser on the computer. Do not use links in text messages or e-mails.
    .tip = Save the bank's address as a bookmark. Then you find the right page next time.

press-login =
    .title = Tap «Logga in» (Log in)
    .body = Tap «Logga in» (Log in). Does the bank ask how you want to log in? Choose Mobilt BankID (Mobile BankID).

scan-qr =
    .title = Scan the QR code
    .body = If you log in on a computer, the page shows a QR code that moves. Open the BankID app on your phone. Choose to scan a QR code and hold the camera up to the code.
    .tip = The QR code shows that you and the screen are in the same place. Never scan a code that someone else sends you.

check-text =
    .title = Read the text in the BankID app
    .body = The BankID app shows where you are logging in. Check that it is your bank. Does it say something else, or are you unsure? Cancel.

enter-code =
    .title = Type your security code
    .body = Type your security code in the BankID app. Only you should know the code. Cover the screen with your hand while you type. Now you are logged in.

log-out =
    .title = Log out when you are done
    .body = Tap «Logga ut» (Log out) when you are done. Are you using a computer at the library? Then also close the web browser.

never-on-request =
    .title = Never log in because someone asks you to
    .body = Only log in when you have decided to yourself. Your bank never calls and asks you to log in with BankID or give codes. Never give your codes to anyone.
    .warning = Someone calls and asks you to log in? Hang up. Don't log in. Don't trust the caller.
