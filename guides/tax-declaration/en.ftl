title = Declare your income at Skatteverket
summary = How to read your tax declaration and send it to Skatteverket (the Swedish Tax Agency), with an e-ID or with the codes.
# What to have ready: one item per line.
needs =
    Your declaration from Skatteverket
    An e-ID, for example Mobile BankID, or the codes on the specification
    A computer, or the Skatteverket app on your phone

get-declaration =
    .title = Find your declaration
    .body = Skatteverket sends the declaration every spring. If you have a digital mailbox, it arrives there. The last day to declare changes every year. You find it on skatteverket.se.
    .tip = An example: for income year 2025, the last day was 4 May 2026.

check-figures =
    .title = Read and check
    .body = Read your declaration carefully. Is the information right? Look at your income, for example.
    .tip = Not sure about something? Ask Skatteverket before you approve.

log-in =
    .title = Log in at Skatteverket
    .body = Go to skatteverket.se on a computer. Choose the e-service for the declaration. Log in with your e-ID, for example BankID. Always read the text in the app before you enter your security code.
    .tip = The e-service is not made for phones. On a phone, you declare in the Skatteverket app instead.

scam-warning =
    .title = Protect your e-ID and your codes
    .body = Only log in when you have chosen to yourself. Never give your codes to anyone. This is true even if someone says they are from an authority or a bank. Always read what you are logging in to or signing.
    .warning = Someone calls and asks you to log in? Hang up. Don't log in. Don't trust the caller.

change-or-approve =
    .title = Change or approve
    .body = Is everything right? Approve the declaration. Is something missing or wrong? Change it first. Then approve. You sign with your e-ID.
    .tip = Only approve what you have read and understood.

approve-with-codes =
    .title = No e-ID? Use the codes
    .body = Do you only want to approve, without changing anything? Then the codes on the specification are enough. You can approve by text message, by phone or in the e-service. You don't need an e-ID. Follow what it says on your declaration.
    .warning = Never give the codes to anyone else.
