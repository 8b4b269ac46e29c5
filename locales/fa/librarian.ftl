# حالت کتابدار (فقط برای کارکنان). پیش‌نویس ترجمه.
librarian-title = حالت کتابدار
librarian-cancel = لغو
pin-erase = پاک کردن یک رقم
pin-ok = باز کردن
pin-enter = رمز کتابدار را وارد کنید.
pin-wrong =
    { $n ->
        [one] رمز اشتباه است. { $n } تلاش دیگر تا قفل شدن صفحه‌کلید.
       *[other] رمز اشتباه است. { $n } تلاش دیگر تا قفل شدن صفحه‌کلید.
    }
pin-locked =
    { $n ->
        [one] رمزهای اشتباه زیاد. { $n } دقیقه دیگر دوباره امتحان کنید.
       *[other] رمزهای اشتباه زیاد. { $n } دقیقه دیگر دوباره امتحان کنید.
    }
pin-not-set = رمز کتابدار تنظیم نشده است. آن را روی رایانهٔ کیوسک با این فرمان تنظیم کنید: lotsen set-pin
librarian-close = بستن
librarian-quit = خروج از کیوسک
librarian-tab-overview = نمای کلی
librarian-tab-settings = تنظیمات
librarian-tab-print = چاپ
librarian-assisted = به این بازدیدکننده کمک کردم
librarian-assisted-done = ثبت شد: به این بازدیدکننده کمک کردم
librarian-today = امروز
librarian-week = ۷ روز گذشته
librarian-sync = مرکز آمار
librarian-coverage = راهنماها بر اساس زبان
librarian-log-unreadable = گزارش استفاده خوانده نمی‌شود (گزارش کیوسک را ببینید).
librarian-no-log = این کیوسک گزارش استفاده ندارد.
librarian-sessions = بازدیدکنندگان
librarian-completed = راهنماهای تمام‌شده
librarian-help-asked = درخواست کمک
librarian-assisted-count = کمک کارکنان
librarian-top-guides = پربازدیدترین راهنماها (باز شده / تمام شده)
librarian-languages = زبان‌های انتخاب‌شده
librarian-hub = مرکز
librarian-no-hub = ندارد: آمار روی این کیوسک می‌ماند
librarian-last-sync = آخرین ارسال
librarian-never = هرگز
librarian-pending = در انتظار ارسال
librarian-problem = آخرین مشکل
librarian-no-problem = هیچ
librarian-coverage-value = { $reviewed } بازبینی‌شده، { $draft } پیش‌نویس
