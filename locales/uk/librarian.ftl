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
