title = Book, cancel or rebook an appointment on 1177
summary = How to book an appointment with your clinic on 1177. And how to cancel or rebook an appointment.
# What to have ready: one item per line.
needs =
    An e-ID, for example Mobile BankID
    A mobile phone or a computer
    The name of your clinic

open-1177 =
    .title = Go to 1177.se
    .body = Open the web browser and type 1177.se. Then tap «Logga in» (Log in).
    .tip = You can also scan the QR code here with your phone. Then 1177 opens on your phone.

log-in =
    .title = Log in with your e-ID
    .body = Choose your e-ID, for example BankID. A QR code appears. Open the app of your e-ID on your phone and scan the code. Read the text in the app. Then enter your security code.

scam-warning =
    .title = Only log in when you want to
    .body = Never log in because someone who contacts you asks you to. Never give your codes to anyone. Always read where you are logging in. Not sure? Cancel.
    .warning = Someone calls and asks you to log in? Hang up. Don't log in. Don't trust the caller.

choose-clinic =
    .title = Choose your clinic
    .body = Find the clinic where you want an appointment. Each clinic decides which e-services it offers.
    .tip = Can't book on 1177? Contact the clinic another way, for example by phone.

book-time =
    .title = Book an appointment
    .body = Choose to book an appointment. Choose a day and a time that suit you. Read the details. Then confirm the booking.
    .tip = Write down the day, the time and the clinic on a note.

cancel-or-rebook =
    .title = Cancel or rebook an appointment
    .body = Go to your booked appointments. Choose the appointment. Then choose to cancel or rebook it. Each clinic has its own rules for cancelling.
    .tip = Can't come? Cancel as soon as you know. Ask the clinic about its rules.

log-out =
    .title = Log out when you are done
    .body = Tap «Logga ut» (Log out). Then close the web browser. Always do this on a computer that others use too, for example at the library.
