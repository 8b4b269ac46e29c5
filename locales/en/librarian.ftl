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
settings-staff-language = Language of librarian mode
settings-unsaved = The changes are not saved yet.
settings-invalid-kiosk-name = Not saved: the kiosk name may only have lowercase letters a–z, digits and dashes (at most 64), for example umea-stadsbibliotek-1.
settings-invalid-hub-url = Not saved: the hub address must start with https:// (or http://) followed by its name, for example https://statistik.region.se.
unsaved-title = Save the changes?
unsaved-body = You have changed settings that are not saved.
unsaved-save = Save and close
unsaved-discard = Discard the changes
unsaved-keep-editing = Keep editing
quit-title = Quit the kiosk?
quit-comes-back = The kiosk starts again by itself in a few seconds.
quit-start-again = The kiosk does not start again by itself. Start it with the command lotsen --kiosk, or restart the computer.
quit-unsaved-lost = Settings that are not saved are lost.
quit-confirm = Yes, quit now
quit-cancel = Cancel
sync-problem-bad-address = The hub address is not a web address. Change it under Settings.
sync-problem-unreachable = The hub cannot be reached. Check the network and the hub address. The kiosk tries again.
sync-problem-certificate = The hub's certificate is not accepted. Check the hub address and that the kiosk's clock is right.
sync-problem-timed-out = The hub did not answer in time. The kiosk tries again.
sync-problem-token-refused = The hub does not accept the kiosk's token (unknown or revoked). Ask the coordinator for a new token.
sync-problem-wrong-kiosk-name = The token belongs to another kiosk name. Enter the name the token was issued for: what is waiting is then sent.
sync-problem-slow-down = The hub asked the kiosk to wait. The kiosk tries again later.
sync-problem-batch-refused = The hub did not take the statistics. The kiosk tries again; see the kiosk's log.
sync-problem-hub-fault = The hub has a fault. The kiosk tries again.
sync-problem-usage-log = The kiosk cannot read its usage log. See the kiosk's log.
setup-title = Set up the kiosk
setup-progress = Step { $step } of { $count }
setup-back = Back
setup-next = Next
setup-finish = Done: start the kiosk
setup-staff-language = Choose the language for staff. Settings and librarian mode are always shown in it.
setup-pin = Choose a librarian PIN, 4 to 8 digits. It opens librarian mode: hold the logo for 3 seconds.
setup-pin-again = Type the same PIN once more.
setup-pin-too-short = The PIN needs at least 4 digits.
setup-pins-differ = The two PINs were different. Choose a PIN again.
setup-hub = Give the kiosk its name, and enter the statistics hub's address and the token the coordinator gave for this kiosk. Without a hub the statistics stay on the kiosk.
setup-test-connection = Test connection
setup-testing = Testing…
setup-invalid-kiosk-name = The kiosk name may only have lowercase letters a–z, digits and dashes (at most 64), for example umea-stadsbibliotek-1.
setup-invalid-hub-url = The hub address must start with https:// (or http://) followed by its name, for example https://statistik.region.se.
setup-connection-works = It works: the hub knows this kiosk and the clocks agree.
setup-connection-no-token = No token is entered. Enter the token the coordinator gave for this kiosk.
setup-connection-unreachable = The hub cannot be reached at that address. Check the address and that the kiosk has a network.
setup-connection-certificate = The hub's certificate is not accepted. Check the address and that the kiosk's clock is right.
setup-connection-token-refused = The hub does not accept this token (unknown or revoked). Ask the coordinator for a new one.
setup-connection-name-mismatch = The token is kiosk { $token_kiosk }'s, but this kiosk is named { $configured }. Name the kiosk { $token_kiosk } or ask for a token for { $configured }.
setup-connection-not-a-hub = The address answers, but not as a Lotsen hub. Check the address.
setup-connection-clock-ahead = The hub answers, but the kiosk's clock is { $minutes } minutes ahead of the hub's. Set the clock right, or the statistics land in the wrong hour.
setup-connection-clock-behind = The hub answers, but the kiosk's clock is { $minutes } minutes behind the hub's. Set the clock right, or the statistics land in the wrong hour.
setup-languages = Choose which languages visitors can pick on the first screen, and their order. The first is the default.
settings-from-hub = Set by the hub: { $settings }. Changes made here last until the hub sends its own again.
settings-handout-url = Address of the printable guides
settings-printer = Printer
log-problem-disk-full =
    { $n ->
        [one] The disk is full, so the usage log cannot be written. { $n } event waits in memory. Free some space on the kiosk.
       *[other] The disk is full, so the usage log cannot be written. { $n } events wait in memory. Free some space on the kiosk.
    }
log-problem-locked =
    { $n ->
        [one] Another program locks the usage log. { $n } event waits in memory.
       *[other] Another program locks the usage log. { $n } events wait in memory.
    }
log-problem-not-writable =
    { $n ->
        [one] The usage log may not be written (read-only or no permission). { $n } event waits in memory.
       *[other] The usage log may not be written (read-only or no permission). { $n } events wait in memory.
    }
log-problem-other =
    { $n ->
        [one] The usage log cannot be written (see the kiosk's log). { $n } event waits in memory.
       *[other] The usage log cannot be written (see the kiosk's log). { $n } events wait in memory.
    }
