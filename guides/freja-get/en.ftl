title = Get Freja eID+
summary = An e-ID on your phone, even if you don't have a Swedish bank that issues BankID.
# What to have ready: one item per line.
needs =
    A smartphone
    An email address
    An ID document: Swedish passport, national ID card, driving licence or ID card from the Tax Agency (Skatteverket)

what-is-freja =
    .title = An e-ID without a Swedish bank
    .body = Freja eID+ is an e-ID on your phone. You don't need a Swedish bank that issues BankID. Freja has different levels. The highest level, Freja eID+, is approved by the state.

install-app =
    .title = Get the Freja app
    .body = Open the app store on your phone. Search for Freja eID. Install the app and open it.

email-level =
    .title = Start with your email
    .body = Type your email address in the app and follow the steps. Then you have the first level. At that level nobody has checked who you are yet.

show-id =
    .title = Show your ID document
    .body = Choose to go on to a higher level. Follow the app: take a photo of your ID document and take a selfie, a picture of your face.
    .tip = With a Swedish passport or national ID card you usually get Freja eID+ straight away.

wait-check =
    .title = Wait for the check
    .body = A person at Freja checks your pictures. It takes about 15 minutes on weekdays. Look in the app after a while.

visit-agent =
    .title = Driving licence or ID card from the Tax Agency?
    .body = Then you also need to show yourself and your ID document at an agent. On frejaeid.com you can see where there are agents.
    .tip = The agents can change. Check the list before you go there.

keep-it-yours =
    .title = Your e-ID is yours only
    .body = Never use your e-ID because someone else asks you to. Never give your codes to anyone. Always read what you approve in the app. Are you unsure? Cancel.
    .warning = Hang up. Don't log in. Don't trust the caller. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

get-help =
    .title = Where to get help
    .body = Do you have questions about Freja eID+? Read the help on frejaeid.com. The library staff can show you the way. But you always type your codes yourself.
