# وضع أمين المكتبة (للموظفين فقط). مسودة ترجمة.
librarian-title = وضع أمين المكتبة
librarian-cancel = إلغاء
pin-erase = امسح رقمًا
pin-ok = فتح
pin-enter = أدخل الرمز السري لأمين المكتبة.
pin-wrong =
    { $n ->
        [one] رمز خاطئ. بقيت محاولة واحدة قبل قفل لوحة الأرقام.
        [two] رمز خاطئ. بقيت محاولتان قبل قفل لوحة الأرقام.
        [few] رمز خاطئ. بقيت { $n } محاولات قبل قفل لوحة الأرقام.
       *[other] رمز خاطئ. بقيت { $n } محاولة قبل قفل لوحة الأرقام.
    }
pin-locked =
    { $n ->
        [one] رموز خاطئة كثيرة. حاول مرة أخرى بعد دقيقة واحدة.
        [two] رموز خاطئة كثيرة. حاول مرة أخرى بعد دقيقتين.
        [few] رموز خاطئة كثيرة. حاول مرة أخرى بعد { $n } دقائق.
       *[other] رموز خاطئة كثيرة. حاول مرة أخرى بعد { $n } دقيقة.
    }
pin-checking = جارٍ التحقق من الرمز السري …
pin-not-set = لم يُضبط رمز سري لأمين المكتبة. اضبطه على حاسوب الكشك بالأمر: lotsen set-pin
librarian-close = إغلاق
librarian-quit = إنهاء الكشك
librarian-tab-overview = نظرة عامة
librarian-tab-languages = اللغات
librarian-tab-settings = الإعدادات
librarian-tab-print = طباعة
librarian-assisted = ساعدت هذا الزائر
librarian-assisted-done = تم التسجيل: ساعدت هذا الزائر
librarian-today = اليوم
librarian-week = آخر 7 أيام
librarian-sync = مركز الإحصاءات
librarian-coverage = الأدلة حسب اللغة
librarian-log-unreadable = لا يمكن قراءة سجل الاستخدام (انظر سجل الكشك).
librarian-no-log = لا يوجد سجل استخدام على هذا الكشك.
librarian-sessions = الزوار
librarian-completed = أدلة مكتملة
librarian-help-asked = طلبوا المساعدة
librarian-assisted-count = ساعدهم الموظفون
librarian-top-guides = الأدلة الأكثر فتحًا (فُتحت / اكتملت)
librarian-languages = اللغات المختارة
librarian-hub = المركز
librarian-no-hub = لا يوجد: تبقى الإحصاءات على هذا الكشك
librarian-last-sync = آخر إرسال
librarian-never = أبدًا
librarian-pending = بانتظار الإرسال
librarian-problem = آخر مشكلة
librarian-no-problem = لا شيء
librarian-coverage-value = مراجَعة: { $reviewed }، مسودات: { $draft }
settings-save = حفظ الإعدادات
settings-saved = تم الحفظ. التغييرات سارية الآن.
settings-not-saved = لم يتم الحفظ:
settings-no-data-dir = لا يوجد لهذا الكشك مجلد بيانات لحفظ الإعدادات
settings-idle-timeout = امسح الشاشة إذا لم يلمسها أحد لمدة
settings-seconds =
    { $n ->
        [one] ثانية واحدة
        [two] ثانيتان
        [few] { $n } ثوانٍ
       *[other] { $n } ثانية
    }
settings-shorter = أقصر
settings-longer = أطول
settings-text-size = حجم النص لكل زائر جديد
text-size-0 = عادي
text-size-1 = كبير
text-size-2 = كبير جدًا
settings-kiosk-name = اسم الكشك في الإحصاءات
settings-hub-url = عنوان مركز الإحصاءات
settings-hub-token = رمز المركز
settings-not-set = غير مضبوط
settings-change = تغيير
settings-languages = اللغات في الشاشة الأولى بالترتيب (الأولى هي الافتراضية)
settings-default-language = افتراضية
settings-shown = ظاهرة
settings-hidden = مخفية
settings-move-up = نقل لأعلى
settings-move-down = نقل لأسفل
settings-one-language = يجب إظهار لغة واحدة على الأقل.
keyboard-title = لوحة المفاتيح
keyboard-capitals = ABC
keyboard-erase = مسح
keyboard-done = تم
print-this-guide = اطبع هذا الدليل
print-choose = أو اختر دليلًا لطباعته بهذه اللغة:
print-printer = الطابعة: { $printer }
print-no-printer = لا توجد طابعة مضبوطة: تُحفظ الأدلة كملفات PDF في { $dir }
print-unavailable = الطباعة غير متاحة هنا.
print-preparing = جارٍ تجهيز الدليل للطباعة…
print-sent = أُرسل إلى الطابعة { $printer }.
print-saved = حُفظ باسم { $path }
print-failed = لم تتم الطباعة: { $reason }.
settings-staff-language = لغة وضع أمين المكتبة
settings-unsaved = لم تُحفظ التغييرات بعد.
unsaved-title = حفظ التغييرات؟
unsaved-body = غيّرت إعدادات لم تُحفظ.
unsaved-save = احفظ وأغلق
unsaved-discard = تجاهل التغييرات
unsaved-keep-editing = تابع التعديل
quit-title = إنهاء الكشك؟
quit-comes-back = يبدأ الكشك من جديد وحده بعد ثوانٍ.
quit-start-again = لا يبدأ الكشك وحده. شغّله بالأمر ⁦lotsen --⁠kiosk⁩ أو بإعادة تشغيل الحاسوب.
quit-unsaved-lost = تضيع الإعدادات غير المحفوظة.
quit-confirm = نعم، أنهِ الآن
quit-cancel = إلغاء
setup-title = إعداد الكشك
setup-progress = الخطوة { $step } من { $count }
setup-back = رجوع
setup-next = التالي
setup-finish = تم: شغّل الكشك
setup-staff-language = اختر لغة الموظفين. تظهر الإعدادات ووضع أمين المكتبة بها دائمًا.
setup-pin = اختر رمزًا سريًا لأمين المكتبة من 4 إلى 8 أرقام. يفتح وضع أمين المكتبة: اضغط على الشعار 3 ثوانٍ.
setup-pin-again = اكتب الرمز نفسه مرة أخرى.
setup-pin-too-short = يحتاج الرمز إلى 4 أرقام على الأقل.
setup-pins-differ = الرمزان مختلفان. اختر رمزًا من جديد.
setup-hub = أعطِ الكشك اسمه، واكتب عنوان مركز الإحصاءات والرمز المميز الذي أعطاه المنسق لهذا الكشك. بدون مركز تبقى الإحصاءات على الكشك.
setup-test-connection = اختبر الاتصال
setup-testing = جارٍ الاختبار…
setup-connection-works = يعمل: المركز يعرف هذا الكشك والساعتان متطابقتان.
setup-connection-unreachable = لا يمكن الوصول إلى المركز على هذا العنوان. تحقق من العنوان ومن اتصال الكشك بالشبكة.
setup-connection-token-refused = المركز لا يقبل هذا الرمز المميز (غير معروف أو ملغى). اطلب رمزًا جديدًا من المنسق.
setup-connection-name-mismatch = الرمز المميز للكشك { $token_kiosk }، لكن اسم هذا الكشك { $configured }. سمِّ الكشك { $token_kiosk } أو اطلب رمزًا لـ { $configured }.
setup-languages = اختر اللغات التي يختار منها الزوار في الشاشة الأولى وترتيبها. الأولى هي الافتراضية.
settings-invalid-kiosk-name = لم يُحفظ: اسم الكشك يتكون فقط من أحرف لاتينية صغيرة a–z وأرقام وشرطات (64 على الأكثر)، مثل ⁦umea-stadsbibliotek-1⁩.
settings-invalid-hub-url = لم يُحفظ: يجب أن يبدأ عنوان المركز بـ ⁦https://⁩ (أو ⁦http://⁩) ثم اسمه، مثل ⁦https://statistik.region.se⁩.
sync-problem-bad-address = عنوان المركز ليس عنوان ويب. غيّره في الإعدادات.
sync-problem-unreachable = لا يمكن الوصول إلى المركز. تحقق من الشبكة وعنوان المركز. سيحاول الكشك مرة أخرى.
sync-problem-certificate = شهادة المركز غير مقبولة. تحقق من العنوان ومن أن ساعة الكشك صحيحة.
sync-problem-timed-out = لم يُجب المركز في الوقت المناسب. سيحاول الكشك مرة أخرى.
sync-problem-token-refused = المركز لا يقبل الرمز المميز للكشك (غير معروف أو ملغى). اطلب رمزًا جديدًا من المنسق.
sync-problem-wrong-kiosk-name = الرمز المميز لاسم كشك آخر. أدخل الاسم الذي صدر له الرمز: عندها يُرسل ما ينتظر.
sync-problem-slow-down = طلب المركز من الكشك الانتظار. سيحاول الكشك لاحقًا.
sync-problem-batch-refused = لم يقبل المركز الإحصاءات. سيحاول الكشك مرة أخرى؛ راجع سجل الكشك.
sync-problem-hub-fault = في المركز عطل. سيحاول الكشك مرة أخرى.
sync-problem-usage-log = لا يستطيع الكشك قراءة سجل الاستخدام. راجع سجل الكشك.
setup-invalid-kiosk-name = اسم الكشك يتكون فقط من أحرف لاتينية صغيرة a–z وأرقام وشرطات (64 على الأكثر)، مثل ⁦umea-stadsbibliotek-1⁩.
setup-invalid-hub-url = يجب أن يبدأ عنوان المركز بـ ⁦https://⁩ (أو ⁦http://⁩) ثم اسمه، مثل ⁦https://statistik.region.se⁩.
setup-connection-no-token = لم يُكتب رمز مميز. اكتب الرمز الذي أعطاه المنسق لهذا الكشك.
setup-connection-certificate = شهادة المركز غير مقبولة. تحقق من العنوان ومن أن ساعة الكشك صحيحة.
setup-connection-not-a-hub = العنوان يجيب، لكن ليس كمركز Lotsen. تحقق من العنوان.
setup-connection-clock-ahead = المركز يجيب، لكن ساعة الكشك متقدمة { $minutes } دقيقة عن ساعة المركز. اضبط الساعة، وإلا سُجلت الإحصاءات في ساعة خاطئة.
setup-connection-clock-behind = المركز يجيب، لكن ساعة الكشك متأخرة { $minutes } دقيقة عن ساعة المركز. اضبط الساعة، وإلا سُجلت الإحصاءات في ساعة خاطئة.
log-problem-disk-full = القرص ممتلئ، فلا يمكن الكتابة في سجل الاستخدام. عدد الأحداث المنتظرة في الذاكرة: { $n }. أفرغ بعض المساحة على الكشك.
log-problem-locked = برنامج آخر يقفل سجل الاستخدام. عدد الأحداث المنتظرة في الذاكرة: { $n }.
log-problem-not-writable = لا يُسمح بالكتابة في سجل الاستخدام (للقراءة فقط أو بلا صلاحية). عدد الأحداث المنتظرة في الذاكرة: { $n }.
log-problem-other = لا يمكن الكتابة في سجل الاستخدام (راجع سجل الكشك). عدد الأحداث المنتظرة في الذاكرة: { $n }.
