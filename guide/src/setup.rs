//! The first start, by touch only, when no librarian PIN is set: the staff language, a PIN typed
//! twice, the kiosk name, hub address and token (with Test connection), then the languages to
//! offer. The settings part is a [`SettingsDraft`], the same the librarian's settings tab edits;
//! Finish hands the settings and the PIN to the adapter to hash, write and put to work.

use chrono::{DateTime, Utc};

use super::settings_draft::{self, Edit, SettingsDraft, TypedSetting};
use lotsen_records::{HubAnswer, HubProblem, MAX_CLOCK_SKEW, Settings, pin};

/// The fewest digits a PIN has (`lotsen_records::pin::hash` refuses fewer).
pub const MIN_PIN_DIGITS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Step {
    #[default]
    StaffLanguage,
    Pin,
    PinAgain,
    Hub,
    Languages,
    /// Written and in use: the visitor's screen comes.
    Done,
}

impl Step {
    /// Where Back goes.
    fn previous(self) -> Step {
        match self {
            Step::StaffLanguage | Step::Pin => Step::StaffLanguage,
            Step::PinAgain => Step::Pin,
            Step::Hub => Step::Pin,
            Step::Languages => Step::Hub,
            Step::Done => Step::Done,
        }
    }
}

/// What the screen says under the step's controls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    PinTooShort,
    PinsDiffer,
    /// This typed setting is not valid.
    Invalid(TypedSetting),
    /// The last language shown cannot be hidden.
    KeepOneLanguage,
    /// Writing the settings failed, in the words of the file system.
    NotSaved(String),
}

/// What came of Test connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    Testing,
    /// The hub took the token, it is this kiosk's, and the clocks agree.
    Works {
        version: String,
    },
    Problem(HubProblem),
    /// All is right but the kiosk's clock is this many minutes ahead (negative: behind) of the hub's.
    ClockOff {
        minutes: i64,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A change to the settings: staff language, typed settings, languages to offer.
    Edit(Edit),
    PinDigit(char),
    PinErase,
    TestConnection,
    /// The hub's answer to Test connection, and the kiosk's clock when it came.
    Tested {
        answer: Result<HubAnswer, HubProblem>,
        now: DateTime<Utc>,
    },
    Next,
    Back,
    /// What came of writing the settings.
    Saved(Result<(), String>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Ask the hub (`lotsen_records::check_hub`) and answer with [`Input::Tested`].
    TestConnection { hub_url: String, token: String, kiosk_id: String },
    /// Hash `pin`, write `settings` with it and use them; answer with [`Input::Saved`].
    Finish { settings: Box<Settings>, pin: String },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Setup {
    pub step: Step,
    pub draft: SettingsDraft,
    /// The digits typed on the PIN step or the PIN-again step (shown as dots).
    typed_pin: String,
    /// The PIN as typed the first time, while it is typed again.
    first_pin: Option<String>,
    /// The PIN, typed the same twice.
    pin: Option<String>,
    pub message: Option<Message>,
    pub connection: Option<Connection>,
    /// Finish was pressed and the settings are being written: a second press does nothing.
    finishing: bool,
}

impl Setup {
    /// Setup of the kiosk whose settings (no PIN) and offered languages these are.
    pub fn new(settings: Settings, languages: Vec<String>) -> Setup {
        Setup { draft: SettingsDraft::new(settings, languages), ..Setup::default() }
    }

    /// How many digits are typed on the PIN step on screen.
    pub fn pin_length(&self) -> usize {
        self.typed_pin.len()
    }

    pub fn handle(&mut self, input: Input) -> Vec<Effect> {
        match input {
            Input::Edit(edit) => {
                let changes_hub = matches!(edit, Edit::FinishTyping { keep: true });
                self.message = None;
                self.draft.handle(settings_draft::Input::Edit(edit));
                if let Some(settings_draft::Message::KeepOneLanguage) = self.draft.message {
                    self.message = Some(Message::KeepOneLanguage);
                }
                if changes_hub {
                    // An answer about other values would mislead.
                    self.connection = None;
                }
            }
            Input::PinDigit(digit) => {
                if digit.is_ascii_digit() && self.typed_pin.len() < pin::MAX_DIGITS {
                    self.typed_pin.push(digit);
                    self.message = None;
                }
            }
            Input::PinErase => {
                self.typed_pin.pop();
            }
            Input::TestConnection => {
                if let Some(setting) = self.invalid_hub_setting() {
                    self.message = Some(Message::Invalid(setting));
                    return Vec::new();
                }
                let settings = &self.draft.settings;
                self.connection = Some(Connection::Testing);
                return vec![Effect::TestConnection {
                    hub_url: settings.hub_url.clone(),
                    token: settings.hub_token.clone(),
                    kiosk_id: settings.kiosk_id.clone(),
                }];
            }
            Input::Tested { answer, now } => {
                self.connection = Some(match answer {
                    Err(problem) => Connection::Problem(problem),
                    Ok(answer) => match answer.date.map(|hub| now - hub) {
                        Some(skew) if skew.abs().to_std().is_ok_and(|skew| skew > MAX_CLOCK_SKEW) => {
                            Connection::ClockOff { minutes: skew.num_minutes() }
                        }
                        _ => Connection::Works { version: answer.version },
                    },
                });
            }
            Input::Next => return self.next(),
            Input::Back => {
                self.message = None;
                self.typed_pin.clear();
                self.first_pin = None;
                self.step = self.step.previous();
                if self.step == Step::Pin {
                    self.pin = None;
                }
            }
            Input::Saved(Ok(())) => self.step = Step::Done,
            Input::Saved(Err(reason)) => {
                self.finishing = false;
                self.message = Some(Message::NotSaved(reason));
            }
        }
        Vec::new()
    }

    fn next(&mut self) -> Vec<Effect> {
        self.message = None;
        match self.step {
            Step::StaffLanguage => self.step = Step::Pin,
            Step::Pin if self.typed_pin.len() < MIN_PIN_DIGITS => self.message = Some(Message::PinTooShort),
            Step::Pin => {
                self.first_pin = Some(std::mem::take(&mut self.typed_pin));
                self.step = Step::PinAgain;
            }
            Step::PinAgain => {
                if self.first_pin.as_ref() == Some(&self.typed_pin) {
                    self.pin = Some(std::mem::take(&mut self.typed_pin));
                    self.first_pin = None;
                    self.step = Step::Hub;
                } else {
                    self.message = Some(Message::PinsDiffer);
                    self.typed_pin.clear();
                    self.first_pin = None;
                    self.step = Step::Pin;
                }
            }
            Step::Hub => match self.draft.invalid_setting() {
                Some(setting) => self.message = Some(Message::Invalid(setting)),
                None => self.step = Step::Languages,
            },
            Step::Languages if self.finishing => {}
            Step::Languages => {
                self.finishing = true;
                // Without a PIN (not reachable by touch) the adapter's hashing refuses and says so.
                let pin = self.pin.clone().unwrap_or_default();
                return vec![Effect::Finish { settings: Box::new(self.draft.settings.clone()), pin }];
            }
            Step::Done => {}
        }
        Vec::new()
    }

    /// Test connection needs a valid name and address, and a hub address at all.
    fn invalid_hub_setting(&self) -> Option<TypedSetting> {
        match self.draft.invalid_setting() {
            None if self.draft.settings.hub_url.is_empty() => Some(TypedSetting::HubUrl),
            invalid => invalid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> Setup {
        Setup::new(Settings::default(), vec!["sv".into(), "en".into()])
    }

    fn type_pin(setup: &mut Setup, digits: &str) {
        for digit in digits.chars() {
            setup.handle(Input::PinDigit(digit));
        }
    }

    fn type_setting(setup: &mut Setup, setting: TypedSetting, text: &str) {
        setup.handle(Input::Edit(Edit::StartTyping(setting)));
        while !setup.draft.typed.is_empty() {
            setup.handle(Input::Edit(Edit::EraseKey));
        }
        setup.handle(Input::Edit(Edit::TypeKey(text.into())));
        setup.handle(Input::Edit(Edit::FinishTyping { keep: true }));
    }

    #[test]
    fn the_pin_is_typed_twice_and_a_different_second_one_starts_over() {
        let mut setup = setup();
        setup.handle(Input::Edit(Edit::ChooseStaffLanguage("en".into())));
        setup.handle(Input::Next);
        assert_eq!(setup.step, Step::Pin);
        type_pin(&mut setup, "123");
        setup.handle(Input::Next);
        assert_eq!((setup.step, setup.message.clone()), (Step::Pin, Some(Message::PinTooShort)));
        type_pin(&mut setup, "4x56789");
        assert_eq!(setup.pin_length(), pin::MAX_DIGITS, "digits only, at most eight");
        setup.handle(Input::PinErase);
        setup.handle(Input::Next);
        assert_eq!((setup.step, setup.pin_length()), (Step::PinAgain, 0));
        type_pin(&mut setup, "1234567");
        setup.handle(Input::PinErase);
        setup.handle(Input::Next);
        assert_eq!((setup.step, setup.message.clone()), (Step::Pin, Some(Message::PinsDiffer)));

        type_pin(&mut setup, "2468");
        setup.handle(Input::Next);
        type_pin(&mut setup, "2468");
        setup.handle(Input::Next);
        assert_eq!(setup.step, Step::Hub);
        setup.handle(Input::Back);
        assert_eq!((setup.step, setup.pin_length()), (Step::Pin, 0), "back to the PIN means typing it anew");
    }

    #[test]
    fn test_connection_asks_the_hub_and_says_what_it_answered() {
        let mut setup = Setup { step: Step::Hub, ..setup() };
        assert_eq!(setup.handle(Input::TestConnection), []);
        assert_eq!(setup.message, Some(Message::Invalid(TypedSetting::HubUrl)), "no address yet");
        type_setting(&mut setup, TypedSetting::HubUrl, "http://127.0.0.1:8080");
        type_setting(&mut setup, TypedSetting::HubToken, "lotsen-kiosk-ab");
        type_setting(&mut setup, TypedSetting::KioskName, "umea-1");
        let effects = setup.handle(Input::TestConnection);
        assert_eq!(
            effects,
            [Effect::TestConnection {
                hub_url: "http://127.0.0.1:8080".into(),
                token: "lotsen-kiosk-ab".into(),
                kiosk_id: "umea-1".into()
            }]
        );
        assert_eq!(setup.connection, Some(Connection::Testing));

        let hub_clock = "2026-11-30T12:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let answer = |date| Ok(HubAnswer { version: "0.1.0".into(), date: Some(date) });
        let minutes = |m| hub_clock + chrono::Duration::minutes(m);
        setup.handle(Input::Tested { answer: answer(hub_clock), now: minutes(9) });
        assert_eq!(setup.connection, Some(Connection::Works { version: "0.1.0".into() }));
        setup.handle(Input::Tested { answer: answer(hub_clock), now: minutes(-11) });
        assert_eq!(setup.connection, Some(Connection::ClockOff { minutes: -11 }));
        let refused = HubProblem::TokenRefused { url: "http://127.0.0.1:8080".into(), date: None };
        setup.handle(Input::Tested { answer: Err(refused.clone()), now: hub_clock });
        assert_eq!(setup.connection, Some(Connection::Problem(refused)));
        type_setting(&mut setup, TypedSetting::KioskName, "umea-2");
        assert_eq!(setup.connection, None, "a changed value needs a new test");
    }

    #[test]
    fn finish_hands_over_the_settings_and_the_pin_and_a_failed_write_says_why() {
        let mut setup = setup();
        setup.handle(Input::Next);
        type_pin(&mut setup, "13579");
        setup.handle(Input::Next);
        type_pin(&mut setup, "13579");
        setup.handle(Input::Next);
        type_setting(&mut setup, TypedSetting::KioskName, "Umeå");
        setup.handle(Input::Next);
        assert_eq!((setup.step, setup.message.clone()), (Step::Hub, Some(Message::Invalid(TypedSetting::KioskName))));
        type_setting(&mut setup, TypedSetting::KioskName, "umea-1");
        setup.handle(Input::Next);
        assert_eq!(setup.step, Step::Languages, "a kiosk without a hub is allowed");
        setup.handle(Input::Back);
        setup.handle(Input::Next);
        assert_eq!(setup.step, Step::Languages, "the PIN outlives going back to the hub step");
        setup.handle(Input::Edit(Edit::ToggleLanguage("en".into())));
        setup.handle(Input::Edit(Edit::ToggleLanguage("sv".into())));
        assert_eq!(setup.message, Some(Message::KeepOneLanguage));
        let effects: [Effect; 1] = setup.handle(Input::Next).try_into().unwrap();
        let [Effect::Finish { settings, pin }] = effects else { panic!("finish") };
        assert_eq!(setup.handle(Input::Next), [], "one Finish while the settings are written");
        assert_eq!(
            (settings.kiosk_id.as_str(), settings.languages.clone(), pin.as_str()),
            ("umea-1", vec!["sv".to_string()], "13579")
        );
        setup.handle(Input::Saved(Err("disk full".into())));
        assert_eq!((setup.step, setup.message.clone()), (Step::Languages, Some(Message::NotSaved("disk full".into()))));
        assert_eq!(setup.handle(Input::Next).len(), 1, "after a failed write Finish can be pressed again");
        setup.handle(Input::Saved(Ok(())));
        assert_eq!(setup.step, Step::Done);
    }
}
