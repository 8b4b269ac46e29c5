title = Write to your clinic on 1177, also for your child
summary = How to send a message to your clinic on 1177. And how to do it for your child under 13.
# What to have ready: one item per line.
needs =
    An e-ID, for example Mobile BankID
    A mobile phone or a computer
    The name of the clinic

log-in =
    .title = Log in to 1177
    .body = Go to 1177.se and tap «Logga in» (Log in). Log in with your e-ID, for example BankID. Always read the text in the app before you enter your security code.
    .warning = Never log in because someone who contacts you asks you to. Never give your codes to anyone.

act-for-child =
    .title = Is it about your child? Choose the child
    .body = Is your child under 13? Then you can use 1177 for the child, if you are the child's registered guardian (vårdnadshavare). The first time: choose «Lägg till barn» (Add child) and type the child's personal identity number. Then choose the child. Is it about you? Skip this step.

choose-clinic =
    .title = Choose the clinic
    .body = Find the clinic you want to write to. Each clinic decides which e-services it offers.
    .tip = Can't write to the clinic on 1177? Contact it another way, for example by phone.

write-message =
    .title = Write your message
    .body = Choose to write a new message. Write short and clear. Write what you need help with.
    .warning = Messages are not for urgent matters. In an emergency, call 112. Need healthcare advice? Call 1177.

send-message =
    .title = Send the message
    .body = Read your message once more. Then send it to the clinic.

read-answer =
    .title = Read the answer
    .body = The clinic answers in your messages on 1177. Log in again later. Open your messages and read the answer.

log-out =
    .title = Log out when you are done
    .body = Tap «Logga ut» (Log out). Then close the web browser. Always do this on a computer that others use too, for example at the library.
