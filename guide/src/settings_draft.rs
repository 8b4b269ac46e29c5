//! The settings tab's draft of settings.toml, changed by touch alone (toggles, up/down, steppers
//! and an on-screen keyboard); Save checks what can be typed wrong (kiosk name, hub address) and
//! hands the draft to the adapter to write. The draft knows whether it holds unsaved changes, so
//! that closing librarian mode can ask before dropping them.

use lotsen_records::{Settings, TextSize};

/// The idle timeouts the − and + buttons step through, in seconds.
pub const IDLE_TIMEOUT_STEPS: [u64; 11] = [30, 60, 90, 120, 180, 240, 300, 600, 900, 1800, 3600];
/// Longer than any hub address or token.
pub const MAX_TYPED: usize = 300;

/// The settings typed on the on-screen keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedSetting {
    KioskName,
    HubUrl,
    HubToken,
}

impl TypedSetting {
    fn field(self, settings: &mut Settings) -> &mut String {
        match self {
            TypedSetting::KioskName => &mut settings.kiosk_id,
            TypedSetting::HubUrl => &mut settings.hub_url,
            TypedSetting::HubToken => &mut settings.hub_token,
        }
    }
}

/// What the tab says after Save or a refused change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The last language shown cannot be hidden: the kiosk needs one.
    KeepOneLanguage,
    /// Not saved: this typed setting is not valid (the adapter says why in the staff language).
    Invalid(TypedSetting),
    Saved,
    /// Why not, in the words of the validation or the file system.
    NotSaved(String),
}

impl Message {
    pub fn is_error(&self) -> bool {
        !matches!(self, Message::Saved)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Edit(Edit),
    Save,
    /// What came of writing the file.
    Saved(Result<(), String>),
}

/// A change to the draft.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Shows or hides a bundled language (the adapter passes only bundled codes).
    ToggleLanguage(String),
    /// Moves a shown language one place up (negative) or down (positive); the first is the default.
    MoveLanguage {
        code: String,
        delta: i32,
    },
    /// One step shorter (negative) or longer (positive) along [`IDLE_TIMEOUT_STEPS`].
    ChangeIdleTimeout(i32),
    ChooseTextSize(TextSize),
    /// The language librarian mode is shown in (the adapter passes only bundled codes).
    ChooseStaffLanguage(String),
    StartTyping(TypedSetting),
    TypeKey(String),
    EraseKey,
    ToggleCapitals,
    /// Closes the keyboard, keeping the typed text (trimmed) or not.
    FinishTyping {
        keep: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Validate and write these settings; answer with [`Input::Saved`].
    Write(Settings),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SettingsDraft {
    pub settings: Settings,
    /// The settings as last saved (or as in use when the draft began).
    saved: Settings,
    /// The setting the on-screen keyboard is open for.
    pub typing: Option<TypedSetting>,
    pub typed: String,
    pub capitals: bool,
    pub message: Option<Message>,
}

impl SettingsDraft {
    /// A draft of the settings in use, with the languages the kiosk offers.
    pub fn new(settings: Settings, languages: Vec<String>) -> SettingsDraft {
        let settings = Settings { languages, ..settings };
        SettingsDraft { saved: settings.clone(), settings, ..SettingsDraft::default() }
    }

    /// The draft differs from what was saved (typing in progress counts as a change too).
    pub fn has_unsaved_changes(&self) -> bool {
        self.settings != self.saved || self.typing.is_some()
    }

    pub fn handle(&mut self, input: Input) -> Vec<Effect> {
        match input {
            Input::Edit(edit) => {
                // Any change makes the last message stale.
                self.message = None;
                self.edit(edit);
                Vec::new()
            }
            Input::Save => match self.invalid_setting() {
                Some(setting) => {
                    self.message = Some(Message::Invalid(setting));
                    Vec::new()
                }
                None => vec![Effect::Write(self.settings.clone())],
            },
            Input::Saved(result) => {
                if result.is_ok() {
                    self.saved = self.settings.clone();
                }
                self.message = Some(result.map_or_else(Message::NotSaved, |()| Message::Saved));
                Vec::new()
            }
        }
    }

    /// The first typed setting the kiosk could not work with.
    pub fn invalid_setting(&self) -> Option<TypedSetting> {
        let url = &self.settings.hub_url;
        if !lotsen_wire::is_valid_id(&self.settings.kiosk_id) {
            Some(TypedSetting::KioskName)
        } else if !url.is_empty() && !valid_hub_url(url) {
            Some(TypedSetting::HubUrl)
        } else {
            None
        }
    }

    fn edit(&mut self, edit: Edit) {
        match edit {
            Edit::ToggleLanguage(code) => {
                let languages = &mut self.settings.languages;
                match languages.iter().position(|c| *c == code) {
                    Some(_) if languages.len() == 1 => self.message = Some(Message::KeepOneLanguage),
                    Some(index) => {
                        languages.remove(index);
                    }
                    None => languages.push(code),
                }
            }
            Edit::MoveLanguage { code, delta } => {
                let languages = &mut self.settings.languages;
                if let Some(index) = languages.iter().position(|c| *c == code) {
                    let target = index as i64 + i64::from(delta.signum());
                    if (0..languages.len() as i64).contains(&target) {
                        languages.swap(index, target as usize);
                    }
                }
            }
            Edit::ChangeIdleTimeout(direction) => {
                let current = self.settings.idle_timeout_secs;
                let next = if direction < 0 {
                    IDLE_TIMEOUT_STEPS.iter().rev().find(|&&s| s < current)
                } else {
                    IDLE_TIMEOUT_STEPS.iter().find(|&&s| s > current)
                };
                if let Some(&next) = next {
                    self.settings.idle_timeout_secs = next;
                }
            }
            Edit::ChooseTextSize(size) => self.settings.text_size = size,
            Edit::ChooseStaffLanguage(code) => self.settings.staff_language = code,
            Edit::StartTyping(setting) => {
                self.typed = setting.field(&mut self.settings).clone();
                self.typing = Some(setting);
                self.capitals = false;
            }
            Edit::TypeKey(key) => {
                if self.typed.chars().count() + key.chars().count() <= MAX_TYPED {
                    self.typed.push_str(&key);
                }
            }
            Edit::EraseKey => {
                self.typed.pop();
            }
            Edit::ToggleCapitals => self.capitals = !self.capitals,
            Edit::FinishTyping { keep } => {
                if let Some(setting) = self.typing.take()
                    && keep
                {
                    *setting.field(&mut self.settings) = self.typed.trim().to_string();
                }
                self.typed.clear();
            }
        }
    }
}

/// An http or https address with a host after the scheme.
pub fn valid_hub_url(url: &str) -> bool {
    ["http://", "https://"]
        .iter()
        .filter_map(|scheme| url.strip_prefix(scheme))
        .any(|rest| rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '['))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> SettingsDraft {
        SettingsDraft::new(Settings::default(), vec!["sv".into(), "en".into()])
    }

    #[test]
    fn languages_are_shown_hidden_and_moved_but_never_all_hidden() {
        let mut draft = draft();
        draft.handle(Input::Edit(Edit::ToggleLanguage("ar".into())));
        draft.handle(Input::Edit(Edit::MoveLanguage { code: "ar".into(), delta: -1 }));
        draft.handle(Input::Edit(Edit::MoveLanguage { code: "sv".into(), delta: -1 }));
        assert_eq!(draft.settings.languages, ["sv", "ar", "en"], "the first cannot move further up");
        draft.handle(Input::Edit(Edit::ToggleLanguage("sv".into())));
        draft.handle(Input::Edit(Edit::ToggleLanguage("en".into())));
        draft.handle(Input::Edit(Edit::ToggleLanguage("ar".into())));
        assert_eq!(draft.settings.languages, ["ar"]);
        assert_eq!(draft.message, Some(Message::KeepOneLanguage));
        draft.handle(Input::Edit(Edit::MoveLanguage { code: "ar".into(), delta: 1 }));
        assert_eq!(draft.message, None, "the next change clears the message");
    }

    #[test]
    fn the_idle_timeout_steps_along_its_list_and_stops_at_the_ends() {
        let mut draft = draft();
        assert_eq!(draft.settings.idle_timeout_secs, 120);
        draft.handle(Input::Edit(Edit::ChangeIdleTimeout(-1)));
        assert_eq!(draft.settings.idle_timeout_secs, 90);
        draft.settings.idle_timeout_secs = 100;
        draft.handle(Input::Edit(Edit::ChangeIdleTimeout(1)));
        assert_eq!(draft.settings.idle_timeout_secs, 120, "an odd value steps to the next in the list");
        for _ in 0..20 {
            draft.handle(Input::Edit(Edit::ChangeIdleTimeout(1)));
        }
        assert_eq!(draft.settings.idle_timeout_secs, 3600);
    }

    #[test]
    fn typing_keeps_or_drops_the_text_and_save_hands_over_the_draft() {
        let mut draft = draft();
        draft.handle(Input::Edit(Edit::StartTyping(TypedSetting::HubUrl)));
        for key in ["h", "t", "t", "p", "s", ":", "/", "/", "x", "y"] {
            draft.handle(Input::Edit(Edit::TypeKey(key.into())));
        }
        draft.handle(Input::Edit(Edit::EraseKey));
        draft.handle(Input::Edit(Edit::TypeKey(" ".into())));
        draft.handle(Input::Edit(Edit::FinishTyping { keep: true }));
        assert_eq!(draft.settings.hub_url, "https://x", "trimmed");
        assert_eq!((draft.typing, draft.typed.as_str()), (None, ""));

        draft.handle(Input::Edit(Edit::StartTyping(TypedSetting::KioskName)));
        assert_eq!(draft.typed, "kiosk-1", "starts from the current value");
        draft.handle(Input::Edit(Edit::TypeKey("x".repeat(MAX_TYPED))));
        assert_eq!(draft.typed, "kiosk-1", "nothing past the longest value");
        draft.handle(Input::Edit(Edit::FinishTyping { keep: false }));
        assert_eq!(draft.settings.kiosk_id, "kiosk-1");

        draft.handle(Input::Edit(Edit::ChooseTextSize(TextSize::at(7))));
        let [Effect::Write(written)] = draft.handle(Input::Save).try_into().unwrap();
        assert_eq!((written.text_size, written.hub_url.as_str()), (TextSize::ExtraLarge, "https://x"));
        draft.handle(Input::Saved(Err("disk full".into())));
        assert!(draft.message.as_ref().is_some_and(Message::is_error));
        assert!(draft.has_unsaved_changes(), "a failed write keeps the changes unsaved");
        draft.handle(Input::Saved(Ok(())));
        assert_eq!(draft.message, Some(Message::Saved));
        assert!(!draft.has_unsaved_changes());
    }

    #[test]
    fn a_bad_kiosk_name_or_hub_address_is_not_handed_over_and_says_which() {
        let mut draft = draft();
        assert!(!draft.has_unsaved_changes());
        for (setting, text, valid) in [
            (TypedSetting::KioskName, "Umeå 1", false),
            (TypedSetting::KioskName, "umea-1", true),
            (TypedSetting::HubUrl, "ftp://hub.example", false),
            (TypedSetting::HubUrl, "https://", false),
            (TypedSetting::HubUrl, "http://127.0.0.1:8080", true),
        ] {
            draft.handle(Input::Edit(Edit::StartTyping(setting)));
            assert!(draft.has_unsaved_changes(), "typing counts as a change");
            draft.typed = text.into();
            draft.handle(Input::Edit(Edit::FinishTyping { keep: true }));
            let effects = draft.handle(Input::Save);
            if valid {
                assert_eq!(effects, [Effect::Write(draft.settings.clone())], "{text}");
                draft.handle(Input::Saved(Ok(())));
            } else {
                assert_eq!((effects, draft.message.clone()), (vec![], Some(Message::Invalid(setting))), "{text}");
            }
        }
        draft.handle(Input::Edit(Edit::ChooseStaffLanguage("en".into())));
        assert!(draft.has_unsaved_changes());
        assert_eq!(draft.settings.staff_language, "en");
    }
}
