title = Set up Swish
summary = Connect your bank account to your mobile number. Then you can receive and send money.
# What to have ready: one item per line.
needs =
    Your mobile number
    A bank account and a way to log in to your bank (app or internet bank)
    To send money: a smartphone with Mobile BankID (Mobilt BankID)

open-bank =
    .title = Log in to your bank
    .body = You connect Swish in your bank's app or in the internet bank. Open the app or the internet bank and log in as usual.
    .tip = Can't find Swish? Ask your bank. Each bank shows it a little differently.

connect-number =
    .title = Connect your mobile number to your account
    .body = Find Swish in your bank. Choose the account that money should go to and from. Type your mobile number. Then follow the bank's steps all the way to the end.
    .tip = Check that the number is right before you go on.

receive-only =
    .title = Now you can receive money
    .body = When your number is connected, other people can Swish money to your mobile number. To receive money, you need no smartphone and no app.

install-app =
    .title = Get the app to send money
    .body = Do you also want to send money? Then you need the Swish app and Mobile BankID. Open the App Store or Google Play and search for «Swish». The app is called «Swish betalningar» (Swish payments).
    .tip = No Mobile BankID yet? You get it from your bank.

activate-app =
    .title = Open the Swish app
    .body = Open the Swish app and follow the steps on the screen. When the app asks, use your Mobile BankID. Always read the text in the BankID app before you type your code.

limits-free =
    .title = Free, and your bank sets the limit
    .body = Swish is free for private persons. It costs nothing to send or receive money. Your bank decides how much you can send. You can see and change the limit in the internet bank or in the bank's app.

scam-warning =
    .title = Never use BankID to receive money
    .body = To receive money, you never need to open BankID or type a code. If someone asks you to, it is a scam. Never use BankID because someone else asks you to.
    .warning = Not sure what you are signing? Cancel.
