title = BankID and scams
summary = How to protect your BankID. And what to do if someone has tricked you.
# What to have ready: one item per line.
needs =
    A few minutes to read
    Your bank's phone number, from the bank's own website or app

only-you =
    .title = Your BankID is for you only
    .body = Use BankID only when you yourself have started an errand. Never use it because someone else asks you to. That goes for phone calls, text messages, emails and in person.

never-share-codes =
    .title = Never give away your codes
    .body = Your security code is yours only. Never give it to anyone. Your bank never calls and asks you to log in with BankID or give codes.

read-before =
    .title = Always read before you type the code
    .body = The app shows where you are logging in or what you are signing. Read the text every time. Does it not match, or are you unsure? Cancel.

hang-up =
    .title = Someone calls and asks you to log in?
    .body = Your bank never calls and asks you to log in with BankID. The police never ask you to identify yourself with BankID. The police advise you:
    .warning = Hang up. Don't log in. Don't trust the caller. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

block =
    .title = Block your BankID
    .body = Do you think someone has tricked you, or does someone know your code? Contact your bank directly and block your BankID. Find the bank's number yourself, for example on the bank's website.
    .tip = Never call a number that the caller gave you.

report =
    .title = Report to the police
    .body = Is the crime happening right now? Call 112. Has it already happened? Call the police on 114 14 and make a report.
