app-name = Lotsen
choose-language = Choose your language
choose-this-language = Choose this language
privacy-note = Lotsen never asks for your name, personal identity number or any other personal details.
change-language = Language
home = Home
home-title = What do you want to do?
home-intro = Choose a topic. We show you what to do, one step at a time.
category-e-id = e-ID
category-banking = Banking and payments
category-health = Healthcare
category-public = Public services and more
no-guides = There are no guides here yet.
duration =
    { $n ->
        [one] About { $n } minute
       *[other] About { $n } minutes
    }
needs-title = What you need
start-guide = Start
step-progress = Step { $current } of { $total }
illustration = Picture showing the step
tip = Tip
warning = Warning
read-aloud = Read aloud
stop-reading = Stop reading
back = Back
next = Next
finish = Done
ask-librarian = Ask a librarian
help-title = We are happy to help
help-body = Go to the information desk or wave to a member of staff. You can carry on here whenever you like.
help-close = I understand
finish-title = Well done! You have finished the guide.
feedback-question = Was this guide helpful?
feedback-thanks = Thank you for your answer!
feedback-anonymous = Your answer is anonymous.
yes = Yes
no = No
qr-title = Continue on your own phone
qr-body = Scan the code with your phone's camera. It opens the service's official website.
on-your-phone = On your phone
handout-qr-title = Keep this guide
handout-qr-body = Scan the code to open this guide as a page to print or keep.
close = Close
start-over = Finish
back-home = Back to start
idle-title = Are you still there?
idle-countdown =
    { $n ->
        [one] The screen will be cleared in { $n } second.
       *[other] The screen will be cleared in { $n } seconds.
    }
idle-continue = Yes, I'm still here
idle-finish = Finish now
text-size = Text size
contrast = High contrast
# Practice steps: the simulated screen and the feedback.
practice-badge = Practice – nothing real happens
practice-screen-e-id = e-ID app
practice-screen-call = Incoming call
practice-right = Right!
practice-wrong = Not quite
practice-try-again = Try again
practice-choose-first = First choose an answer on the practice screen.
practice-safe-answer = Right answer
# "What you need": an item the visitor lacks, and the way back from the guide about getting it.
need-missing = I don't have this
return-to-guide = Back to: { $guide }
