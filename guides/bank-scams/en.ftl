title = Recognise scams
summary = Fake text messages, e-mails and calls from "the bank". How to recognise them, and what to do.
# What to have ready: one item per line.
needs =
    Nothing special: read and remember the rules
    Your bank's real phone number, one you found yourself

how-it-looks =
    .title = What a scam can look like
    .body = A text message, an e-mail or a call says it comes from the bank, BankID or the police. It sounds urgent: your money is in danger and you must do something now.
    .tip = The caller may seem trustworthy. Do not trust them anyway.

bank-never-calls =
    .title = Your bank never calls to ask for BankID
    .body = Your bank never calls and asks you to log in with BankID or give codes. The police never contact you to ask you to identify yourself with BankID. Anyone who asks for this is a scammer.

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

quiz-bank =
    .title = Practice 1 of 3: “the bank” calls
    .body = This is practice. The phone rings. Read what the caller says. What do you do?
    .screen =
        “The bank”
        “Hello, I'm calling from your bank. Someone is trying to take your money. Log in with BankID now and we will stop it.”
    .choice-log-in = Log in with BankID
    .choice-hang-up = Hang up
    .right = Your bank never calls to ask you to log in with BankID or give codes. Worried? Call the bank's number that you have found yourself.
    .wrong = This is a common scam. Your bank never calls to ask you to log in with BankID. Hang up. Don't log in. Don't trust the caller.

quiz-police =
    .title = Practice 2 of 3: “the police” call
    .body = This is practice. The phone rings again. Read what the caller says. What do you do?
    .screen =
        “The police”
        “This is the police. We are investigating a fraud against you. Identify yourself with BankID so we know it is you.”
    .choice-hang-up = Hang up
    .choice-identify = Identify myself with BankID
    .right = The police never contact you to ask you to identify yourself with BankID. Anyone who asks for that is a fraudster.
    .wrong = This was a scam. The police never contact you to ask you to identify yourself with BankID, even when it sounds serious. Hang up. Don't log in. Don't trust the caller.

quiz-1177 =
    .title = Practice 3 of 3: “1177” calls
    .body = This is practice. Now someone calls who says they are from healthcare. Read what the caller says. What do you do?
    .screen =
        “1177”
        “Hello, I'm calling from 1177. Your doctor's appointment must be confirmed. Log in with BankID while we talk.”
    .choice-log-in = Log in with BankID
    .choice-hang-up = Hang up
    .right = Never use BankID because someone who calls you asks you to, whoever they say they are. That goes for the bank, the police and healthcare. Hang up. Did you call 1177 yourself? Then identifying yourself is normal.
    .wrong = This was a scam. Never use BankID because someone asks you to on the phone, not even if they say they are calling from 1177. Hang up. Don't log in. Don't trust the caller.
