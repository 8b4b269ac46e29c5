title = Your phone is gone
summary = Have you lost your phone, or has someone stolen it? How to protect your BankID and your money.
# What to have ready: one item per line.
needs =
    Another phone or a computer
    Your bank's phone number, one you find yourself
    Your ID document

block-bankid =
    .title = Block your BankID at once
    .body = Your Mobile BankID is in the phone. Contact your bank at once and ask them to block it. You can call the bank, go to a bank office, or block it in the internet bank if you can log in another way, for example with a card reader (bankdosa).
    .tip = Find the bank's number yourself, for example on the bank's website. Borrow a phone from someone you trust.

block-cards =
    .title = Block your cards
    .body = Were bank cards or credit cards with it, for example in the phone case? Block them with the bank or card company that issued them. Say so when you call the bank.
    .tip = Was your passport or national ID card with it? Call the police on 114 14 so that they block it.

report =
    .title = Report it to the police
    .body = Was the phone stolen? Make a police report. Did you lose it? Make a loss report (förlustanmälan). You can report it on polisen.se or call 114 14. Is the crime happening right now? Call 112.
    .tip = On polisen.se you need a personal identity number or a coordination number. Otherwise, call 114 14.

new-bankid =
    .title = Get a new BankID
    .body = A BankID can only be moved when the old and the new phone are in the same place. So you need a new BankID from your bank. Do you have another BankID? Order with that. Otherwise, use your card reader (bankdosa) or visit a bank office.
    .tip = Take your ID document when you go to the bank office.

calls-after =
    .title = Watch out for calls afterwards
    .body = Someone may call and say they are from the bank or the police and want to help you block things. Never give your codes. Banks and the police never call to ask you to log in or to get a new BankID.
    .warning = Hang up. Call your bank yourself, on a number you have found yourself.

practice-call =
    .title = Practice: a call after the theft
    .body = This is practice. Your phone was stolen yesterday. Now someone calls your new phone. Read what the caller says. What do you do?
    .screen =
        “The bank”
        “Hello, we have seen that your phone was stolen. Tell us the code of your bank card and we will block it for you.”
    .choice-give-code = Tell the code
    .choice-hang-up = Hang up
    .right = Never give your codes to anyone. Hang up and call your bank yourself, on a number you have found yourself.
    .wrong = This was a scam. Never give your codes to anyone who calls, not even after a theft. Hang up and call your bank yourself.
