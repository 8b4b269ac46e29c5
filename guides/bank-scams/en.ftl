title = Recognise scams
summary = Fake text messages, e-mails and calls from "the bank". How to recognise them, and what to do.
# What to have ready: one item per line.
needs =
    Nothing special: read and remember the rules
    Your bank's real phone number, one you found yourself

how-it-looks =
    .title = What a scam can look like
    .body = A text message, an e-mail or a call says it comes from the bank, BankID or the police. It sounds urgent: your money is in danger and you must do something now.
    .tip = The caller may already know your name and other things about you. Do not trust them anyway.

bank-never-calls =
    .title = Your bank never calls to ask for BankID
    .body = Your bank never calls and asks you to log in with BankID or give codes. The police never ask you to identify yourself with BankID. Anyone who asks for this is a scammer.

hang-up =
    .title = Hang up
    .body = Does someone on the phone ask you to log in or give codes? End the call at once. You do not need to be polite.
    .warning = «Lägg på. Logga inte in. Lita inte på den som ringer.» (Hang up. Don't log in. Don't trust the caller.)

no-links =
    .title = Do not tap links
    .body = Do not tap links in text messages or e-mails that say they come from the bank. Open the bank's app yourself, or type the bank's address yourself.
    .tip = Do not call back a number you got in a text message. Call the bank's number that you found yourself.

read-bankid =
    .title = Always read in the BankID app
    .body = Before you type your code: read where you are logging in and what you are signing. Does it not match what you want to do? Cancel. Never give your codes to anyone.

if-it-happened =
    .title = Have you already logged in or given codes?
    .body = Call your bank at once and block your BankID. Then report it to the police on 114 14. Is the crime happening right now? Call 112.
    .tip = It is not your fault. Scammers are skilled. The faster you call, the better.
