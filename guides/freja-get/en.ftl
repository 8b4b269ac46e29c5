title = Get Freja+
summary = An e-ID on your phone, even if you don't have a Swedish bank that issues BankID.
# What to have ready: one item per line.
needs =
    A smartphone
    An email address
    An ID document: Swedish passport, national ID card, driving licence or ID card from the Tax Agency (Skatteverket)
    A Swedish personal identity number, or a verified coordination number (samordningsnummer) if you are a citizen of the EU, the EEA or the UK

what-is-freja =
    .title = An e-ID without a Swedish bank
    .body = Freja is an e-ID on your phone. You don't need a Swedish bank that issues BankID. Freja has different levels. The highest level is called Freja+ and is approved by the state. For Freja+ you need a Swedish personal identity number. If you are a citizen of the EU, the EEA or the UK, a verified coordination number is enough.

install-app =
    .title = Get the Freja app
    .body = Open the app store on your phone. Search for Freja. Install the app and open it.

email-level =
    .title = Start with your email
    .body = Type your email address in the app and follow the steps. Then you have the first level. At that level nobody has checked who you are yet.

show-id =
    .title = Show your ID document
    .body = Choose to go on to a higher level. Follow the app: take a photo of your ID document and take a selfie, a picture of your face.
    .tip = With a Swedish passport or national ID card you usually get Freja+ straight away.

wait-check =
    .title = Wait for the check
    .body = A person at Freja checks your pictures. It takes about 15 minutes on weekdays. Look in the app after a while.

visit-agent =
    .title = Driving licence or ID card from the Tax Agency?
    .body = Then you also need to show your ID document to an agent, in person. On frejaeid.com you can see where there are agents. Freja+ starts to work within 3 hours of the visit.
    .tip = The agents can change. Check the list before you go there.

keep-it-yours =
    .title = Your e-ID is yours only
    .body = Never use your e-ID because someone who contacts you asks you to. Never give your codes to anyone. Always read what you approve in the app. Are you unsure? Cancel.
    .warning = Hang up. Don't log in. Don't trust the caller. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

get-help =
    .title = Where to get help
    .body = Do you have questions about Freja+? Read the help on frejaeid.com. The library staff can show you the way. But you always type your codes yourself.
