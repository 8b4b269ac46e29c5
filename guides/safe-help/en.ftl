title = Get help safely
summary = What a librarian or a relative can help you with, and what you always do yourself.
# What to have ready: one item per line.
needs =
    Your own phone with your own e-ID
    Time: you decide the pace

helper-shows =
    .title = The helper shows, you do it
    .body = A librarian or a relative can show you where to tap and explain the steps. You tap and type yourself, on your own phone. That way you stay in control.
    .tip = Say so if it goes too fast. You can always ask again.

keep-eid =
    .title = Your BankID is yours alone
    .body = BankID is a personal ID document, just like a passport. Never let anyone else use your BankID. Never give your code to anyone: not to a relative, a librarian, the bank or the police.
    .warning = Someone asks for your code? Say no.

cover-code =
    .title = Protect your code
    .body = When you type your code, cover the screen with your hand. The person helping you can look away for a moment. Do not write the code on a note.

power-of-attorney =
    .title = Power of attorney (fullmakt) for banking
    .body = Should someone else handle bank errands for you? Then you can give that person a power of attorney (fullmakt). The bank wants it in writing. Ask your bank for its form.
    .tip = A power of attorney never gives anyone the right to use your BankID or your codes.

share-mail =
    .title = Let someone read your digital mail
    .body = In Min myndighetspost you can choose which people may read your messages. Kivra has a function for sharing. Then someone can help you without your BankID.

still-responsible =
    .title = You are still responsible for your mail
    .body = Even when someone else can read your mail, you are responsible for reading what arrives. Agree with your helper on how they tell you when something important arrives.
