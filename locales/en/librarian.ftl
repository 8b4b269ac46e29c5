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
pin-checking = Checking the PIN …
pin-not-set = No librarian PIN is set. Set one on the kiosk's computer with the command: lotsen set-pin
librarian-close = Close
librarian-quit = Quit the kiosk
librarian-tab-overview = Overview
librarian-tab-languages = Languages
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
settings-save = Save settings
settings-saved = Saved. The changes are in use now.
settings-not-saved = Not saved:
settings-no-data-dir = this kiosk has no data folder to save settings in
settings-idle-timeout = Clear the screen when no one has touched it for
settings-seconds =
    { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }
settings-shorter = Shorter
settings-longer = Longer
settings-text-size = Text size for each new visitor
text-size-0 = Normal
text-size-1 = Large
text-size-2 = Extra large
settings-kiosk-name = Kiosk name in the statistics
settings-hub-url = Statistics hub address
settings-hub-token = Hub token
settings-not-set = not set
settings-change = Change
settings-hub-next-start = A new hub address or token is used from the kiosk's next start.
settings-languages = Languages on the first screen, in order (the first is the default)
settings-default-language = default
settings-shown = Shown
settings-hidden = Hidden
settings-move-up = Move up
settings-move-down = Move down
settings-one-language = At least one language must be shown.
keyboard-title = Keyboard
keyboard-capitals = ABC
keyboard-erase = Erase
keyboard-done = Done
print-this-guide = Print this guide
print-choose = Or choose a guide to print in this language:
print-printer = Printer: { $printer }
print-no-printer = No printer is set up: handouts are saved as PDF files in { $dir }
print-unavailable = Printing is not available here.
print-preparing = Preparing the handout…
print-sent = Sent to the printer { $printer }.
print-saved = Saved as { $path }
print-failed = Not printed: { $reason }.
