title = Pay a bill
summary = How to pay a bill in your bank's app or internet bank. And how to check everything before you sign.
# What to have ready: one item per line.
needs =
    The bill, on paper or in your digital mailbox
    A way to log in to your bank (app or internet bank)
    Mobile BankID (Mobilt BankID)

log-in =
    .title = Log in to your bank
    .body = Have the bill in front of you. Open the bank's app or internet bank and log in with Mobile BankID.

new-payment =
    .title = Choose to pay a bill
    .body = Find payments and choose to make a new payment. The menus look a little different in different banks.
    .tip = Can't find it? Ask your bank.

recipient =
    .title = Type the recipient's number
    .body = The bill shows the recipient's bankgiro number or plusgiro number. Type the number exactly as it is written. Does the bank show a name? Check that it is the same as on the bill.

reference =
    .title = Type the OCR number
    .body = The OCR number is on the bill. It tells the recipient who paid and for what. Copy it digit by digit.
    .tip = No OCR number? Type the invoice number or the message that the bill asks for.

amount-date =
    .title = Type the amount and the date
    .body = Type the amount to pay. Then choose the date for the payment. Choose the due date on the bill (förfallodag) or earlier.
    .tip = You can enter the payment in advance. It is made on the date you chose.

check-sign =
    .title = Check and sign
    .body = Compare everything with the bill: number, OCR number, amount and date. Is everything right? Sign with Mobile BankID. Read the text in the BankID app before you type your code.
    .tip = Afterwards you can see the payment in the bank, among upcoming or completed payments.

never-on-request =
    .title = Never pay because someone on the phone asks you to
    .body = Never sign a payment because someone asks you to by phone, text message or e-mail. Your bank never calls and asks you to log in with BankID or give codes.
    .warning = Hang up. Don't log in. Don't trust the caller.
