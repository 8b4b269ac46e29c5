app-title = Lotsen statistics
skip-to-content = Skip to content
nav-overview = Overview
nav-funnel = Guide funnel
nav-when = When
nav-libraries = Libraries
nav-label = Dashboard pages
language-switch = Language
logged-in-as = Logged in as { $name } ({ $scope })
scope-all-regions = all regions
log-out = Log out

login-title = Log in
login-name = User name
login-password = Password
login-submit = Log in
login-refused = Wrong user name or password.
login-busy = Too many login attempts right now. Try again in a minute.
login-locked = Too many failed attempts. This user is locked until { $until } UTC.

filter-legend = Selection
filter-region = Region
filter-library = Library
filter-all = All
filter-apply = Show
filter-guide = Guide

suppressed-note = Counts from 1 to 4 are shown as “<5”, 0 as 0. “hidden” is a count (never 0) hidden because a “<5” could otherwise be worked out. “–”: the library had no kiosk then.
value-hidden = hidden

kpi-sessions = Sessions
kpi-guides-opened = Guides opened
kpi-completion = Completion rate
kpi-assisted-share = Assisted sessions
kpi-help = Help requests
kpi-previous = Previous period ({ $period }): { $value }, change { $change }

chart-top-guides = Most opened guides
chart-languages = Languages used
chart-bar-desc = Bar chart; the same numbers are in the table below.
series-current = This period

col-sessions = Sessions
col-guide = Guide
col-opened = Opened
col-completed = Completed
col-completion-rate = Completion rate
col-language = Language
col-step = Step
col-reached = Reached
col-abandoned = Gave up here
col-weekday = Weekday
col-hour = Hour
col-library = Library
col-region = Region
col-top-language = Top language
col-last-sync = Last sync
col-figure = Figure
col-value = This period
col-previous = Previous period

table-completion = Completion per guide
table-languages = Languages (table)
show-table = Show as table

funnel-title = Guide funnel
funnel-choose = Choose a guide
funnel-chart-desc = Bar chart of how many reached each step of { $guide }.
funnel-most-give-up = Most give up at { $step }.
funnel-most-give-up-marker = most give up here
funnel-none = No published steps for this guide in the selection.

when-title = When the kiosks are used
when-desc = Sessions by hour of day (columns) and weekday (rows); darker is more.
when-legend = Fewer — more sessions

libraries-title = Libraries
library-silent = Silent for more than 3 days
library-never = Never synced
library-ok = OK

export = Download
export-csv = CSV
export-json = JSON

weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday

locale-none = Not recorded
no-data = No data for this selection.
col-status = Status
table-summary = Key figures
language-sv = Swedish (sv)
language-en = English (en)
language-ar = Arabic (ar)
language-fa = Persian (fa)
language-so = Somali (so)
language-ti = Tigrinya (ti)
language-uk = Ukrainian (uk)
language-fi = Finnish (fi)

filter-period = Period
filter-period-help = Week 2026-W36, month 2026-09, quarter 2026-Q3 or year 2026.
period-note = { $period }: { $from } – { $to }.
period-note-progress = { $period }: { $from } – { $to }, in progress (the figures are still growing).
period-previous-link = Previous period
period-next-link = Next period
in-progress = in progress
kpi-year-earlier = A year earlier ({ $period }): { $value }, change { $change }
chart-trend = Sessions per period
chart-trend-desc = Line chart of sessions in the periods up to the chosen one; the dashed line is the same periods a year earlier.
series-year-earlier = A year earlier
col-period = Period
col-year-earlier-period = Period a year earlier
col-year-earlier = A year earlier
col-change = Change
col-id = Id
col-help = Help requests
col-assisted-share = Share assisted by staff
col-busiest-hours = Busiest hours
step-needs = What you need
step-titled = Step { $step }: { $title }
step-number = Step { $step }
nav-report = Report
report-cover = Lotsen in { $region }, { $period }
report-methods-title = About the figures
report-methods = Sessions are counted once each, at the kiosk, in the library’s local time. Periods are calendar months, quarters and years or ISO weeks; a period in progress is marked. Small counts are protected so that no single visitor can be singled out: a count from 1 to 4 is shown as “<5”, and where it could otherwise be worked out another count is hidden (“hidden”) – the smallest that will do. No combination of published figures, from other periods or libraries included, narrows a “<5” below 1–4; the hub’s tests check this with linear programming.
export-xlsx = Excel (.xlsx)
