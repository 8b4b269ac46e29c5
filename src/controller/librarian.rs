//! Librarian mode on screen: shows the `lotsen_guide::librarian` machine (PIN pad, tabs, the
//! question over them, settings draft, print job) in the `Librarian` global, turns its callbacks
//! into inputs and carries out its effects: the PIN check on its own thread, the figures from the
//! usage log, settings written, events recorded, print processes, quitting.

mod print;
mod settings_editor;

use std::sync::mpsc::{self, TryRecvError};
use std::time::Duration;

use fluent_bundle::FluentArgs;
use slint::{ComponentHandle, SharedString, TimerMode};

use super::{Controller, act};
use crate::guide_view::model;
use crate::ui::{FigureLine, Librarian, LibrarianConfirm, LibrarianTab, Tr};
use lotsen_guide::librarian::{Confirm, Effect, Input, Kiosk, Tab};
use lotsen_guide::pin_pad;
use lotsen_guide::{Direction, ReviewStatus, TICK};
use lotsen_records::stats_report::{self, StatsReport};
use lotsen_records::{SyncStatus, pin};

/// Guides and languages listed by name in the figures; the rest are in `lotsen stats`.
const TOP_COUNT: usize = 3;

/// How often the UI thread looks for the verdict of a PIN check running on its own thread.
const PIN_CHECK_POLL: Duration = Duration::from_millis(50);

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
                (|l, f| l.on_pin_erase(f), |c| c.press_pad(pin_pad::Input::Erase)),
                (|l, f| l.on_pin_submit(f), Controller::submit_pin),
                (|l, f| l.on_close_pad(f), |c| c.press_pad(pin_pad::Input::Close)),
                (|l, f| l.on_mark_assisted(f), Controller::mark_assisted),
                (|l, f| l.on_close(f), Controller::close_librarian),
                (|l, f| l.on_quit(f), Controller::ask_to_quit),
                (|l, f| l.on_confirm_quit(f), Controller::quit),
                (|l, f| l.on_save_and_close(f), Controller::save_and_close),
                (|l, f| l.on_discard_and_close(f), Controller::discard_and_close),
                (|l, f| l.on_cancel_confirm(f), |c| c.librarian_mode(Input::CancelConfirm)),
            ],
        );
        self.bind_settings_editor(&librarian);
        self.bind_printing(&librarian);
    }

    /// Librarian mode, its PIN pad and its messages read in the staff language (a setting),
    /// whatever the visitor chose: a bundled language, else Swedish, else the first offered.
    /// During the first start's setup, the staff language chosen there.
    pub(crate) fn staff_language(&self) -> String {
        if let Some(language) = self.setup_language() {
            return language;
        }
        let content = self.content();
        let locales = &content.chrome.locales;
        let configured = self.settings.borrow().staff_language.clone();
        [configured, "sv".to_string()]
            .into_iter()
            .find(|code| locales.get(code).is_some())
            .unwrap_or_else(|| self.languages.borrow()[0].clone())
    }

    /// Shows the UI in the staff language while the setup, librarian mode or its PIN pad is in
    /// front of the visitor's screen (which is hidden then), else in the visitor's.
    pub(super) fn show_language(&self) {
        let staff_in_front = self.setup_open() || self.librarian_on_screen();
        let language = if staff_in_front { self.staff_language() } else { self.visitor.borrow().language.clone() };
        let content = self.content();
        let chrome = &content.chrome;
        let tr = self.window.global::<Tr>();
        tr.set_rtl(chrome.locales.get(&language).is_some_and(|l| l.direction == Direction::Rtl));
        // Last: every text bound to Tr.lang re-evaluates once, with the models already in place.
        tr.set_lang(language.into());
    }

    /// The PIN pad checks against this hash from now on (the setup has just set the PIN).
    pub(in crate::controller) fn use_pin_hash(&self, pin_hash: String) {
        self.librarian_mode(Input::PinSet(pin_hash));
    }

    /// Tells librarian mode that a service manager (systemd) starts the kiosk again when it
    /// ends, so that Quit says so; otherwise it says how to start it again.
    pub fn set_restarted_by_service(&self, restarted: bool) {
        self.librarian_mode(Input::RestartedByService(restarted));
    }

    /// The long press on the logo: the PIN pad, or why it cannot open. Not during the first
    /// start's setup, which sets the PIN (Ctrl+Alt+L would open the pad behind it).
    pub fn open_pin_pad(&self) {
        if !self.setup_open() {
            self.press_pad(pin_pad::Input::Open);
        }
    }

    pub fn enter_pin_digit(&self, digit: &str) {
        self.press_pad(pin_pad::Input::Digit(digit.to_string()));
    }

    /// Checks the typed PIN: right opens librarian mode, too many wrong ones lock the pad.
    pub fn submit_pin(&self) {
        self.press_pad(pin_pad::Input::Submit);
    }

    fn press_pad(&self, input: pin_pad::Input) {
        self.librarian_mode(Input::Pad(input));
    }

    /// Hands `input` to librarian mode, shows the result, then carries out its effects with the
    /// machine no longer borrowed, so an effect may send the next input.
    pub(super) fn librarian_mode(&self, input: Input) {
        let printing = matches!(input, Input::Print(_));
        let effects = {
            let settings = self.settings.borrow();
            let languages = self.languages.borrow();
            let kiosk = Kiosk { settings: &settings, languages: &languages, session: self.visitor.borrow().session };
            self.librarian.borrow_mut().handle(input, kiosk)
        };
        self.keep_pin_lock_clock();
        self.refresh_librarian();
        if printing {
            self.show_print_job();
        }
        for effect in effects {
            match effect {
                Effect::CheckPin { pin, hash } => self.check_pin(pin, hash),
                Effect::StorePinHash(hash) => self.store_pin_hash(hash),
                Effect::LoadFigures => self.load_figures(),
                Effect::LoadPrintTab => self.refresh_printing(),
                Effect::WriteSettings(settings) => self.write_settings(settings),
                Effect::Record(event) => self.record(event),
                Effect::Print(effect) => self.start_print_process(effect),
                Effect::Quit => self.quit_kiosk(),
            }
        }
    }

    /// Runs the PIN check (half a second of Argon2) on its own thread, so the screen stays
    /// responsive and the watchdog fed; a timer hands the verdict back to the pad.
    fn check_pin(&self, typed: String, hash: String) {
        let (answer, verdict) = mpsc::channel();
        std::thread::spawn(move || {
            // The pad may be gone when the verdict is ready; nothing to do then.
            let _ = answer.send(pin::check(&typed, &hash));
        });
        *self.pin_check.borrow_mut() = Some(verdict);
        let weak = self.me.clone();
        self.pin_check_poll.start(TimerMode::Repeated, PIN_CHECK_POLL, move || {
            if let Some(controller) = weak.upgrade() {
                controller.poll_pin_check();
            }
        });
    }

    fn poll_pin_check(&self) {
        let verdict = {
            let mut pin_check = self.pin_check.borrow_mut();
            let Some(receiver) = &*pin_check else { return };
            let verdict = match receiver.try_recv() {
                Ok(verdict) => verdict,
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    tracing::error!("the PIN check ended without a verdict; counted as wrong");
                    pin::Verdict::Wrong
                }
            };
            *pin_check = None;
            self.pin_check_poll.stop();
            verdict
        };
        self.press_pad(pin_pad::Input::Checked(verdict));
    }

    /// Keeps the same PIN under a hash made at today's cost.
    fn store_pin_hash(&self, hash: String) {
        let mut settings = self.settings.borrow().clone();
        settings.librarian_pin = hash;
        let Some(log) = &self.usage_log else { return };
        match settings.save(log.data_dir()) {
            Ok(path) => {
                tracing::info!(file = %path.display(), "librarian PIN hash renewed at today's Argon2 cost");
                *self.settings.borrow_mut() = settings;
            }
            Err(error) => tracing::warn!("the renewed PIN hash was not saved (the old one still works): {error:#}"),
        }
    }

    /// Ticks the pad while it is locked.
    fn keep_pin_lock_clock(&self) {
        if !self.librarian.borrow().pad.wants_ticks() {
            self.pin_lock_clock.stop();
        } else if !self.pin_lock_clock.running() {
            let weak = self.me.clone();
            self.pin_lock_clock.start(TimerMode::Repeated, TICK, move || {
                if let Some(controller) = weak.upgrade() {
                    controller.press_pad(pin_pad::Input::Tick);
                }
            });
        }
    }

    /// Shows librarian mode over the visitor's screen. The kiosk reaches this only through the
    /// PIN pad; `lotsen render` calls it directly to draw the page.
    pub fn open_librarian_mode(&self) {
        self.librarian_mode(Input::Open);
    }

    pub fn show_librarian_tab(&self, tab: LibrarianTab) {
        self.librarian_mode(Input::ShowTab(match tab {
            LibrarianTab::Overview => Tab::Overview,
            LibrarianTab::Languages => Tab::Languages,
            LibrarianTab::Settings => Tab::Settings,
            LibrarianTab::Print => Tab::Print,
        }));
    }

    /// Close: leaves librarian mode, the visitor's screen shown as it was; with unsaved settings
    /// it asks first (save, discard or keep editing).
    pub fn close_librarian(&self) {
        self.librarian_mode(Input::Close);
    }

    /// Saves the settings draft and leaves librarian mode if that worked (else the message says
    /// why, and librarian mode stays).
    pub fn save_and_close(&self) {
        self.librarian_mode(Input::SaveAndClose);
    }

    pub fn discard_and_close(&self) {
        self.librarian_mode(Input::DiscardAndClose);
    }

    /// Leaves librarian mode (and the PIN pad) without asking, as the idle reset does. An unsaved
    /// settings draft is kept (typing finished) and shown again on the settings tab next time.
    pub(super) fn leave_librarian_mode(&self) {
        self.librarian_mode(Input::Leave);
    }

    /// Librarian mode or its PIN pad is on screen: the idle reset must still come to close it.
    pub(super) fn librarian_on_screen(&self) -> bool {
        self.librarian.borrow().on_screen()
    }

    /// "I helped this visitor": an anonymous assisted flag on the visitor's session, once.
    pub fn mark_assisted(&self) {
        self.librarian_mode(Input::MarkAssisted);
    }

    /// "Quit the kiosk": asks first, saying whether the kiosk comes back by itself.
    pub fn ask_to_quit(&self) {
        self.librarian_mode(Input::AskToQuit);
    }

    /// Ends the kiosk once confirmed.
    pub fn quit(&self) {
        self.librarian_mode(Input::Quit);
    }

    /// Hiding the last window ends the event loop, also in --kiosk mode, where closing the window
    /// is refused.
    fn quit_kiosk(&self) {
        if self.librarian.borrow().restarted_by_service {
            tracing::info!("quit from librarian mode; the service starts the kiosk again");
        } else {
            tracing::info!("quit from librarian mode; start it again with: lotsen --kiosk");
        }
        self.reset();
        if let Err(error) = self.window.hide() {
            tracing::warn!("hiding the kiosk window: {error}");
        }
    }

    /// Pushes librarian mode's state into its global (the figures are loaded apart).
    pub(super) fn refresh_librarian(&self) {
        let state = self.librarian.borrow();
        let language = self.staff_language();
        let session = self.visitor.borrow().session;
        let content = self.content();
        let chrome = &content.chrome;
        let librarian = self.window.global::<Librarian>();
        let pad = &state.pad;
        let message = match pad.message {
            pin_pad::Message::Enter => chrome.text(&language, "pin-enter", None),
            pin_pad::Message::Wrong { tries_left } => chrome.count(&language, "pin-wrong", tries_left.into()),
            pin_pad::Message::Locked => {
                chrome.count(&language, "pin-locked", pad.locked_seconds_left().div_ceil(60) as i64)
            }
            pin_pad::Message::NoPinSet => chrome.text(&language, "pin-not-set", None),
            pin_pad::Message::Checking => chrome.text(&language, "pin-checking", None),
        };
        librarian.set_pad_message(message.into());
        librarian.set_pad_closed_to_input(pad.closed_to_input());
        librarian.set_pin_length(pad.typed() as i32);
        librarian.set_pad_open(pad.open);
        librarian.set_tab(match state.tab {
            Tab::Overview => LibrarianTab::Overview,
            Tab::Languages => LibrarianTab::Languages,
            Tab::Settings => LibrarianTab::Settings,
            Tab::Print => LibrarianTab::Print,
        });
        librarian.set_has_visitor(session.is_some());
        librarian.set_assisted(state.assisted(session));
        librarian.set_open(state.open);
        librarian.set_confirm(match state.confirm {
            Confirm::None => LibrarianConfirm::None,
            Confirm::UnsavedChanges => LibrarianConfirm::UnsavedChanges,
            Confirm::Quit => LibrarianConfirm::Quit,
        });
        let quit_key = if state.restarted_by_service { "quit-comes-back" } else { "quit-start-again" };
        let mut quit_text = chrome.text(&language, quit_key, None);
        if state.draft.has_unsaved_changes() {
            quit_text = format!("{quit_text} {}", chrome.text(&language, "quit-unsaved-lost", None));
        }
        librarian.set_quit_text(quit_text.into());
        drop(state);
        self.refresh_settings_editor();
        self.show_language();
    }

    /// Today's and the last week's figures, the sync state and guide coverage, in the staff
    /// language.
    fn load_figures(&self) {
        let language = self.staff_language();
        let text = |key: &str| self.content().chrome.text(&language, key, None);
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
        let content = self.content();
        let chrome = &content.chrome;
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
            let title =
                self.content().catalogue.guide(id).map_or_else(|| id.clone(), |g| g.text(&chain, "title", None));
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
        let text = |key: &str| self.content().chrome.text(language, key, None);
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
        let problem = self.sync_problem_text(&status, language);
        vec![
            line(text("librarian-hub"), hub),
            line(text("librarian-last-sync"), last_success),
            line(text("librarian-pending"), status.pending_events.to_string()),
            line(text("librarian-problem"), String::new()),
            line(format!("  {problem}"), String::new()),
        ]
    }

    /// The status's problem in `language`: the usage log's own first, else the sync's.
    pub(crate) fn sync_problem_text(&self, status: &SyncStatus, language: &str) -> String {
        let chrome = &self.content().chrome;
        if let Some(problem) = status.log_problem {
            return chrome.count(language, &format!("log-problem-{}", problem.id()), status.unwritten_events as i64);
        }
        match (status.sync_problem, &status.sync_error) {
            (Some(problem), _) => chrome.text(language, &format!("sync-problem-{}", problem.id()), None),
            // Noted by an older version without its kind: its sentence.
            (None, Some(error)) => error.clone(),
            (None, None) => chrome.text(language, "librarian-no-problem", None),
        }
    }

    /// Per offered language: how many guides are reviewed and how many are drafts.
    fn coverage_lines(&self, language: &str) -> Vec<FigureLine> {
        let content = self.content();
        let chrome = &content.chrome;
        let guides = &content.catalogue.guides;
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
