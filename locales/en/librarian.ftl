# Librarian mode (staff only): PIN pad, figures, settings, printing.
librarian-title = Librarian mode
librarian-cancel = Cancel
pin-erase = Erase a digit
pin-ok = Open
pin-enter = Enter the librarian PIN.
pin-wrong =
    { $n ->
        [one] Wrong PIN. { $n } more try before the pad locks.
       *[other] Wrong PIN. { $n } more tries before the pad locks.
    }
pin-locked =
    { $n ->
        [one] Too many wrong PINs. Try again in { $n } minute.
       *[other] Too many wrong PINs. Try again in { $n } minutes.
    }
pin-not-set = No librarian PIN is set. Set one on the kiosk's computer with the command: lotsen set-pin
librarian-close = Close
librarian-quit = Quit the kiosk
librarian-tab-overview = Overview
librarian-tab-settings = Settings
librarian-tab-print = Print
librarian-assisted = I helped this visitor
librarian-assisted-done = Marked: I helped this visitor
librarian-today = Today
librarian-week = Last 7 days
librarian-sync = Statistics hub
librarian-coverage = Guides per language
librarian-log-unreadable = The usage log cannot be read (see the kiosk's log).
librarian-no-log = No usage log on this kiosk.
librarian-sessions = Visitors
librarian-completed = Guides finished
librarian-help-asked = Asked for help
librarian-assisted-count = Helped by staff
librarian-top-guides = Most opened guides (opened / finished)
librarian-languages = Languages chosen
librarian-hub = Hub
librarian-no-hub = none: statistics stay on this kiosk
librarian-last-sync = Last sent
librarian-never = never
librarian-pending = Waiting to be sent
librarian-problem = Last problem
librarian-no-problem = none
librarian-coverage-value = { $reviewed } reviewed, { $draft } draft
