title = ID and e-ID without a Swedish passport
summary = How to get an ID card and an e-ID if you are not a Swedish citizen.
# What to have ready: one item per line.
needs =
    Your personal identity number or coordination number (samordningsnummer)
    An approved ID document, or a person who knows you well and can confirm who you are
    400 kronor for the ID card from the Tax Agency (Skatteverket)

citizens-only =
    .title = Passports are for Swedish citizens only
    .body = Only Swedish citizens can get a Swedish passport or national ID card from the Police. Are you not a Swedish citizen? Then there are other ways to an ID card and an e-ID. Here they are.

tax-agency-card =
    .title = An ID card from the Tax Agency
    .body = Are you registered as living in Sweden (folkbokförd), do you have a personal identity number, and are you at least 13? Then you can apply for an ID card at Skatteverket. The card shows who you are in Sweden, for example at the pharmacy and the bank.
    .tip = Are you under 18? Then you need your guardian's approval. The card is not a passport for travel.

pay-fee =
    .title = Pay the fee first
    .body = The application costs 400 kronor. Pay to Skatteverket's bankgiro 389-0100 before you apply. You do not get the money back if you do not get the card.
    .tip = The fee may change. Check it on skatteverket.se before you pay.

book-visit =
    .title = Book a time and go there yourself
    .body = Only some service offices make ID cards. Book a time on skatteverket.se. Bring an approved ID document. Don't have one? Bring a person who knows you well and can confirm who you are. That person must be able to show their own ID document.
    .tip = Don't bring a population registration certificate (personbevis). It does not show who you are.

e-id-on-card =
    .title = The card has an e-ID
    .body = Skatteverket's ID card has an e-ID from AB Svenska Pass in it. With it you can log in to Skatteverket's e-services.

bankid-at-bank =
    .title = BankID: go to a bank office
    .body = You get BankID from your bank. You need a Swedish personal identity number and a bank that issues BankID. Don't have a Swedish passport or national ID card? Then go to an office of your bank and ask how to do it.

freja-plus =
    .title = Freja+ with Skatteverket's ID card
    .body = With Skatteverket's ID card you can get Freja+ in the Freja app. You then show the card to an agent, in person. Freja+ starts to work within 3 hours of the visit.
    .tip = You can see where the agents are on frejaeid.com.

coordination-number =
    .title = Do you have a coordination number?
    .body = A coordination number (samordningsnummer) is for people who are not registered as living in Sweden. With it you cannot get BankID or an ID card from Skatteverket. If you are a citizen of the EU, the EEA or the UK, you can get Freja+ with a verified coordination number.
    .tip = If you become registered as living in Sweden, you get a personal identity number instead.

keep-it-yours =
    .title = Your ID and your e-ID are yours only
    .body = Never lend your ID card or your e-ID to anyone, not even to someone who wants to help you. Never give your codes to anyone. Never use your e-ID because someone who contacts you asks you to.
    .warning = Hang up. Don't log in. Don't trust the caller. («Lägg på. Logga inte in. Lita inte på den som ringer.»)
