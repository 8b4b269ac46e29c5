app-name = Lotsen
choose-language = Оберіть мову
choose-this-language = Оберіть цю мову
privacy-note = Lotsen ніколи не запитує ваше ім’я, персональний номер (personnummer) чи інші особисті дані.
change-language = Мова
home = Початок
home-title = Що ви хочете зробити?
home-intro = Оберіть тему. Ми покажемо, що робити, крок за кроком.
category-e-id = Електронний ID
category-banking = Банк і платежі
category-health = Медицина і здоров’я
category-public = Держустанови та інші послуги
no-guides = Тут ще немає інструкцій.
duration =
    { $n ->
        [one] Приблизно { $n } хвилина
        [few] Приблизно { $n } хвилини
        [many] Приблизно { $n } хвилин
       *[other] Приблизно { $n } хвилини
    }
needs-title = Що вам потрібно
start-guide = Почати
step-progress = Крок { $current } з { $total }
illustration = Зображення цього кроку
tip = Порада
warning = Увага
read-aloud = Читати вголос
stop-reading = Зупинити читання
back = Назад
next = Далі
finish = Готово
ask-librarian = Запитати працівника
help-title = Ми охоче допоможемо
help-body = Підійдіть до інформаційної стійки або помахайте комусь із працівників. Ви можете продовжити тут, коли захочете.
help-close = Зрозуміло
finish-title = Чудово! Ви пройшли всю інструкцію.
feedback-question = Чи допомогла вам ця інструкція?
feedback-thanks = Дякуємо за відповідь!
feedback-anonymous = Ваша відповідь анонімна.
yes = Так
no = Ні
qr-title = Продовжте на своєму телефоні
qr-body = Відскануйте код камерою телефона. Відкриється офіційний сайт цієї служби.
on-your-phone = На телефоні
handout-qr-title = Збережіть цей посібник
handout-qr-body = Відскануйте код, щоб відкрити посібник як сторінку для друку чи збереження.
close = Закрити
start-over = Завершити
back-home = На початок
idle-title = Ви ще тут?
idle-countdown =
    { $n ->
        [one] Екран буде очищено через { $n } секунду.
        [few] Екран буде очищено через { $n } секунди.
        [many] Екран буде очищено через { $n } секунд.
       *[other] Екран буде очищено через { $n } секунди.
    }
idle-continue = Так, я ще тут
idle-finish = Завершити зараз
text-size = Розмір тексту
contrast = Висока контрастність
# Practice steps: the simulated screen and the feedback.
practice-badge = Вправа – нічого не відбувається насправді
practice-screen-e-id = Електронна ідентифікація
practice-screen-call = Вхідний дзвінок
practice-right = Правильно!
practice-wrong = Не зовсім
practice-try-again = Спробувати ще раз
practice-choose-first = Спочатку виберіть відповідь на екрані вправи.
practice-safe-answer = Правильна відповідь
# "What you need": an item the visitor lacks, and the way back from the guide about getting it.
need-missing = У мене цього немає
return-to-guide = Повернутися до: { $guide }
