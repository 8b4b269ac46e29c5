//! The settings tab: a draft of settings.toml changed by touch alone (toggles, up/down, steppers
//! and an on-screen keyboard), validated and written atomically on Save, then put to work.

use slint::{ComponentHandle, SharedString};

use super::super::{Controller, act};
use crate::guide_view::model;
use crate::ui::{EditedSetting, LanguageChoice, Librarian};
use lotsen_guide::librarian;
use lotsen_guide::settings_draft::{Edit, Input, Message, TypedSetting};
use lotsen_records::{Settings, TextSize};

impl Controller {
    pub(super) fn bind_settings_editor(&self, librarian: &Librarian) {
        let me = || self.me.clone();
        librarian.on_toggle_language({
            let me = me();
            move |code| act(&me, |c| c.toggle_language(&code))
        });
        librarian.on_move_language({
            let me = me();
            move |code, delta| act(&me, |c| c.edit_draft(Edit::MoveLanguage { code: code.into(), delta }))
        });
        librarian.on_change_idle_timeout({
            let me = me();
            move |direction| act(&me, |c| c.change_idle_timeout(direction))
        });
        librarian.on_choose_text_size({
            let me = me();
            move |size| {
                act(&me, |c| c.edit_draft(Edit::ChooseTextSize(TextSize::at(usize::try_from(size).unwrap_or(0)))))
            }
        });
        librarian.on_edit_setting({
            let me = me();
            move |setting| {
                act(&me, |c| {
                    if let Some(setting) = typed_setting(setting) {
                        c.edit_draft(Edit::StartTyping(setting));
                    }
                })
            }
        });
        librarian.on_type_key({
            let me = me();
            move |key| act(&me, |c| c.edit_draft(Edit::TypeKey(key.into())))
        });
        librarian.on_finish_editing({
            let me = me();
            move |keep| act(&me, |c| c.edit_draft(Edit::FinishTyping { keep }))
        });
        self.bind_actions(
            librarian,
            &[
                (|l, f| l.on_erase_key(f), |c| c.edit_draft(Edit::EraseKey)),
                (|l, f| l.on_toggle_capitals(f), |c| c.edit_draft(Edit::ToggleCapitals)),
                (|l, f| l.on_save_settings(f), Controller::save_settings),
                (|l, f| l.on_next_staff_language(f), Controller::next_staff_language),
            ],
        );
    }

    /// A change to the settings draft on screen: the first start's setup's, else the tab's.
    pub(super) fn edit_draft(&self, edit: Edit) {
        if self.setup_open() {
            return self.setup(lotsen_guide::setup::Input::Edit(edit));
        }
        self.change_draft(Input::Edit(edit));
    }

    fn change_draft(&self, input: Input) {
        self.librarian_mode(librarian::Input::Draft(input));
    }

    /// Shows or hides a bundled language; the last one shown stays (the kiosk needs a language).
    pub fn toggle_language(&self, code: &str) {
        if self.content().chrome.locales.get(code).is_some() {
            self.edit_draft(Edit::ToggleLanguage(code.to_string()));
        }
    }

    /// One step shorter (negative) or longer (positive) idle timeout in the draft.
    pub fn change_idle_timeout(&self, direction: i32) {
        self.edit_draft(Edit::ChangeIdleTimeout(direction));
    }

    /// The staff language steps through the bundled languages.
    pub fn next_staff_language(&self) {
        let codes: Vec<String> = self.content().chrome.locales.codes().map(String::from).collect();
        let current = self.librarian.borrow().draft.settings.staff_language.clone();
        let next = codes.iter().position(|code| *code == current).map_or(0, |index| (index + 1) % codes.len());
        self.edit_draft(Edit::ChooseStaffLanguage(codes[next].clone()));
    }

    /// Validates the draft and writes settings.toml atomically.
    pub fn save_settings(&self) {
        self.change_draft(Input::Save);
    }

    /// On success the kiosk uses the settings at once: languages, idle timeout, the next
    /// visitor's text size, the staff language, and the hub address, token and kiosk name (the
    /// sync worker takes them for its next round, which starts now).
    pub(super) fn write_settings(&self, settings: Settings) {
        let saved = match &self.usage_log {
            Some(log) => settings.save(log.data_dir()),
            None => Err(anyhow::anyhow!(
                "{}",
                self.content().chrome.text(&self.staff_language(), "settings-no-data-dir", None)
            )),
        };
        match saved {
            Ok(path) => {
                tracing::info!(file = %path.display(), "settings saved in librarian mode");
                self.apply_settings(settings);
                self.change_draft(Input::Saved(Ok(())));
            }
            Err(error) => {
                tracing::warn!("settings not saved: {error:#}");
                self.change_draft(Input::Saved(Err(format!("{error:#}"))));
            }
        }
    }

    pub(in crate::controller) fn apply_settings(&self, settings: Settings) {
        if let Some(worker) = &*self.sync_worker.borrow() {
            worker.use_settings(&settings);
        }
        *self.languages.borrow_mut() = settings.languages.clone();
        *self.settings.borrow_mut() = settings;
        self.refresh();
        self.report_facts();
        self.visit(lotsen_guide::visitor::Input::DefaultsChanged(self.defaults()));
    }

    pub(in crate::controller) fn refresh_settings_editor(&self) {
        let draft = self.setup_draft().unwrap_or_else(|| self.librarian.borrow().draft.clone());
        let draft = &draft;
        let content = self.content();
        let chrome = &content.chrome;
        let librarian = self.window.global::<Librarian>();
        let language = self.staff_language();
        let text = |key: &str| chrome.text(&language, key, None);
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
        let staff = chrome.locales.get(&draft.settings.staff_language);
        librarian.set_staff_language_name(staff.map_or(draft.settings.staff_language.as_str(), |l| &l.name).into());
        let not_set = || text("settings-not-set");
        let hub_url = Some(draft.settings.hub_url.clone()).filter(|url| !url.is_empty());
        librarian.set_hub_url(hub_url.unwrap_or_else(not_set).into());
        librarian.set_hub_token_hint(token_hint(&draft.settings.hub_token).unwrap_or_else(not_set).into());
        let message = match &draft.message {
            None if draft.has_unsaved_changes() => text("settings-unsaved"),
            None => String::new(),
            Some(Message::KeepOneLanguage) => text("settings-one-language"),
            Some(Message::Invalid(TypedSetting::KioskName)) => text("settings-invalid-kiosk-name"),
            Some(Message::Invalid(TypedSetting::HubUrl)) => text("settings-invalid-hub-url"),
            Some(Message::Invalid(TypedSetting::HubToken)) => text("settings-not-saved"),
            Some(Message::Saved) => text("settings-saved"),
            Some(Message::NotSaved(reason)) => format!("{} {reason}", text("settings-not-saved")),
        };
        librarian.set_settings_message(message.into());
        let from_hub: Vec<String> = self
            .central_settings
            .borrow()
            .entries()
            .into_iter()
            .map(|(key, _)| match key {
                "languages" => text("settings-languages"),
                "idle_timeout_secs" => text("settings-idle-timeout"),
                "text_size" => text("settings-text-size"),
                "handout_url" => text("settings-handout-url"),
                _ => text("settings-printer"),
            })
            .collect();
        let hub_note = if from_hub.is_empty() {
            String::new()
        } else {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("settings", from_hub.join("; "));
            chrome.text(&language, "settings-from-hub", Some(&args))
        };
        librarian.set_hub_settings(hub_note.into());
        librarian.set_settings_message_is_error(draft.message.as_ref().is_some_and(Message::is_error));
        librarian.set_editing_setting(edited_setting(draft.typing));
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

fn typed_setting(setting: EditedSetting) -> Option<TypedSetting> {
    match setting {
        EditedSetting::None => None,
        EditedSetting::KioskName => Some(TypedSetting::KioskName),
        EditedSetting::HubUrl => Some(TypedSetting::HubUrl),
        EditedSetting::HubToken => Some(TypedSetting::HubToken),
    }
}

fn edited_setting(setting: Option<TypedSetting>) -> EditedSetting {
    match setting {
        None => EditedSetting::None,
        Some(TypedSetting::KioskName) => EditedSetting::KioskName,
        Some(TypedSetting::HubUrl) => EditedSetting::HubUrl,
        Some(TypedSetting::HubToken) => EditedSetting::HubToken,
    }
}
