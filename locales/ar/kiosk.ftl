app-name = Lotsen
choose-language = اختر لغتك
choose-this-language = اختر هذه اللغة
privacy-note = لا يطلب منك Lotsen أبدًا اسمك أو رقمك الشخصي (personnummer) أو أي معلومات شخصية أخرى.
change-language = اللغة
home = البداية
home-title = ماذا تريد أن تفعل؟
home-intro = اختر موضوعًا. سنريك ما تفعله، خطوة بخطوة.
category-e-id = الهوية الإلكترونية
category-banking = البنك والدفع
category-health = الرعاية الصحية
category-public = الجهات الحكومية وخدمات أخرى
no-guides = لا توجد أدلة هنا بعد.
duration =
    { $n ->
        [zero] حوالي { $n } دقيقة
        [one] حوالي دقيقة واحدة
        [two] حوالي دقيقتين
        [few] حوالي { $n } دقائق
        [many] حوالي { $n } دقيقة
       *[other] حوالي { $n } دقيقة
    }
needs-title = ما تحتاج إليه
start-guide = ابدأ
step-progress = الخطوة { $current } من { $total }
illustration = صورة توضح الخطوة
tip = نصيحة
warning = تحذير
read-aloud = اقرأ بصوت عالٍ
stop-reading = أوقف القراءة
back = رجوع
next = التالي
finish = تم
ask-librarian = اسأل الموظفين
help-title = يسعدنا أن نساعدك
help-body = اذهب إلى مكتب الاستعلامات أو لوّح بيدك لأحد الموظفين. يمكنك أن تكمل هنا متى شئت.
help-close = فهمت
finish-title = أحسنت! لقد أنهيت الدليل.
feedback-question = هل كان الدليل مفيدًا؟
feedback-thanks = شكرًا على إجابتك!
feedback-anonymous = إجابتك لا تحمل اسمك.
yes = نعم
no = لا
qr-title = تابع على هاتفك
qr-body = امسح الرمز بكاميرا هاتفك. سيفتح الموقع الرسمي للخدمة.
on-your-phone = على هاتفك
handout-qr-title = احتفظ بهذا الدليل
handout-qr-body = امسح الرمز لفتح الدليل كصفحة للطباعة أو الحفظ.
close = إغلاق
start-over = إنهاء
back-home = إلى البداية
idle-title = هل ما زلت هنا؟
idle-countdown =
    { $n ->
        [zero] سيتم مسح الشاشة بعد { $n } ثانية.
        [one] سيتم مسح الشاشة بعد ثانية واحدة.
        [two] سيتم مسح الشاشة بعد ثانيتين.
        [few] سيتم مسح الشاشة بعد { $n } ثوانٍ.
        [many] سيتم مسح الشاشة بعد { $n } ثانية.
       *[other] سيتم مسح الشاشة بعد { $n } ثانية.
    }
idle-continue = نعم، ما زلت هنا
idle-finish = إنهاء الآن
text-size = حجم النص
contrast = تباين عالٍ
# Practice steps: the simulated screen and the feedback.
practice-badge = تمرين – لا يحدث شيء حقيقي
practice-screen-e-id = الهوية الإلكترونية
practice-screen-call = مكالمة واردة
practice-right = صحيح!
practice-wrong = ليس تماماً
practice-try-again = حاول مرة أخرى
practice-choose-first = اختر أولاً إجابة على شاشة التمرين.
practice-safe-answer = الإجابة الصحيحة
# "What you need": an item the visitor lacks, and the way back from the guide about getting it.
need-missing = ليس لديّ هذا
return-to-guide = العودة إلى: { $guide }
