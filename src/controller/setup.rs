//! The first start's setup on screen: shows the `lotsen_guide::setup` machine in the `Setup` global
//! (its settings fields in `Librarian`'s, with the same on-screen keyboard as the settings tab),
//! asks the hub for Test connection and hashes the PIN (Argon2, about half a second) on threads
//! of their own so the screen keeps answering, then writes the settings and puts them to work
//! (the sync worker included).

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use fluent_bundle::FluentArgs;
use slint::{ComponentHandle, TimerMode};

use super::{Controller, act};
use crate::guide_view::model;
use crate::ui::{LanguageChoice, Setup, SetupStep};
use lotsen_guide::settings_draft::{Edit, TypedSetting};
use lotsen_guide::setup::{Connection, Effect, Input, Message, Setup as SetupMachine, Step};
use lotsen_records::{HubAnswer, HubProblem, Settings, check_hub, pin};

/// How long Test connection waits for the hub.
const TEST_TIMEOUT: Duration = Duration::from_secs(10);
/// How often the answer of Test connection is looked for.
const POLL: Duration = Duration::from_millis(100);

type TestAnswer = (Result<HubAnswer, HubProblem>, DateTime<Utc>);

#[derive(Default)]
pub(super) struct SetupState {
    pub(super) machine: Option<SetupMachine>,
    /// Test connection's answer, while the hub is asked.
    answer: Option<Receiver<TestAnswer>>,
    /// The settings to write with the PIN's hash, while it is made.
    hashed: Option<Receiver<(Settings, anyhow::Result<String>)>>,
}

/// What a background job came back with, if it has.
fn poll<T>(receiver: &mut Option<Receiver<T>>) -> Option<Option<T>> {
    match receiver.as_ref()?.try_recv() {
        Err(TryRecvError::Empty) => None,
        Ok(value) => {
            *receiver = None;
            Some(Some(value))
        }
        Err(TryRecvError::Disconnected) => {
            *receiver = None;
            Some(None)
        }
    }
}

impl Controller {
    pub(super) fn bind_setup(&self) {
        let setup = self.window.global::<Setup>();
        let me = || self.me.clone();
        setup.on_choose_staff_language({
            let me = me();
            move |code| {
                act(&me, |c| {
                    if c.content().chrome.locales.get(&code).is_some() {
                        c.setup(Input::Edit(Edit::ChooseStaffLanguage(code.into())));
                    }
                })
            }
        });
        setup.on_pin_digit({
            let me = me();
            move |digit| act(&me, |c| digit.chars().for_each(|d| c.setup(Input::PinDigit(d))))
        });
        self.bind_actions(
            &setup,
            &[
                (|s, f| s.on_pin_erase(f), |c| c.setup(Input::PinErase)),
                (|s, f| s.on_test_connection(f), |c| c.setup(Input::TestConnection)),
                (|s, f| s.on_next(f), |c| c.setup(Input::Next)),
                (|s, f| s.on_back(f), |c| c.setup(Input::Back)),
            ],
        );
    }

    /// Shows the setup in place of everything else: the kiosk has no librarian PIN yet.
    pub fn begin_setup(&self) {
        let machine = SetupMachine::new(self.settings.borrow().clone(), self.languages.borrow().clone());
        self.setup_state.borrow_mut().machine = Some(machine);
        self.refresh_setup();
    }

    pub fn setup_open(&self) -> bool {
        self.setup_state.borrow().machine.is_some()
    }

    /// Hands `input` to the setup, shows it, then carries out its effects with the setup no
    /// longer borrowed; when it is done, the visitor's screen comes.
    pub fn setup(&self, input: Input) {
        let effects = match self.setup_state.borrow_mut().machine.as_mut() {
            Some(machine) => machine.handle(input),
            None => return,
        };
        let done = {
            let mut state = self.setup_state.borrow_mut();
            let done = state.machine.as_ref().is_some_and(|m| m.step == Step::Done);
            if done {
                *state = SetupState::default();
            }
            done
        };
        if done {
            tracing::info!("first-start setup done");
            self.refresh();
        }
        self.refresh_setup();
        for effect in effects {
            match effect {
                Effect::TestConnection { hub_url, token, kiosk_id } => self.test_connection(hub_url, token, kiosk_id),
                Effect::Finish { settings, pin } => self.finish_setup(*settings, pin),
            }
        }
    }

    /// The setup's draft, while the setup is on screen (the settings tab's callbacks edit it).
    pub(super) fn setup_draft(&self) -> Option<lotsen_guide::settings_draft::SettingsDraft> {
        self.setup_state.borrow().machine.as_ref().map(|m| m.draft.clone())
    }

    /// Asks the hub on a thread of its own.
    fn test_connection(&self, hub_url: String, token: String, kiosk_id: String) {
        let (send, answer) = mpsc::channel();
        std::thread::spawn(move || {
            let checked = check_hub(&hub_url, &token, &kiosk_id, TEST_TIMEOUT);
            let _ = send.send((checked, Utc::now()));
        });
        self.setup_state.borrow_mut().answer = Some(answer);
        self.poll_setup_jobs();
    }

    /// Hashes the PIN on a thread of its own; `write_setup` follows with the hash.
    fn finish_setup(&self, settings: Settings, typed_pin: String) {
        let (send, hashed) = mpsc::channel();
        std::thread::spawn(move || {
            let hash = pin::hash(&typed_pin);
            let _ = send.send((settings, hash));
        });
        self.setup_state.borrow_mut().hashed = Some(hashed);
        self.poll_setup_jobs();
    }

    /// Looks for the answers of the setup's background jobs until none is running.
    fn poll_setup_jobs(&self) {
        if self.setup_poll.running() {
            return;
        }
        let weak = self.me.clone();
        self.setup_poll.start(TimerMode::Repeated, POLL, move || {
            let Some(controller) = weak.upgrade() else { return };
            let (tested, hashed, idle) = {
                let mut state = controller.setup_state.borrow_mut();
                let tested = poll(&mut state.answer);
                let hashed = poll(&mut state.hashed);
                (tested, hashed, state.answer.is_none() && state.hashed.is_none())
            };
            if idle {
                controller.setup_poll.stop();
            }
            if let Some(Some((answer, now))) = tested {
                controller.setup(Input::Tested { answer, now });
            }
            match hashed {
                Some(Some((settings, hash))) => controller.write_setup(settings, hash),
                Some(None) => controller.setup(Input::Saved(Err("hashing the PIN stopped unexpectedly".into()))),
                None => {}
            }
        });
    }

    /// Writes the settings with the PIN's hash and uses them at once.
    fn write_setup(&self, settings: Settings, hash: anyhow::Result<String>) {
        let language = self.staff_language();
        let written = hash.and_then(|hash| {
            let settings = Settings { librarian_pin: hash, ..settings };
            match &self.usage_log {
                Some(log) => settings.save(log.data_dir()).map(|path| (settings, path)),
                None => Err(anyhow::anyhow!("{}", self.content().chrome.text(&language, "settings-no-data-dir", None))),
            }
        });
        match written {
            Ok((settings, path)) => {
                tracing::info!(file = %path.display(), kiosk = %settings.kiosk_id, "first-start setup saved");
                self.use_pin_hash(settings.librarian_pin.clone());
                self.apply_settings(settings);
                self.setup(Input::Saved(Ok(())));
            }
            Err(error) => {
                tracing::warn!("first-start setup not saved: {error:#}");
                self.setup(Input::Saved(Err(format!("{error:#}"))));
            }
        }
    }

    /// The setup's language: the staff language chosen on its first step.
    pub(super) fn setup_language(&self) -> Option<String> {
        let state = self.setup_state.borrow();
        let code = &state.machine.as_ref()?.draft.settings.staff_language;
        Some(code.clone()).filter(|code| self.content().chrome.locales.get(code).is_some())
    }

    fn refresh_setup(&self) {
        let global = self.window.global::<Setup>();
        let state = self.setup_state.borrow();
        global.set_open(state.machine.is_some());
        if let Some(machine) = &state.machine {
            let language = self.setup_language().unwrap_or_else(|| self.staff_language());
            let content = self.content();
            let chrome = &content.chrome;
            let text = |key: &str| chrome.text(&language, key, None);
            let (step, number) = match machine.step {
                Step::StaffLanguage => (SetupStep::StaffLanguage, 1),
                Step::Pin | Step::Done => (SetupStep::Pin, 2),
                Step::PinAgain => (SetupStep::PinAgain, 2),
                Step::Hub => (SetupStep::Hub, 3),
                Step::Languages => (SetupStep::Languages, 4),
            };
            global.set_step(step);
            let mut args = FluentArgs::new();
            args.set("step", number);
            args.set("count", 4);
            global.set_progress(chrome.text(&language, "setup-progress", Some(&args)).into());
            let chosen = &machine.draft.settings.staff_language;
            let languages: Vec<LanguageChoice> = chrome
                .locales
                .codes()
                .filter_map(|code| chrome.locales.get(code))
                .map(|l| LanguageChoice {
                    code: l.code.as_str().into(),
                    name: l.name.as_str().into(),
                    enabled: l.code == *chosen,
                })
                .collect();
            global.set_staff_languages(model(languages));
            global.set_pin_length(machine.pin_length() as i32);
            let message = match &machine.message {
                None => String::new(),
                Some(Message::PinTooShort) => text("setup-pin-too-short"),
                Some(Message::PinsDiffer) => text("setup-pins-differ"),
                Some(Message::Invalid(TypedSetting::KioskName)) => text("setup-invalid-kiosk-name"),
                Some(Message::Invalid(TypedSetting::HubUrl)) => text("setup-invalid-hub-url"),
                Some(Message::Invalid(TypedSetting::HubToken)) => text("setup-connection-no-token"),
                Some(Message::KeepOneLanguage) => text("settings-one-language"),
                Some(Message::NotSaved(reason)) => format!("{} {reason}", text("settings-not-saved")),
            };
            global.set_message(message.into());
            global.set_testing(machine.connection == Some(Connection::Testing));
            global.set_connection_works(matches!(machine.connection, Some(Connection::Works { .. })));
            global.set_connection(
                connection_text(machine.connection.as_ref(), |key, args| {
                    let mut fluent = FluentArgs::new();
                    for (name, value) in args {
                        fluent.set(*name, value.clone());
                    }
                    chrome.text(&language, key, Some(&fluent))
                })
                .into(),
            );
        }
        drop(state);
        self.refresh_settings_editor();
        self.show_language();
    }
}

/// Test connection's answer in plain words: `text` gives the message for a key and its values.
fn connection_text(connection: Option<&Connection>, text: impl Fn(&str, &[(&str, String)]) -> String) -> String {
    match connection {
        None | Some(Connection::Testing) => String::new(),
        Some(Connection::Works { version }) => text("setup-connection-works", &[("version", version.clone())]),
        Some(Connection::ClockOff { minutes }) => {
            let key = if *minutes > 0 { "setup-connection-clock-ahead" } else { "setup-connection-clock-behind" };
            text(key, &[("minutes", minutes.abs().to_string())])
        }
        Some(Connection::Problem(problem)) => match problem {
            HubProblem::BadAddress(_) => text("setup-invalid-hub-url", &[]),
            HubProblem::NoToken => text("setup-connection-no-token", &[]),
            HubProblem::Unreachable { .. } => text("setup-connection-unreachable", &[]),
            HubProblem::Certificate { .. } => text("setup-connection-certificate", &[]),
            HubProblem::TokenRefused { .. } => text("setup-connection-token-refused", &[]),
            HubProblem::NameMismatch { token_kiosk, configured, .. } => text(
                "setup-connection-name-mismatch",
                &[("token_kiosk", token_kiosk.clone()), ("configured", configured.clone())],
            ),
            HubProblem::NotAHub { .. } => text("setup-connection-not-a-hub", &[]),
        },
    }
}
