title = Log in to 1177
summary = How to log in to 1177 with your e-ID. And how to find the e-services.
# What to have ready: one item per line.
needs =
    An e-ID, for example Mobile BankID or Freja+
    A mobile phone with the app for your e-ID
    A computer, or the same phone

open-1177 =
    .title = Go to 1177.se
    .body = Open the web browser and type 1177.se. Then tap «Logga in» (Log in).
    .tip = You can also scan the QR code here with your phone. Then 1177 opens on your phone.

choose-e-id =
    .title = Choose your e-ID
    .body = Choose the e-ID that you have, for example BankID or Freja+.
    .tip = No e-ID? You get BankID from your bank. No bank in Sweden that issues BankID? Then Freja+ may suit you.

scan-qr =
    .title = Scan the QR code
    .body = A QR code appears on the screen. The code moves. Open the app of the e-ID you chose, for example BankID or Freja. Scan the code with the app.
    .tip = Only scan a QR code that you see in front of you. The code shows that you and the screen are in the same place.

read-and-confirm =
    .title = Read and confirm in the app
    .body = Read the text in the app. Where are you logging in? Is that right? Then enter your security code. Not sure? Cancel.

scam-warning =
    .title = Only log in when you want to
    .body = Never log in because someone who contacts you asks you to. Never give your codes to anyone. The police never contact you to ask you to identify yourself with BankID. Your bank never calls and asks you to log in.
    .warning = Someone calls and asks you to log in? Hang up. Don't log in. Don't trust the caller.

find-your-way =
    .title = Find the e-services
    .body = Now you are logged in. Here are your e-services. For example, you can book appointments, send messages, read your journal and renew prescriptions. Each clinic decides which e-services it offers.
    .tip = You can also call 1177 for healthcare advice. Advice is available in several languages.

log-out =
    .title = Log out when you are done
    .body = Tap «Logga ut» (Log out). Then close the web browser. Always do this on a computer that others use too, for example at the library.
