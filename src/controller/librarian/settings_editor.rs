//! The settings tab: a draft of settings.toml changed by touch alone (toggles, up/down, steppers
//! and an on-screen keyboard), validated and written atomically on Save, then put to work.

use slint::{ComponentHandle, SharedString};

use super::super::{Controller, act};
use crate::guide_view::model;
use crate::ui::{LanguageChoice, Librarian};
use lotsen_records::{Settings, TextSize};

/// The idle timeouts the − and + buttons step through, in seconds.
const IDLE_TIMEOUT_STEPS: [u64; 11] = [30, 60, 90, 120, 180, 240, 300, 600, 900, 1800, 3600];
/// Longer than any hub address or token.
const MAX_TYPED: usize = 300;

/// The settings typed on the on-screen keyboard.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum TypedSetting {
    KioskName,
    HubUrl,
    HubToken,
}

impl TypedSetting {
    fn parse(name: &str) -> Option<TypedSetting> {
        match name {
            "kiosk-name" => Some(TypedSetting::KioskName),
            "hub-url" => Some(TypedSetting::HubUrl),
            "hub-token" => Some(TypedSetting::HubToken),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            TypedSetting::KioskName => "kiosk-name",
            TypedSetting::HubUrl => "hub-url",
            TypedSetting::HubToken => "hub-token",
        }
    }

    fn field(self, settings: &mut Settings) -> &mut String {
        match self {
            TypedSetting::KioskName => &mut settings.kiosk_id,
            TypedSetting::HubUrl => &mut settings.hub_url,
            TypedSetting::HubToken => &mut settings.hub_token,
        }
    }
}

#[derive(Debug, Default)]
pub(super) struct SettingsDraft {
    settings: Settings,
    typing: Option<TypedSetting>,
    typed: String,
    capitals: bool,
    /// After Save: the message, and whether it is an error.
    message: Option<(String, bool)>,
}

impl Controller {
    pub(super) fn bind_settings_editor(&self, librarian: &Librarian) {
        let me = || self.me.clone();
        librarian.on_toggle_language({
            let me = me();
            move |code| act(&me, |c| c.toggle_language(&code))
        });
        librarian.on_move_language({
            let me = me();
            move |code, delta| act(&me, |c| c.move_language(&code, delta))
        });
        librarian.on_change_idle_timeout({
            let me = me();
            move |direction| act(&me, |c| c.change_idle_timeout(direction))
        });
        librarian.on_choose_text_size({
            let me = me();
            move |size| {
                let size = TextSize::ALL[usize::try_from(size).unwrap_or(0).min(TextSize::ALL.len() - 1)];
                act(&me, |c| c.edit_draft(|d| d.settings.text_size = size))
            }
        });
        librarian.on_edit_setting({
            let me = me();
            move |name| act(&me, |c| c.start_typing(&name))
        });
        librarian.on_type_key({
            let me = me();
            move |key| {
                act(&me, |c| {
                    c.edit_draft(|d| {
                        if d.typed.chars().count() + key.chars().count() <= MAX_TYPED {
                            d.typed.push_str(&key);
                        }
                    })
                })
            }
        });
        librarian.on_erase_key({
            let me = me();
            move || {
                act(&me, |c| {
                    c.edit_draft(|d| {
                        d.typed.pop();
                    })
                })
            }
        });
        librarian.on_toggle_capitals({
            let me = me();
            move || act(&me, |c| c.edit_draft(|d| d.capitals = !d.capitals))
        });
        librarian.on_finish_editing({
            let me = me();
            move |keep| act(&me, |c| c.finish_typing(keep))
        });
        librarian.on_save_settings({
            let me = me();
            move || act(&me, Controller::save_settings)
        });
    }

    /// A fresh draft of the settings in use, for the settings tab.
    pub(super) fn start_settings_draft(&self) {
        let mut settings = self.settings.borrow().clone();
        settings.languages = self.languages.borrow().clone();
        self.librarian.borrow_mut().draft = SettingsDraft { settings, ..SettingsDraft::default() };
        self.refresh_settings_editor();
    }

    fn edit_draft(&self, change: impl FnOnce(&mut SettingsDraft)) {
        let mut state = self.librarian.borrow_mut();
        state.draft.message = None;
        change(&mut state.draft);
        drop(state);
        self.refresh_settings_editor();
    }

    /// Shows or hides a language; the last one shown stays (the kiosk needs a language).
    pub fn toggle_language(&self, code: &str) {
        if self.content.chrome.locales.get(code).is_none() {
            return;
        }
        let message = self.content.chrome.text(&self.librarian_language(), "settings-one-language", None);
        self.edit_draft(|d| {
            let languages = &mut d.settings.languages;
            match languages.iter().position(|c| c == code) {
                Some(_) if languages.len() == 1 => d.message = Some((message, true)),
                Some(index) => {
                    languages.remove(index);
                }
                None => languages.push(code.to_string()),
            }
        });
    }

    /// Moves a shown language up (-1) or down (+1); the first is the default.
    pub fn move_language(&self, code: &str, delta: i32) {
        self.edit_draft(|d| {
            let languages = &mut d.settings.languages;
            let Some(index) = languages.iter().position(|c| c == code) else { return };
            let target = index as i64 + i64::from(delta.signum());
            if (0..languages.len() as i64).contains(&target) {
                languages.swap(index, target as usize);
            }
        });
    }

    /// One step shorter (-1) or longer (+1) along [`IDLE_TIMEOUT_STEPS`].
    pub fn change_idle_timeout(&self, direction: i32) {
        self.edit_draft(|d| {
            let current = d.settings.idle_timeout_secs;
            let next = if direction < 0 {
                IDLE_TIMEOUT_STEPS.iter().rev().find(|&&s| s < current)
            } else {
                IDLE_TIMEOUT_STEPS.iter().find(|&&s| s > current)
            };
            if let Some(&next) = next {
                d.settings.idle_timeout_secs = next;
            }
        });
    }

    fn start_typing(&self, name: &str) {
        let Some(setting) = TypedSetting::parse(name) else { return };
        self.edit_draft(|d| {
            d.typed = setting.field(&mut d.settings).clone();
            d.typing = Some(setting);
            d.capitals = false;
        });
    }

    fn finish_typing(&self, keep: bool) {
        self.edit_draft(|d| {
            if let Some(setting) = d.typing.take()
                && keep
            {
                *setting.field(&mut d.settings) = d.typed.trim().to_string();
            }
            d.typed.clear();
        });
    }

    /// Validates the draft and writes settings.toml atomically; on success the kiosk uses it at
    /// once (languages, idle timeout, the next visitor's text size), the hub from the next start.
    pub fn save_settings(&self) {
        let language = self.librarian_language();
        let text = |key: &str| self.content.chrome.text(&language, key, None);
        let draft = self.librarian.borrow().draft.settings.clone();
        let saved = match &self.usage_log {
            Some(log) => draft.save(log.data_dir()),
            None => Err(anyhow::anyhow!("{}", text("settings-no-data-dir"))),
        };
        let message = match saved {
            Ok(path) => {
                tracing::info!(file = %path.display(), "settings saved in librarian mode");
                self.apply_settings(draft);
                (text("settings-saved"), false)
            }
            Err(error) => {
                tracing::warn!("settings not saved: {error:#}");
                (format!("{} {error:#}", text("settings-not-saved")), true)
            }
        };
        self.librarian.borrow_mut().draft.message = Some(message);
        self.refresh_settings_editor();
    }

    fn apply_settings(&self, settings: Settings) {
        *self.languages.borrow_mut() = settings.languages.clone();
        let visitor_present = self.state.borrow().session.is_some();
        if !visitor_present {
            self.state.borrow_mut().text_size = settings.text_size;
        }
        *self.settings.borrow_mut() = settings;
        self.refresh();
    }

    pub(super) fn refresh_settings_editor(&self) {
        let librarian_state = self.librarian.borrow();
        let draft = &librarian_state.draft;
        let chrome = &self.content.chrome;
        let librarian = self.window.global::<Librarian>();
        let shown = draft.settings.languages.iter().filter_map(|code| chrome.locales.get(code));
        let hidden = chrome.locales.codes().filter(|code| !draft.settings.languages.iter().any(|c| c == code));
        let choices: Vec<LanguageChoice> = shown
            .map(|l| (l, true))
            .chain(hidden.filter_map(|code| chrome.locales.get(code)).map(|l| (l, false)))
            .map(|(l, enabled)| LanguageChoice { code: l.code.as_str().into(), name: l.name.as_str().into(), enabled })
            .collect();
        librarian.set_language_choices(model(choices));
        librarian.set_idle_timeout_seconds(draft.settings.idle_timeout_secs as i32);
        librarian.set_text_size_default(u8::from(draft.settings.text_size).into());
        librarian.set_kiosk_name(draft.settings.kiosk_id.as_str().into());
        let not_set = || chrome.text(&self.librarian_language(), "settings-not-set", None);
        let hub_url = Some(draft.settings.hub_url.clone()).filter(|url| !url.is_empty());
        librarian.set_hub_url(hub_url.unwrap_or_else(not_set).into());
        librarian.set_hub_token_hint(token_hint(&draft.settings.hub_token).unwrap_or_else(not_set).into());
        let (message, is_error) = draft.message.clone().unwrap_or_default();
        librarian.set_settings_message(message.into());
        librarian.set_settings_message_is_error(is_error);
        librarian.set_editing_setting(draft.typing.map_or("", TypedSetting::name).into());
        librarian.set_editing_text(SharedString::from(draft.typed.as_str()));
        librarian.set_capitals(draft.capitals);
    }
}

/// The token's last four characters, so staff can tell which one is set without showing it.
fn token_hint(token: &str) -> Option<String> {
    let count = token.chars().count();
    if count == 0 {
        return None;
    }
    let tail: String = token.chars().skip(count.saturating_sub(4)).collect();
    Some(format!("…{tail}"))
}
