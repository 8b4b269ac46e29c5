title = Read your journal and renew prescriptions on 1177
summary = How to read your journal on 1177. And how to ask to renew a prescription.
# What to have ready: one item per line.
needs =
    An e-ID, for example Mobile BankID
    A mobile phone or a computer
    The name of the medicine you want to renew

log-in =
    .title = Log in to 1177
    .body = Go to 1177.se and tap «Logga in» (Log in). Log in with your e-ID, for example BankID. Always read the text in the app before you enter your security code.
    .warning = Never log in because someone who contacts you asks you to. Never give your codes to anyone.

find-journal =
    .title = Open your journal
    .body = Choose the e-service for reading your journal. Each clinic decides which e-services it offers.
    .tip = Can't find your journal? Ask your clinic.

read-journal =
    .title = Read your journal
    .body = In the journal you can read what healthcare staff have written about you. Choose what you want to read.
    .tip = Don't understand something? Ask your clinic. Make sure no one else can see your screen.

find-prescriptions =
    .title = Open your prescriptions
    .body = Go back. Then choose the e-service for renewing prescriptions.
    .tip = Can't renew prescriptions on 1177? Contact the clinic another way, for example by phone.

choose-medicine =
    .title = Choose the medicine
    .body = Choose the medicine you want to renew. Check that the name is right.

send-request =
    .title = Send your request
    .body = Read the details. Then send your request to the clinic. The clinic decides whether the prescription is renewed.
    .tip = Send it in good time, before your medicine runs out.

log-out =
    .title = Log out when you are done
    .body = Tap «Logga ut» (Log out). Then close the web browser. Always do this on a computer that others use too, for example at the library.
