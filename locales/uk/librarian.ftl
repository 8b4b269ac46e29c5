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
pin-not-set = PIN-код бібліотекаря не встановлено. Встановіть його на комп'ютері кіоску командою: lotsen set-pin
librarian-close = Закрити
librarian-quit = Вийти з кіоску
librarian-tab-overview = Огляд
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
librarian-coverage-value = { $reviewed } перевірено, { $draft } чернетка
