app-name = Lotsen
choose-language = زبان خود را انتخاب کنید
choose-this-language = این زبان را انتخاب کنید
privacy-note = در Lotsen هرگز نام، شمارهٔ شخصی (personnummer) یا اطلاعات شخصی دیگر از شما پرسیده نمی‌شود.
change-language = زبان
home = خانه
home-title = چه کاری می‌خواهید انجام دهید؟
home-intro = یک موضوع را انتخاب کنید. ما قدم به قدم به شما نشان می‌دهیم چه کار کنید.
category-e-id = هویت الکترونیکی
category-banking = بانک و پرداخت
category-health = درمان و سلامت
category-public = ادارات دولتی و خدمات دیگر
no-guides = هنوز اینجا راهنمایی نیست.
duration =
    { $n ->
        [one] حدود { $n } دقیقه
       *[other] حدود { $n } دقیقه
    }
needs-title = آنچه لازم دارید
start-guide = شروع
step-progress = مرحلهٔ { $current } از { $total }
illustration = تصویری که این مرحله را نشان می‌دهد
tip = نکته
warning = هشدار
read-aloud = بلند بخوان
stop-reading = توقف خواندن
back = بازگشت
next = بعدی
finish = تمام
ask-librarian = از کارکنان بپرسید
help-title = با کمال میل کمک می‌کنیم
help-body = به میز اطلاعات بروید یا برای یکی از کارکنان دست تکان دهید. هر وقت خواستید، می‌توانید اینجا ادامه دهید.
help-close = متوجه شدم
finish-title = آفرین! راهنما را تا آخر دنبال کردید.
feedback-question = آیا این راهنما به شما کمک کرد؟
feedback-thanks = از پاسخ شما متشکریم!
feedback-anonymous = پاسخ شما بدون نام است.
yes = بله
no = نه
qr-title = در گوشی خودتان ادامه دهید
qr-body = کد را با دوربین گوشی اسکن کنید. وب‌سایت رسمی این خدمت باز می‌شود.
on-your-phone = روی گوشی
handout-qr-title = این راهنما را نگه دارید
handout-qr-body = کد را اسکن کنید تا راهنما به صورت صفحه‌ای برای چاپ یا نگه‌داری باز شود.
close = بستن
start-over = پایان
back-home = بازگشت به خانه
idle-title = هنوز اینجا هستید؟
idle-countdown =
    { $n ->
        [one] صفحه تا { $n } ثانیهٔ دیگر پاک می‌شود.
       *[other] صفحه تا { $n } ثانیهٔ دیگر پاک می‌شود.
    }
idle-continue = بله، هنوز اینجا هستم
idle-finish = همین حالا تمام کنید
text-size = اندازهٔ متن
contrast = کنتراست بالا
# Practice steps: the simulated screen and the feedback.
practice-badge = تمرین – هیچ چیز واقعی اتفاق نمی‌افتد
practice-screen-e-id = شناسه الکترونیکی
practice-screen-call = تماس ورودی
practice-right = درست است!
practice-wrong = نه کاملاً
practice-try-again = دوباره امتحان کنید
practice-choose-first = اول یک پاسخ را روی صفحه تمرین انتخاب کنید.
practice-safe-answer = پاسخ درست
# "What you need": an item the visitor lacks, and the way back from the guide about getting it.
need-missing = این را ندارم
return-to-guide = بازگشت به: { $guide }
