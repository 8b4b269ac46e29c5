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
pin-checking = در حال بررسی رمز …
pin-not-set = رمز کتابدار تنظیم نشده است. آن را روی رایانهٔ کیوسک با این فرمان تنظیم کنید: lotsen set-pin
librarian-close = بستن
librarian-quit = خروج از کیوسک
librarian-tab-overview = نمای کلی
librarian-tab-languages = زبان‌ها
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
settings-save = ذخیرهٔ تنظیمات
settings-saved = ذخیره شد. تغییرات اکنون اعمال شده‌اند.
settings-not-saved = ذخیره نشد:
settings-no-data-dir = این کیوسک پوشهٔ داده‌ای برای ذخیرهٔ تنظیمات ندارد
settings-idle-timeout = صفحه را پاک کن وقتی کسی آن را لمس نکرده به مدت
settings-seconds =
    { $n ->
        [one] { $n } ثانیه
       *[other] { $n } ثانیه
    }
settings-shorter = کوتاه‌تر
settings-longer = طولانی‌تر
settings-text-size = اندازهٔ متن برای هر بازدیدکنندهٔ تازه
text-size-0 = معمولی
text-size-1 = بزرگ
text-size-2 = خیلی بزرگ
settings-kiosk-name = نام کیوسک در آمار
settings-hub-url = نشانی مرکز آمار
settings-hub-token = توکن مرکز
settings-not-set = تنظیم نشده
settings-change = تغییر
settings-languages = زبان‌های صفحهٔ اول به ترتیب (اولی پیش‌فرض است)
settings-default-language = پیش‌فرض
settings-shown = نمایش
settings-hidden = پنهان
settings-move-up = بالا بردن
settings-move-down = پایین بردن
settings-one-language = دست‌کم یک زبان باید نمایش داده شود.
keyboard-title = صفحه‌کلید
keyboard-capitals = ABC
keyboard-erase = پاک کردن
keyboard-done = تمام
print-this-guide = چاپ این راهنما
print-choose = یا راهنمایی را برای چاپ به این زبان انتخاب کنید:
print-printer = چاپگر: { $printer }
print-no-printer = چاپگری تنظیم نشده است: راهنماها به صورت فایل PDF در { $dir } ذخیره می‌شوند
print-unavailable = چاپ در اینجا ممکن نیست.
print-preparing = در حال آماده‌سازی برای چاپ…
print-sent = به چاپگر { $printer } فرستاده شد.
print-saved = ذخیره شد: { $path }
print-failed = چاپ نشد: { $reason }.
settings-staff-language = زبان حالت کتابدار
settings-unsaved = تغییرات هنوز ذخیره نشده‌اند.
unsaved-title = تغییرات ذخیره شوند؟
unsaved-body = تنظیماتی را تغییر داده‌اید که ذخیره نشده‌اند.
unsaved-save = ذخیره و بستن
unsaved-discard = دور انداختن تغییرات
unsaved-keep-editing = ادامهٔ ویرایش
quit-title = خروج از کیوسک؟
quit-comes-back = کیوسک پس از چند ثانیه خودش دوباره شروع می‌شود.
quit-start-again = کیوسک خودش دوباره شروع نمی‌شود. آن را با فرمان ⁦lotsen --kiosk⁩ یا با راه‌اندازی دوبارهٔ رایانه شروع کنید.
quit-unsaved-lost = تنظیمات ذخیره‌نشده از بین می‌روند.
quit-confirm = بله، اکنون خارج شو
quit-cancel = لغو
setup-title = راه‌اندازی کیوسک
setup-progress = مرحلهٔ { $step } از { $count }
setup-back = بازگشت
setup-next = بعدی
setup-finish = تمام: کیوسک را شروع کن
setup-staff-language = زبان کارکنان را انتخاب کنید. تنظیمات و حالت کتابدار همیشه به این زبان نشان داده می‌شوند.
setup-pin = یک رمز کتابدار با ۴ تا ۸ رقم انتخاب کنید. این رمز حالت کتابدار را باز می‌کند: لوگو را ۳ ثانیه نگه دارید.
setup-pin-again = همان رمز را یک بار دیگر بنویسید.
setup-pin-too-short = رمز دست‌کم ۴ رقم لازم دارد.
setup-pins-differ = دو رمز یکسان نبودند. دوباره یک رمز انتخاب کنید.
setup-hub = نام کیوسک را بدهید و نشانی مرکز آمار و توکنی را که هماهنگ‌کننده برای این کیوسک داده بنویسید. بدون مرکز، آمار روی کیوسک می‌ماند.
setup-test-connection = آزمایش اتصال
setup-testing = در حال آزمایش…
setup-connection-works = کار می‌کند: مرکز این کیوسک را می‌شناسد و ساعت‌ها یکی هستند.
setup-connection-unreachable = مرکز در این نشانی در دسترس نیست. نشانی و اتصال شبکهٔ کیوسک را بررسی کنید.
setup-connection-token-refused = مرکز این توکن را نمی‌پذیرد (ناشناخته یا باطل‌شده). از هماهنگ‌کننده توکن تازه بخواهید.
setup-connection-name-mismatch = توکن مال کیوسک { $token_kiosk } است، اما نام این کیوسک { $configured } است. نام کیوسک را { $token_kiosk } بگذارید یا برای { $configured } توکن بخواهید.
setup-languages = زبان‌هایی را که بازدیدکنندگان در صفحهٔ اول می‌توانند انتخاب کنند و ترتیب آن‌ها را انتخاب کنید. اولی پیش‌فرض است.
