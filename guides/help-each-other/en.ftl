title = Helping and being helped – without borrowing an e-ID
summary = Agents and powers of attorney: how a relative can help you with their own e-ID.
# What to have ready: one item per line.
needs =
    Your own e-ID
    A person you trust, with their own e-ID

own-eid-only =
    .title = Never lend out your e-ID
    .body = Your e-ID is personal. No one may use someone else's e-ID, not even with permission. But there are safe ways to help each other. The person who helps then uses their own e-ID.
    .tip = Should someone handle your bank errands? Ask your bank for its power of attorney (fullmakt) form.

tax-ombud =
    .title = A tax return agent at Skatteverket
    .body = A relative can submit your income tax return for you, with their own e-ID. Then they are your tax return agent (deklarationsombud). You choose an agent in Skatteverket's e-service «Ombud och behörigheter» (Agents and authorisation), or with a form. You are still responsible for the information being correct.
    .tip = Turn on the block in «Ombud och behörigheter». Then no one can become your agent with a paper form.

pharmacy =
    .title = A power of attorney for the pharmacy
    .body = Do you want someone to collect your medicines? Give them a power of attorney for pharmacy errands. You can do it in Läkemedelskollen with your e-ID, or with a form at a pharmacy. The person who gets it must say yes within seven days.
    .tip = The power of attorney is valid for at most four years. You can end it whenever you want.

freja-shared =
    .title = Shared control in Freja
    .body = Do you have Freja? With shared control (delad kontroll), your helper gets a request in their own Freja app when you log in or sign. It only goes through when you have both approved. The helper can never do anything on their own with your Freja.
    .tip = You must be in the same place when you turn on shared control. Both of you need Freja with a checked ID document.

future-fullmakt =
    .title = A continuing power of attorney (framtidsfullmakt)
    .body = With a framtidsfullmakt you choose who will handle your affairs if one day you can no longer do it yourself, for example because of illness. It must be in writing. You sign it while two witnesses are present. The person who gets the power of attorney may not be a witness.
    .tip = You must be 18 and able to handle your affairs when you write it.

practice-relative =
    .title = Practice: a relative wants to help
    .body = This is practice. Your nephew wants to help you with your tax return. He calls. Read what he says. What do you do?
    .screen =
        “Your nephew”
        “Hi! I'm doing your tax return now. Tell me your BankID code and I'll log in as you.”
    .choice-give-code = Tell the code
    .choice-make-ombud = Make him my agent
    .right = No one may use your e-ID, not even a relative. As your tax return agent, he can file your return with his own e-ID.
    .wrong = Never give your code to anyone, not even to a relative. No one may use someone else's e-ID. Instead, make him your tax return agent at Skatteverket.
