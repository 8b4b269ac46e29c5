//! The settings tab's draft of settings.toml, changed by touch alone (toggles, up/down, steppers
//! and an on-screen keyboard); Save hands it to the adapter to validate and write.

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
    /// The setting the on-screen keyboard is open for.
    pub typing: Option<TypedSetting>,
    pub typed: String,
    pub capitals: bool,
    pub message: Option<Message>,
}

impl SettingsDraft {
    /// A draft of the settings in use, with the languages the kiosk offers.
    pub fn new(settings: Settings, languages: Vec<String>) -> SettingsDraft {
        SettingsDraft { settings: Settings { languages, ..settings }, ..SettingsDraft::default() }
    }

    pub fn handle(&mut self, input: Input) -> Vec<Effect> {
        match input {
            Input::Edit(edit) => {
                // Any change makes the last message stale.
                self.message = None;
                self.edit(edit);
                Vec::new()
            }
            Input::Save => vec![Effect::Write(self.settings.clone())],
            Input::Saved(result) => {
                self.message = Some(result.map_or_else(Message::NotSaved, |()| Message::Saved));
                Vec::new()
            }
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
        draft.handle(Input::Saved(Err("hub_url: bad".into())));
        assert!(draft.message.as_ref().is_some_and(Message::is_error));
        draft.handle(Input::Saved(Ok(())));
        assert_eq!(draft.message, Some(Message::Saved));
    }
}
