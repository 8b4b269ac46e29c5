# Режим бібліотекаря (лише для персоналу). Чернетка перекладу.
librarian-title = Режим бібліотекаря
librarian-cancel = Скасувати
pin-erase = Стерти цифру
pin-ok = Відкрити
pin-enter = Введіть PIN-код бібліотекаря.
pin-wrong =
    { $n ->
        [one] Неправильний PIN-код. Залишилася { $n } спроба до блокування.
        [few] Неправильний PIN-код. Залишилося { $n } спроби до блокування.
       *[other] Неправильний PIN-код. Залишилося { $n } спроб до блокування.
    }
pin-locked =
    { $n ->
        [one] Забагато неправильних PIN-кодів. Спробуйте знову через { $n } хвилину.
        [few] Забагато неправильних PIN-кодів. Спробуйте знову через { $n } хвилини.
       *[other] Забагато неправильних PIN-кодів. Спробуйте знову через { $n } хвилин.
    }
pin-checking = Перевіряємо PIN-код …
pin-not-set = PIN-код бібліотекаря не встановлено. Встановіть його на комп'ютері кіоску командою: lotsen set-pin
librarian-close = Закрити
librarian-quit = Вийти з кіоску
librarian-tab-overview = Огляд
librarian-tab-languages = Мови
librarian-tab-settings = Налаштування
librarian-tab-print = Друк
librarian-assisted = Я допоміг цьому відвідувачу
librarian-assisted-done = Позначено: я допоміг цьому відвідувачу
librarian-today = Сьогодні
librarian-week = Останні 7 днів
librarian-sync = Центр статистики
librarian-coverage = Посібники за мовами
librarian-log-unreadable = Журнал використання не читається (див. журнал кіоску).
librarian-no-log = На цьому кіоску немає журналу використання.
librarian-sessions = Відвідувачі
librarian-completed = Завершені посібники
librarian-help-asked = Просили допомоги
librarian-assisted-count = Допоміг персонал
librarian-top-guides = Найчастіше відкриті (відкрито / завершено)
librarian-languages = Обрані мови
librarian-hub = Центр
librarian-no-hub = немає: статистика залишається на кіоску
librarian-last-sync = Востаннє надіслано
librarian-never = ніколи
librarian-pending = Очікують надсилання
librarian-problem = Остання проблема
librarian-no-problem = немає
librarian-coverage-value = перевірено: { $reviewed }, { $draft ->
        [one] { $draft } чернетка
        [few] { $draft } чернетки
        [many] { $draft } чернеток
       *[other] { $draft } чернетки
    }
settings-save = Зберегти налаштування
settings-saved = Збережено. Зміни вже діють.
settings-not-saved = Не збережено:
settings-no-data-dir = у кіоску немає теки даних для збереження налаштувань
settings-idle-timeout = Очищати екран, якщо його ніхто не торкався
settings-seconds =
    { $n ->
        [one] { $n } секунду
        [few] { $n } секунди
       *[other] { $n } секунд
    }
settings-shorter = Коротше
settings-longer = Довше
settings-text-size = Розмір тексту для кожного нового відвідувача
text-size-0 = Звичайний
text-size-1 = Великий
text-size-2 = Дуже великий
settings-kiosk-name = Назва кіоску в статистиці
settings-hub-url = Адреса центру статистики
settings-hub-token = Токен центру
settings-not-set = не встановлено
settings-change = Змінити
settings-languages = Мови на першому екрані, по порядку (перша — типова)
settings-default-language = типова
settings-shown = Показано
settings-hidden = Приховано
settings-move-up = Вгору
settings-move-down = Вниз
settings-one-language = Потрібно показувати хоча б одну мову.
keyboard-title = Клавіатура
keyboard-capitals = ABC
keyboard-erase = Стерти
keyboard-done = Готово
print-this-guide = Надрукувати цей посібник
print-choose = Або виберіть посібник для друку цією мовою:
print-printer = Принтер: { $printer }
print-no-printer = Принтер не налаштовано: посібники зберігаються як PDF-файли в { $dir }
print-unavailable = Друк тут недоступний.
print-preparing = Готуємо документ до друку…
print-sent = Надіслано на принтер { $printer }.
print-saved = Збережено як { $path }
print-failed = Не надруковано: { $reason }.
settings-staff-language = Мова режиму бібліотекаря
settings-unsaved = Зміни ще не збережено.
settings-invalid-kiosk-name = Не збережено: назва кіоску може містити лише малі латинські літери a–z, цифри й дефіси (до 64), наприклад umea-stadsbibliotek-1.
settings-invalid-hub-url = Не збережено: адреса центру має починатися з https:// (або http://) і далі назва, наприклад https://statistik.region.se.
unsaved-title = Зберегти зміни?
unsaved-body = Ви змінили налаштування, які не збережено.
unsaved-save = Зберегти й закрити
unsaved-discard = Скасувати зміни
unsaved-keep-editing = Продовжити редагування
quit-title = Вийти з кіоску?
quit-comes-back = Кіоск сам запуститься знову за кілька секунд.
quit-start-again = Кіоск не запуститься сам. Запустіть його командою lotsen --kiosk або перезапустіть комп’ютер.
quit-unsaved-lost = Незбережені налаштування буде втрачено.
quit-confirm = Так, вийти зараз
quit-cancel = Скасувати
sync-problem-bad-address = Адреса центру не є вебадресою. Змініть її в розділі «Налаштування».
sync-problem-unreachable = Центр недоступний. Перевірте мережу й адресу центру. Кіоск спробує знову.
sync-problem-certificate = Сертифікат центру не прийнято. Перевірте адресу й чи правильно йде годинник кіоску.
sync-problem-timed-out = Центр не відповів вчасно. Кіоск спробує знову.
sync-problem-token-refused = Центр не приймає токен кіоску (невідомий або відкликаний). Попросіть у координатора новий.
sync-problem-wrong-kiosk-name = Токен належить іншій назві кіоску. Введіть назву, для якої видано токен: тоді все, що чекає, буде надіслано.
sync-problem-slow-down = Центр попросив кіоск зачекати. Кіоск спробує пізніше.
sync-problem-batch-refused = Центр не прийняв статистику. Кіоск спробує знову; див. журнал кіоску.
sync-problem-hub-fault = У центрі збій. Кіоск спробує знову.
sync-problem-usage-log = Кіоск не може прочитати свій журнал використання. Див. журнал кіоску.
setup-title = Налаштування кіоску
setup-progress = Крок { $step } з { $count }
setup-back = Назад
setup-next = Далі
setup-finish = Готово: запустити кіоск
setup-staff-language = Виберіть мову для персоналу. Налаштування й режим бібліотекаря завжди показуються цією мовою.
setup-pin = Виберіть PIN-код бібліотекаря, від 4 до 8 цифр. Він відкриває режим бібліотекаря: утримуйте логотип 3 секунди.
setup-pin-again = Введіть той самий PIN-код ще раз.
setup-pin-too-short = PIN-код має містити щонайменше 4 цифри.
setup-pins-differ = PIN-коди різні. Виберіть PIN-код знову.
setup-hub = Дайте кіоску назву та введіть адресу центру статистики й токен, який координатор видав для цього кіоску. Без центру статистика залишається на кіоску.
setup-test-connection = Перевірити з’єднання
setup-testing = Перевірка…
setup-invalid-kiosk-name = Назва кіоску може містити лише малі латинські літери a–z, цифри й дефіси (до 64), наприклад umea-stadsbibliotek-1.
setup-invalid-hub-url = Адреса центру має починатися з https:// (або http://) і далі назва, наприклад https://statistik.region.se.
setup-connection-works = Працює: центр знає цей кіоск, і годинники збігаються.
setup-connection-no-token = Токен не введено. Введіть токен, який координатор видав для цього кіоску.
setup-connection-unreachable = Центр недоступний за цією адресою. Перевірте адресу й чи має кіоск мережу.
setup-connection-certificate = Сертифікат центру не прийнято. Перевірте адресу й чи правильно йде годинник кіоску.
setup-connection-token-refused = Центр не приймає цей токен (невідомий або відкликаний). Попросіть у координатора новий.
setup-connection-name-mismatch = Токен належить кіоску { $token_kiosk }, але цей кіоск називається { $configured }. Назвіть кіоск { $token_kiosk } або попросіть токен для { $configured }.
setup-connection-not-a-hub = Адреса відповідає, але не як центр Lotsen. Перевірте адресу.
setup-connection-clock-ahead = Центр відповідає, але годинник кіоску поспішає на { $minutes } хв відносно центру. Виправте годинник, інакше статистика потрапить не в ту годину.
setup-connection-clock-behind = Центр відповідає, але годинник кіоску відстає на { $minutes } хв від центру. Виправте годинник, інакше статистика потрапить не в ту годину.
setup-languages = Виберіть, з яких мов відвідувачі можуть вибирати на першому екрані, і їхній порядок. Перша — типова.
log-problem-disk-full =
    { $n ->
        [one] Диск заповнений, тому журнал використання не записується. У пам’яті чекає { $n } подія. Звільніть місце на кіоску.
        [few] Диск заповнений, тому журнал використання не записується. У пам’яті чекають { $n } події. Звільніть місце на кіоску.
       *[other] Диск заповнений, тому журнал використання не записується. У пам’яті чекають { $n } подій. Звільніть місце на кіоску.
    }
log-problem-locked =
    { $n ->
        [one] Інша програма блокує журнал використання. У пам’яті чекає { $n } подія.
        [few] Інша програма блокує журнал використання. У пам’яті чекають { $n } події.
       *[other] Інша програма блокує журнал використання. У пам’яті чекають { $n } подій.
    }
log-problem-not-writable =
    { $n ->
        [one] Журнал використання не можна записати (лише читання або немає дозволу). У пам’яті чекає { $n } подія.
        [few] Журнал використання не можна записати (лише читання або немає дозволу). У пам’яті чекають { $n } події.
       *[other] Журнал використання не можна записати (лише читання або немає дозволу). У пам’яті чекають { $n } подій.
    }
log-problem-other =
    { $n ->
        [one] Журнал використання не записується (див. журнал кіоску). У пам’яті чекає { $n } подія.
        [few] Журнал використання не записується (див. журнал кіоску). У пам’яті чекають { $n } події.
       *[other] Журнал використання не записується (див. журнал кіоску). У пам’яті чекають { $n } подій.
    }
