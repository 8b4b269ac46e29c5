title = Get a digital mailbox
summary = How to open a digital mailbox, Min myndighetspost or Kivra. And how to let someone you trust see your post, without sharing your e-ID.
# What to have ready: one item per line.
needs =
    An e-ID, for example Mobile BankID
    A mobile phone or a computer

choose-mailbox =
    .title = Choose a mailbox
    .body = Min myndighetspost is run by the state. It is for people aged 18 or over. It only carries post from the public sector, for example authorities. Kivra is another mailbox. It also carries post from companies.
    .tip = Post from authorities can come to both mailboxes.

open-site =
    .title = Go to the mailbox's website
    .body = Do you want Min myndighetspost? Type minmyndighetspost.se in the web browser. Do you want Kivra? Type kivra.se.
    .tip = The QR code here leads to Min myndighetspost.

log-in =
    .title = Log in with your e-ID
    .body = You need an e-ID to open a digital mailbox. Log in, for example with BankID. Always read the text in the app before you enter your security code.

open-mailbox =
    .title = Open your mailbox
    .body = Follow the steps on the screen to open the mailbox. Read carefully before you accept anything.

read-post =
    .title = Read your post
    .body = Now your post from authorities comes to the digital mailbox. You are responsible for reading what arrives. Log in and look in the mailbox often.

share-access =
    .title = Let someone you trust see your post
    .body = Do you need help with your post? In Kivra you can share your post with someone you trust. That person can then see and handle your post, for example pay your bills. Then you never need to share your e-ID.
    .tip = Only share with someone you really trust. You are still responsible for your post yourself.

never-share-e-id =
    .title = Never lend out your e-ID
    .body = Your e-ID is yours alone. Never lend it out, not even to family. Never give your codes to anyone. Never log in because someone who contacts you asks you to.
    .warning = Someone calls and asks you to log in? Hang up. Don't log in. Don't trust the caller.
