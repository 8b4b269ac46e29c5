//! Librarian mode: the PIN pad behind a 3-second press on the logo, and the staff page over the
//! visitor's screen (figures, settings, printing). The visitor's place is untouched underneath;
//! the idle reset closes it all.

mod print;
mod settings_editor;

use std::time::Duration;

use fluent_bundle::FluentArgs;
use slint::{ComponentHandle, SharedString, TimerMode};
use uuid::Uuid;

use super::{Controller, act};
use crate::guide_view::model;
use crate::i18n::ReviewStatus;
use crate::ui::{FigureLine, Librarian, LibrarianTab};
use lotsen_records::stats_report::{self, StatsReport};
use lotsen_records::{EventRecord, pin};
use lotsen_wire::EventKind;

/// Wrong PINs in a row that lock the pad, and for how long.
pub const MAX_WRONG_PINS: u32 = 5;
pub const PIN_LOCK: Duration = Duration::from_secs(5 * 60);

/// Guides and languages listed by name in the figures; the rest are in `lotsen stats`.
const TOP_COUNT: usize = 3;

/// What the PIN pad says.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum PadMessage {
    #[default]
    Enter,
    Wrong,
    Locked,
    NoPinSet,
}

#[derive(Default)]
pub(super) struct LibrarianState {
    pad_open: bool,
    pad_message: PadMessage,
    digits: String,
    wrong_pins: u32,
    /// Counts down while the pad is locked; kept through visitor resets.
    locked_seconds_left: u64,
    pin_lock_timer: slint::Timer,
    open: bool,
    tab: LibrarianTab,
    /// The visitor session marked as helped, so it is marked once.
    assisted_session: Option<Uuid>,
    draft: settings_editor::SettingsDraft,
    print_setup: Option<crate::printing::PrintSetup>,
    print_job: Option<print::PrintJob>,
    /// What came of the last print: the message, and whether it is an error.
    print_message: Option<(String, bool)>,
    print_timer: slint::Timer,
}

impl Controller {
    pub(super) fn bind_librarian(&self) {
        let librarian = self.window.global::<Librarian>();
        let me = || self.me.clone();
        librarian.on_pin_digit({
            let me = me();
            move |digit| act(&me, |c| c.enter_pin_digit(&digit))
        });
        librarian.on_show_tab({
            let me = me();
            move |tab| act(&me, |c| c.show_librarian_tab(tab))
        });
        self.bind_actions(
            &librarian,
            &[
                (|l, f| l.on_open_pad(f), Controller::open_pin_pad),
                (|l, f| l.on_pin_erase(f), Controller::erase_pin_digit),
                (|l, f| l.on_pin_submit(f), Controller::submit_pin),
                (|l, f| l.on_close_pad(f), Controller::close_pin_pad),
                (|l, f| l.on_mark_assisted(f), Controller::mark_assisted),
                (|l, f| l.on_close(f), Controller::close_librarian),
                (|l, f| l.on_quit(f), Controller::quit),
            ],
        );
        self.bind_settings_editor(&librarian);
        self.bind_printing(&librarian);
    }

    /// Librarian mode reads in the visitor's language (staff can switch it before opening).
    fn librarian_language(&self) -> String {
        self.state.borrow().language.clone()
    }

    /// The long press on the logo: the PIN pad, or why it cannot open.
    pub fn open_pin_pad(&self) {
        let no_pin = self.settings.borrow().librarian_pin.is_empty();
        self.update_librarian(|l| {
            l.pad_open = true;
            l.digits.clear();
            l.pad_message = if no_pin {
                PadMessage::NoPinSet
            } else if l.locked_seconds_left > 0 {
                PadMessage::Locked
            } else {
                PadMessage::Enter
            };
        });
    }

    fn close_pin_pad(&self) {
        self.update_librarian(|l| {
            l.pad_open = false;
            l.digits.clear();
        });
    }

    fn pad_takes_digits(&self) -> bool {
        let librarian = self.librarian.borrow();
        librarian.pad_open && librarian.locked_seconds_left == 0 && !self.settings.borrow().librarian_pin.is_empty()
    }

    pub fn enter_pin_digit(&self, digit: &str) {
        if !self.pad_takes_digits() || digit.len() != 1 || !digit.chars().all(|c| c.is_ascii_digit()) {
            return;
        }
        self.update_librarian(|l| {
            if l.digits.len() < pin::MAX_DIGITS {
                l.digits.push_str(digit);
            }
        });
    }

    fn erase_pin_digit(&self) {
        self.update_librarian(|l| {
            l.digits.pop();
        });
    }

    /// Checks the typed PIN: right opens librarian mode; the fifth wrong one in a row locks the
    /// pad for [`PIN_LOCK`].
    pub fn submit_pin(&self) {
        if !self.pad_takes_digits() {
            return;
        }
        let digits = std::mem::take(&mut self.librarian.borrow_mut().digits);
        if pin::matches(&digits, &self.settings.borrow().librarian_pin) {
            tracing::info!("librarian mode opened");
            self.librarian.borrow_mut().wrong_pins = 0;
            self.open_librarian_mode();
            return;
        }
        let wrong_pins = self.librarian.borrow().wrong_pins + 1;
        tracing::warn!(wrong_pins, "wrong librarian PIN");
        if wrong_pins < MAX_WRONG_PINS {
            self.update_librarian(|l| {
                l.wrong_pins = wrong_pins;
                l.pad_message = PadMessage::Wrong;
            });
            return;
        }
        self.update_librarian(|l| {
            l.wrong_pins = 0;
            l.locked_seconds_left = PIN_LOCK.as_secs();
            l.pad_message = PadMessage::Locked;
        });
        let weak = self.me.clone();
        self.librarian.borrow().pin_lock_timer.start(TimerMode::Repeated, Duration::from_secs(1), move || {
            let Some(controller) = weak.upgrade() else { return };
            let left = controller.librarian.borrow().locked_seconds_left.saturating_sub(1);
            if left == 0 {
                controller.librarian.borrow().pin_lock_timer.stop();
            }
            controller.update_librarian(|l| {
                l.locked_seconds_left = left;
                if left == 0 && l.pad_message == PadMessage::Locked {
                    l.pad_message = PadMessage::Enter;
                }
            });
        });
    }

    /// Shows librarian mode over the visitor's screen. The kiosk reaches this only through the
    /// PIN pad; `lotsen render` calls it directly to draw the page.
    pub fn open_librarian_mode(&self) {
        self.update_librarian(|l| {
            l.open = true;
            l.pad_open = false;
            l.tab = LibrarianTab::Overview;
        });
        self.load_figures();
    }

    pub fn show_librarian_tab(&self, tab: LibrarianTab) {
        if !self.librarian.borrow().open {
            return;
        }
        let editing = |tab| matches!(tab, LibrarianTab::Languages | LibrarianTab::Settings);
        let was_editing = editing(self.librarian.borrow().tab);
        self.update_librarian(|l| l.tab = tab);
        match tab {
            LibrarianTab::Overview => self.load_figures(),
            // Both tabs change one draft, kept while going between them.
            _ if editing(tab) && !was_editing => self.start_settings_draft(),
            LibrarianTab::Print => self.refresh_printing(),
            _ => {}
        }
    }

    /// Leaves librarian mode (and the PIN pad): the visitor's screen is shown as it was.
    pub fn close_librarian(&self) {
        self.update_librarian(|l| {
            l.open = false;
            l.pad_open = false;
            l.digits.clear();
            l.draft = settings_editor::SettingsDraft::default();
        });
    }

    /// Librarian mode or its PIN pad is on screen: the idle reset must still come to close it.
    pub(super) fn librarian_on_screen(&self) -> bool {
        let librarian = self.librarian.borrow();
        librarian.open || librarian.pad_open
    }

    /// "I helped this visitor": an anonymous assisted flag on the visitor's session, once.
    pub fn mark_assisted(&self) {
        let Some(session) = self.state.borrow().session else { return };
        if !self.librarian.borrow().open || self.librarian.borrow().assisted_session == Some(session) {
            return;
        }
        self.record(EventRecord::new(EventKind::AssistedMarked, session));
        self.update_librarian(|l| l.assisted_session = Some(session));
    }

    /// Ends the kiosk: hiding the last window ends the event loop, also in --kiosk mode, where
    /// closing the window is refused.
    pub fn quit(&self) {
        if !self.librarian.borrow().open {
            return;
        }
        tracing::info!("quit from librarian mode");
        self.reset();
        if let Err(error) = self.window.hide() {
            tracing::warn!("hiding the kiosk window: {error}");
        }
    }

    fn update_librarian(&self, change: impl FnOnce(&mut LibrarianState)) {
        change(&mut self.librarian.borrow_mut());
        self.refresh_librarian();
    }

    /// Pushes librarian mode's state into its global (the figures are loaded apart).
    pub(super) fn refresh_librarian(&self) {
        let state = self.librarian.borrow();
        let language = self.librarian_language();
        let session = self.state.borrow().session;
        let chrome = &self.content.chrome;
        let librarian = self.window.global::<Librarian>();
        let message = match state.pad_message {
            PadMessage::Enter => chrome.text(&language, "pin-enter", None),
            PadMessage::Wrong => chrome.count(&language, "pin-wrong", i64::from(MAX_WRONG_PINS - state.wrong_pins)),
            PadMessage::Locked => chrome.count(&language, "pin-locked", state.locked_seconds_left.div_ceil(60) as i64),
            PadMessage::NoPinSet => chrome.text(&language, "pin-not-set", None),
        };
        librarian.set_pad_message(message.into());
        librarian.set_pad_closed_to_input(matches!(state.pad_message, PadMessage::Locked | PadMessage::NoPinSet));
        librarian.set_pin_length(state.digits.len() as i32);
        librarian.set_pad_open(state.pad_open);
        librarian.set_tab(state.tab);
        librarian.set_has_visitor(session.is_some());
        librarian.set_assisted(session.is_some() && state.assisted_session == session);
        librarian.set_open(state.open);
        drop(state);
        self.refresh_settings_editor();
    }

    /// Today's and the last week's figures, the sync state and guide coverage, in the visitor's
    /// language (the librarian reads the page in it too).
    fn load_figures(&self) {
        let language = self.librarian_language();
        let text = |key: &str| self.content.chrome.text(&language, key, None);
        let librarian = self.window.global::<Librarian>();
        let now = chrono::Local::now();
        let midnight =
            now.date_naive().and_hms_opt(0, 0, 0).and_then(|t| t.and_local_timezone(chrono::Local).earliest());
        let periods = [
            (1, midnight.unwrap_or(now)),
            (stats_report::DAYS, now - chrono::Duration::days(stats_report::DAYS.into())),
        ];
        if let Some(log) = &self.usage_log {
            // The figures include what the writer thread still has queued.
            if let Err(error) = log.flush(Duration::from_secs(2)) {
                tracing::warn!("librarian figures without the newest events: {error:#}");
            }
        }
        let mut figures = periods.map(|(days, start)| match &self.usage_log {
            Some(log) => match stats_report::summarize_since(log.data_dir(), days, start) {
                Ok(report) => self.report_lines(&report, &language),
                Err(error) => {
                    tracing::warn!("reading the usage log for librarian mode: {error:#}");
                    vec![line(text("librarian-log-unreadable"), String::new())]
                }
            },
            None => vec![line(text("librarian-no-log"), String::new())],
        });
        let [today, week] = std::mem::take(&mut figures);
        librarian.set_today(model(today));
        librarian.set_week(model(week));
        librarian.set_sync(model(self.sync_lines(&language)));
        librarian.set_coverage(model(self.coverage_lines(&language)));
    }

    fn report_lines(&self, report: &StatsReport, language: &str) -> Vec<FigureLine> {
        let chrome = &self.content.chrome;
        let text = |key: &str| chrome.text(language, key, None);
        let chain = chrome.locales.chain(language);
        let completed: u64 = report.guides.iter().map(|(_, _, completed)| completed).sum();
        let mut lines = vec![
            line(text("librarian-sessions"), report.sessions.to_string()),
            line(text("librarian-completed"), completed.to_string()),
            line(text("librarian-help-asked"), report.help_asked.to_string()),
            line(text("librarian-assisted-count"), report.assisted.to_string()),
        ];
        if !report.guides.is_empty() {
            lines.push(line(text("librarian-top-guides"), String::new()));
        }
        for (id, opened, completed) in report.guides.iter().take(TOP_COUNT) {
            let title = self.content.catalogue.guide(id).map_or_else(|| id.clone(), |g| g.text(&chain, "title", None));
            lines.push(line(format!("  {title}"), format!("{opened} / {completed}")));
        }
        if !report.languages.is_empty() {
            lines.push(line(text("librarian-languages"), String::new()));
        }
        for (code, chosen) in report.languages.iter().take(TOP_COUNT) {
            let name = chrome.locales.get(code).map_or_else(|| code.clone(), |l| l.name.clone());
            lines.push(line(format!("  {name}"), chosen.to_string()));
        }
        lines
    }

    fn sync_lines(&self, language: &str) -> Vec<FigureLine> {
        let text = |key: &str| self.content.chrome.text(language, key, None);
        let hub_url = self.settings.borrow().hub_url.clone();
        let hub = if hub_url.is_empty() { text("librarian-no-hub") } else { hub_url };
        let Some(log) = &self.usage_log else {
            return vec![line(text("librarian-hub"), hub), line(text("librarian-no-log"), String::new())];
        };
        let status = log.status();
        let last_success = match status.last_success {
            Some(time) => time.format("%Y-%m-%d %H:%M").to_string(),
            None => text("librarian-never"),
        };
        let problem = status.last_error().map_or_else(|| text("librarian-no-problem"), str::to_string);
        vec![
            line(text("librarian-hub"), hub),
            line(text("librarian-last-sync"), last_success),
            line(text("librarian-pending"), status.pending_events.to_string()),
            line(text("librarian-problem"), String::new()),
            line(format!("  {problem}"), String::new()),
        ]
    }

    /// Per offered language: how many guides are reviewed and how many are drafts.
    fn coverage_lines(&self, language: &str) -> Vec<FigureLine> {
        let chrome = &self.content.chrome;
        let guides = &self.content.catalogue.guides;
        self.languages
            .borrow()
            .iter()
            .filter_map(|code| chrome.locales.get(code))
            .map(|locale| {
                let reviewed = guides.iter().filter(|g| g.status(&locale.code) == ReviewStatus::Reviewed).count();
                let mut args = FluentArgs::new();
                args.set("reviewed", reviewed);
                args.set("draft", guides.len() - reviewed);
                line(locale.name.clone(), chrome.text(language, "librarian-coverage-value", Some(&args)))
            })
            .collect()
    }
}

fn line(label: String, value: String) -> FigureLine {
    FigureLine { label: SharedString::from(label), value: SharedString::from(value) }
}
