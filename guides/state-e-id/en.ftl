title = The state e-ID
summary = The Police are to issue an e-ID from the state. Who can get it, and when?
# What to have ready: one item per line.
needs =
    A few minutes to read
    Access to polisen.se, to see when you can apply

what-is-it =
    .title = An e-ID from the state
    .body = The government has proposed a state e-ID. The Police are to issue it. It is to be on a card, for example on the national ID card. You are to be able to use it to show who you are online, like other e-IDs.

who-can-get =
    .title = Who can get it?
    .body = Under the proposal you can get it if you are a Swedish citizen or registered as living in Sweden (folkbokförd). You must be at least 9 years old.
    .tip = What it says here is a proposal. Rules and names may change before it starts.

check-polisen =
    .title = Check when you can apply
    .body = The proposal is that the state e-ID starts on 1 December 2026. Dates may change. Look on polisen.se for when and how you can apply.
    .tip = Do you need help finding the right page? Ask the library staff.

all-e-ids-work =
    .title = You don't need to wait
    .body = BankID and Freja+ are approved for use in the authorities' e-services. If you already have one of them, you can keep using it. Since January 2026 there is a new agreement through Digg. An authority that has joined it must let you choose among all the e-IDs in the agreement.

never-on-request =
    .title = Nobody calls and asks you to log in
    .body = New things attract scammers. The police and other authorities never call and ask you to log in with your e-ID. The police never contact you to ask you to identify yourself with BankID. Read on polisen.se yourself how to apply.
    .warning = Hang up. Don't log in. Don't trust the caller. («Lägg på. Logga inte in. Lita inte på den som ringer.»)

practice-call =
    .title = Practice: “the police” call about your e-ID
    .body = This is practice. The phone rings. Read what the caller says. What do you do?
    .screen =
        “The police”
        “Hello, I'm calling from the police. Your new state e-ID must be activated today. Log in with BankID while we talk.”
    .choice-log-in = Log in with BankID
    .choice-hang-up = Hang up
    .right = The police never call and ask you to log in. Anyone who asks for that is a fraudster. Do you want to know about the state e-ID? Look on polisen.se yourself.
    .wrong = This was a scam. The police never contact you to ask you to identify yourself with BankID, not even for a new e-ID. Hang up. Don't log in. Don't trust the caller.
