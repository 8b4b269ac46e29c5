title = Your BankID expires soon
summary = How to get a new Mobile BankID in time, before the old one stops working.
# What to have ready: one item per line.
needs =
    Your smartphone
    A way to log in to your internet bank, for example your current BankID
    Your Swedish passport or national ID card, or a visit to your bank office

check-date =
    .title = See when your BankID expires
    .body = A BankID is valid for a few years. It is not extended. Instead, you get a new one. Look in the BankID app or ask your bank when yours expires.

act-in-time =
    .title = Get the new one in good time
    .body = Don't wait until your BankID has expired. Get the new one while the old one still works. Then you can log in to your bank with the old one.

check-phone =
    .title = Check your phone
    .body = Since March 2026 the BankID app needs Android 9 or iOS 16 or later. Do you have an older phone, for example an older iPhone or a senior phone? Then you may need a newer phone.
    .tip = Update the BankID app in the app store.

order-new =
    .title = Order a new BankID
    .body = Log in to your bank's app or internet bank. Choose to get Mobile BankID («Mobilt BankID»). Follow the steps your bank shows.
    .tip = Can't find it? Ask your bank how it works at their bank.

scan-id =
    .title = Scan your passport or ID card
    .body = The app may ask you to scan your Swedish passport or national ID card. The phone reads the chip in the document. Follow the pictures in the app.
    .tip = A driving licence does not work for the scan. Don't have a Swedish passport or national ID card? Then use your current BankID while it still works, or go to an office of your bank.

notifications =
    .title = Turn on notifications
    .body = Allow notifications from the BankID app. Then you see if someone gets a BankID in your name.

renew-yourself =
    .title = Get your new BankID yourself
    .body = Get your new BankID only yourself, in your bank's own app or internet bank. Never use BankID because someone who contacts you asks you to, not even to "renew". Your bank never calls and asks you to log in with BankID.
    .warning = Hang up. Don't log in. Don't trust the caller. («Lägg på. Logga inte in. Lita inte på den som ringer.»)
