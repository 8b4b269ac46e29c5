//! Librarian mode: the PIN pad behind a 3-second press on the logo, and the staff page over the
//! visitor's screen with its tabs (figures, languages and settings, printing), the question asked
//! over it (unsaved settings, Quit), the settings draft and the print job. The visitor's place is
//! untouched underneath; the idle reset closes it all ([`Input::Leave`]).

use uuid::Uuid;

use super::pin_pad::{self, PinPad};
use super::print_job::{self, PrintJob};
use super::settings_draft::{self, Edit, SettingsDraft};
use lotsen_records::{EventRecord, Settings};
use lotsen_wire::EventKind;

/// The tabs of librarian mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Overview,
    Languages,
    Settings,
    Print,
}

impl Tab {
    /// The languages and settings tabs change one settings draft, kept while going between them.
    fn edits_settings(self) -> bool {
        matches!(self, Tab::Languages | Tab::Settings)
    }
}

/// The question asked over librarian mode, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Confirm {
    #[default]
    None,
    /// Close with unsaved settings: save, discard or keep editing.
    UnsavedChanges,
    Quit,
}

/// What librarian mode reads of the rest of the kiosk when it handles an input.
#[derive(Debug, Clone, Copy)]
pub struct Kiosk<'a> {
    /// The settings in use, which a new settings draft starts from.
    pub settings: &'a Settings,
    /// The languages offered, in order.
    pub languages: &'a [String],
    /// The visitor's session on screen underneath, if a language was chosen.
    pub session: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// To the PIN pad; the right PIN opens librarian mode.
    Pad(pin_pad::Input),
    /// Opens librarian mode without the pad (`lotsen render` draws the page this way).
    Open,
    ShowTab(Tab),
    /// "I helped this visitor".
    MarkAssisted,
    /// Close: asks first when the settings draft has unsaved changes.
    Close,
    SaveAndClose,
    DiscardAndClose,
    /// Leaves without asking, as the idle reset does; an unsaved draft is kept (typing finished)
    /// for the settings tab next time.
    Leave,
    AskToQuit,
    /// Quit, confirmed.
    Quit,
    CancelConfirm,
    /// To the settings draft of the languages and settings tabs.
    Draft(settings_draft::Input),
    /// To the print job of the print tab.
    Print(print_job::Input),
    /// The first start's setup has set the PIN: the pad checks against this hash from now on.
    PinSet(String),
    /// A service manager (systemd) starts the kiosk again when it ends, so Quit says so.
    RestartedByService(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Check `pin` against `hash` off the UI thread; answer with `Input::Pad(Checked(verdict))`.
    CheckPin {
        pin: String,
        hash: String,
    },
    /// Store this hash of the same PIN in the settings (made at today's cost).
    StorePinHash(String),
    /// Read today's and the week's figures, the sync state and the coverage for the overview tab.
    LoadFigures,
    /// Look up the printer and list the guides for the print tab.
    LoadPrintTab,
    /// Write these settings and use them; answer with `Input::Draft(Saved(…))`.
    WriteSettings(Settings),
    Record(EventRecord),
    /// Start drawing or sending a handout; answer with `Input::Print(Ended(…))`.
    Print(print_job::Effect),
    /// End the kiosk: the visitor's session starts over and the window closes.
    Quit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Librarian {
    pub pad: PinPad,
    pub open: bool,
    pub tab: Tab,
    /// The visitor session marked as helped, so it is marked once.
    assisted_session: Option<Uuid>,
    /// The languages and settings tabs' draft.
    pub draft: SettingsDraft,
    pub print: PrintJob,
    pub confirm: Confirm,
    /// A service manager starts the kiosk again when it ends.
    pub restarted_by_service: bool,
    /// Save and close was pressed: close once the settings are written.
    close_when_saved: bool,
}

impl Librarian {
    /// Librarian mode behind a PIN pad that checks against `pin_hash` (empty: no PIN set).
    pub fn new(pin_hash: String) -> Librarian {
        Librarian {
            pad: PinPad::new(pin_hash),
            open: false,
            tab: Tab::default(),
            assisted_session: None,
            draft: SettingsDraft::default(),
            print: PrintJob::default(),
            confirm: Confirm::None,
            restarted_by_service: false,
            close_when_saved: false,
        }
    }

    /// Librarian mode or its PIN pad is on screen: the idle reset must still come to close it.
    pub fn on_screen(&self) -> bool {
        self.open || self.pad.open
    }

    /// The visitor `session` is marked as helped.
    pub fn assisted(&self, session: Option<Uuid>) -> bool {
        session.is_some() && self.assisted_session == session
    }

    pub fn handle(&mut self, input: Input, kiosk: Kiosk) -> Vec<Effect> {
        match input {
            Input::Pad(input) => return self.press_pad(input),
            Input::Open => return self.open(),
            Input::ShowTab(tab) if self.open => {
                let was_editing = self.tab.edits_settings();
                self.tab = tab;
                match tab {
                    Tab::Overview => return vec![Effect::LoadFigures],
                    Tab::Print => return vec![Effect::LoadPrintTab],
                    // A fresh draft of the settings in use, unless one with unsaved changes is
                    // waiting (left by the idle reset).
                    _ if !was_editing && !self.draft.has_unsaved_changes() => {
                        self.draft = SettingsDraft::new(kiosk.settings.clone(), kiosk.languages.to_vec());
                    }
                    _ => {}
                }
            }
            Input::ShowTab(_) => {}
            Input::MarkAssisted => {
                if let Some(session) = kiosk.session
                    && self.open
                    && self.assisted_session != Some(session)
                {
                    self.assisted_session = Some(session);
                    return vec![Effect::Record(EventRecord::new(EventKind::AssistedMarked, session))];
                }
            }
            Input::Close if self.open && self.draft.has_unsaved_changes() => self.confirm = Confirm::UnsavedChanges,
            Input::Close | Input::Leave => return self.leave(),
            Input::SaveAndClose => {
                self.confirm = Confirm::None;
                self.close_when_saved = true;
                let effects = self.change_draft(settings_draft::Input::Save);
                if effects.is_empty() {
                    // Not valid, so nothing to write: closes if nothing is unsaved, else stays and
                    // the draft's message says why.
                    return self.close_if_saved();
                }
                return effects;
            }
            Input::DiscardAndClose => {
                self.draft = SettingsDraft::default();
                return self.leave();
            }
            Input::AskToQuit if self.open => self.confirm = Confirm::Quit,
            Input::Quit if self.open => return vec![Effect::Quit],
            Input::AskToQuit | Input::Quit => {}
            Input::CancelConfirm => self.confirm = Confirm::None,
            Input::Draft(input) => {
                let saved = matches!(input, settings_draft::Input::Saved(_));
                let mut effects = self.change_draft(input);
                if saved {
                    effects.extend(self.close_if_saved());
                }
                return effects;
            }
            Input::Print(input) => return self.print.handle(input).into_iter().map(Effect::Print).collect(),
            Input::PinSet(pin_hash) => self.pad = PinPad::new(pin_hash),
            Input::RestartedByService(restarted) => self.restarted_by_service = restarted,
        }
        Vec::new()
    }

    fn press_pad(&mut self, input: pin_pad::Input) -> Vec<Effect> {
        let mut effects = Vec::new();
        for effect in self.pad.handle(input) {
            match effect {
                pin_pad::Effect::Check { pin, hash } => effects.push(Effect::CheckPin { pin, hash }),
                pin_pad::Effect::StoreHash(hash) => effects.push(Effect::StorePinHash(hash)),
                pin_pad::Effect::Unlocked => effects.extend(self.open()),
            }
        }
        effects
    }

    fn open(&mut self) -> Vec<Effect> {
        self.pad.handle(pin_pad::Input::Close);
        self.open = true;
        self.tab = Tab::Overview;
        vec![Effect::LoadFigures]
    }

    fn change_draft(&mut self, input: settings_draft::Input) -> Vec<Effect> {
        self.draft
            .handle(input)
            .into_iter()
            .map(|effect| match effect {
                settings_draft::Effect::Write(settings) => Effect::WriteSettings(settings),
            })
            .collect()
    }

    /// After Save and close: leaves if the draft was saved, else stays (the message says why).
    fn close_if_saved(&mut self) -> Vec<Effect> {
        if !std::mem::take(&mut self.close_when_saved) || self.draft.has_unsaved_changes() {
            return Vec::new();
        }
        self.leave()
    }

    fn leave(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        if self.draft.typing.is_some() {
            effects = self.change_draft(settings_draft::Input::Edit(Edit::FinishTyping { keep: true }));
        }
        self.open = false;
        self.confirm = Confirm::None;
        self.close_when_saved = false;
        if !self.draft.has_unsaved_changes() {
            self.draft = SettingsDraft::default();
        }
        self.pad.handle(pin_pad::Input::Close);
        effects
    }
}

#[cfg(test)]
mod tests {
    use lotsen_records::pin;

    use super::*;

    fn settings() -> Settings {
        Settings { kiosk_id: "main-library".into(), ..Settings::default() }
    }

    fn languages() -> Vec<String> {
        vec!["sv".to_string(), "en".to_string()]
    }

    /// Sends `input` with these settings and no visitor.
    fn send(librarian: &mut Librarian, input: Input) -> Vec<Effect> {
        librarian.handle(input, Kiosk { settings: &settings(), languages: &languages(), session: None })
    }

    fn edit(librarian: &mut Librarian, edit: Edit) {
        assert_eq!(send(librarian, Input::Draft(settings_draft::Input::Edit(edit))), []);
    }

    /// On the settings tab, opens the keyboard for `setting` and types `text` after its value.
    fn type_on_settings_tab(librarian: &mut Librarian, setting: settings_draft::TypedSetting, text: &str) {
        send(librarian, Input::ShowTab(Tab::Settings));
        edit(librarian, Edit::StartTyping(setting));
        edit(librarian, Edit::TypeKey(text.into()));
    }

    /// Librarian mode opened without a PIN, as `lotsen render` opens it (a PIN check costs half a
    /// second of Argon2; the first test goes through the pad).
    fn opened() -> Librarian {
        let mut librarian = Librarian::new(String::new());
        assert_eq!(send(&mut librarian, Input::Open), [Effect::LoadFigures]);
        librarian
    }

    #[test]
    fn the_right_pin_opens_the_overview_and_a_wrong_one_does_not() {
        let mut librarian = Librarian::new(pin::hash("2468").unwrap());
        let try_pin = |librarian: &mut Librarian, typed: &str| {
            assert_eq!(send(librarian, Input::Pad(pin_pad::Input::Open)), []);
            for digit in typed.chars() {
                send(librarian, Input::Pad(pin_pad::Input::Digit(digit.to_string())));
            }
            let effects = send(librarian, Input::Pad(pin_pad::Input::Submit));
            let [Effect::CheckPin { pin, hash }] = effects.as_slice() else { panic!("{effects:?}") };
            send(librarian, Input::Pad(pin_pad::Input::Checked(pin::check(pin, hash))))
        };
        assert_eq!(try_pin(&mut librarian, "1357"), []);
        assert!(!librarian.open && librarian.pad.open, "a wrong PIN leaves the pad open");
        assert!(librarian.on_screen(), "the pad counts as on screen");
        assert_eq!(send(&mut librarian, Input::ShowTab(Tab::Settings)), [], "no tabs while closed");
        assert_eq!(librarian.tab, Tab::Overview);

        send(&mut librarian, Input::ShowTab(Tab::Print));
        assert_eq!(try_pin(&mut librarian, "2468"), [Effect::LoadFigures]);
        assert!(librarian.open && !librarian.pad.open, "the pad gives way to librarian mode");
        assert_eq!((librarian.tab, librarian.confirm), (Tab::Overview, Confirm::None));
        assert!(librarian.on_screen());
    }

    #[test]
    fn the_tabs_load_what_they_show_and_share_one_settings_draft() {
        let mut librarian = opened();
        assert_eq!(send(&mut librarian, Input::ShowTab(Tab::Print)), [Effect::LoadPrintTab]);
        assert_eq!(send(&mut librarian, Input::ShowTab(Tab::Languages)), []);
        assert_eq!(librarian.draft, SettingsDraft::new(settings(), languages()), "a draft of the settings in use");
        edit(&mut librarian, Edit::ToggleLanguage("en".into()));
        send(&mut librarian, Input::ShowTab(Tab::Settings));
        assert_eq!(librarian.draft.settings.languages, ["sv"], "the draft is kept between its two tabs");
        assert_eq!(send(&mut librarian, Input::ShowTab(Tab::Overview)), [Effect::LoadFigures]);
        send(&mut librarian, Input::ShowTab(Tab::Settings));
        assert_eq!(librarian.draft.settings.languages, ["sv"], "an unsaved draft waits for its tab");
    }

    #[test]
    fn close_asks_about_unsaved_settings_and_save_and_close_leaves_once_written() {
        let mut librarian = opened();
        assert_eq!(send(&mut librarian, Input::Close), []);
        assert!(!librarian.on_screen(), "nothing unsaved: Close leaves at once");

        let mut librarian = opened();
        send(&mut librarian, Input::ShowTab(Tab::Settings));
        edit(&mut librarian, Edit::ChangeIdleTimeout(1));
        send(&mut librarian, Input::Close);
        assert!(librarian.open);
        assert_eq!(librarian.confirm, Confirm::UnsavedChanges);
        send(&mut librarian, Input::CancelConfirm);
        assert_eq!((librarian.open, librarian.confirm), (true, Confirm::None), "keep editing");

        let written = Settings { languages: languages(), idle_timeout_secs: 180, ..settings() };
        send(&mut librarian, Input::Close);
        assert_eq!(send(&mut librarian, Input::SaveAndClose), [Effect::WriteSettings(written.clone())]);
        assert_eq!(librarian.confirm, Confirm::None);
        assert!(librarian.open, "open until the settings are written");
        send(&mut librarian, Input::Draft(settings_draft::Input::Saved(Err("disk full".into()))));
        assert!(librarian.open, "a failed write keeps librarian mode open");
        assert_eq!(librarian.draft.message, Some(settings_draft::Message::NotSaved("disk full".into())));
        assert!(librarian.draft.has_unsaved_changes());

        send(&mut librarian, Input::Draft(settings_draft::Input::Save));
        send(&mut librarian, Input::Draft(settings_draft::Input::Saved(Ok(()))));
        assert!(librarian.open, "a plain Save does not close");
        edit(&mut librarian, Edit::ChangeIdleTimeout(-1));
        send(&mut librarian, Input::Close);
        assert_eq!(send(&mut librarian, Input::SaveAndClose).len(), 1);
        send(&mut librarian, Input::Draft(settings_draft::Input::Saved(Ok(()))));
        assert!(!librarian.open && librarian.confirm == Confirm::None, "written, then closed");
        assert_eq!(librarian.draft, SettingsDraft::default(), "a saved draft is not kept");
    }

    #[test]
    fn save_and_close_with_a_bad_setting_stays_and_says_which() {
        let mut librarian = opened();
        type_on_settings_tab(&mut librarian, settings_draft::TypedSetting::HubUrl, "hub");
        edit(&mut librarian, Edit::FinishTyping { keep: true });
        send(&mut librarian, Input::Close);
        assert_eq!(send(&mut librarian, Input::SaveAndClose), []);
        assert!(librarian.open);
        let invalid = settings_draft::Message::Invalid(settings_draft::TypedSetting::HubUrl);
        assert_eq!(librarian.draft.message, Some(invalid));
        send(&mut librarian, Input::DiscardAndClose);
        assert!(!librarian.open);
        assert_eq!(librarian.draft, SettingsDraft::default(), "discarded");
    }

    #[test]
    fn the_idle_reset_leaves_without_asking_and_keeps_an_unsaved_draft_for_next_time() {
        let mut librarian = opened();
        type_on_settings_tab(&mut librarian, settings_draft::TypedSetting::KioskName, "-2");
        send(&mut librarian, Input::AskToQuit);
        assert_eq!(send(&mut librarian, Input::Leave), []);
        assert!(!librarian.on_screen());
        assert_eq!(librarian.confirm, Confirm::None);
        assert_eq!(librarian.draft.typing, None, "typing is finished, keeping the text");
        assert_eq!(librarian.draft.settings.kiosk_id, "main-library-2");

        let mut librarian = Librarian { open: true, ..librarian };
        send(&mut librarian, Input::ShowTab(Tab::Settings));
        assert_eq!(librarian.draft.settings.kiosk_id, "main-library-2", "shown again on the settings tab");

        send(&mut librarian, Input::Pad(pin_pad::Input::Open));
        send(&mut librarian, Input::Leave);
        assert!(!librarian.pad.open, "the idle reset closes the pad too");
    }

    #[test]
    fn a_visitor_is_marked_as_helped_once_and_only_in_librarian_mode() {
        let visitor = Some(Uuid::new_v4());
        let settings = Settings::default();
        let with = |session| Kiosk { settings: &settings, languages: &[], session };
        let mut librarian = Librarian::new(String::new());
        assert_eq!(librarian.handle(Input::MarkAssisted, with(visitor)), [], "not while closed");

        let mut librarian = opened();
        assert_eq!(librarian.handle(Input::MarkAssisted, with(None)), [], "no visitor, no mark");
        let effects = librarian.handle(Input::MarkAssisted, with(visitor));
        let [Effect::Record(event)] = effects.as_slice() else { panic!("{effects:?}") };
        assert_eq!((event.kind, Some(event.session)), (EventKind::AssistedMarked, visitor));
        assert!(librarian.assisted(visitor) && !librarian.assisted(None));
        assert_eq!(librarian.handle(Input::MarkAssisted, with(visitor)), [], "once per visitor");
        let next = Some(Uuid::new_v4());
        assert!(!librarian.assisted(next));
        assert_eq!(librarian.handle(Input::MarkAssisted, with(next)).len(), 1, "the next visitor anew");
    }

    #[test]
    fn quit_asks_first_and_only_in_librarian_mode() {
        let mut librarian = Librarian::new(String::new());
        send(&mut librarian, Input::RestartedByService(true));
        assert!(librarian.restarted_by_service);
        assert_eq!(send(&mut librarian, Input::AskToQuit), []);
        assert_eq!(send(&mut librarian, Input::Quit), [], "closed: nothing to quit from");
        assert_eq!(librarian.confirm, Confirm::None);

        send(&mut librarian, Input::Pad(pin_pad::Input::Open));
        assert_eq!(librarian.pad.message, pin_pad::Message::NoPinSet);
        assert_eq!(send(&mut librarian, Input::Open), [Effect::LoadFigures], "as `lotsen render` opens it");
        assert!(!librarian.pad.open);
        send(&mut librarian, Input::AskToQuit);
        assert_eq!(librarian.confirm, Confirm::Quit);
        assert_eq!(send(&mut librarian, Input::Quit), [Effect::Quit]);

        send(&mut librarian, Input::PinSet(pin::hash("1357").unwrap()));
        send(&mut librarian, Input::Pad(pin_pad::Input::Open));
        assert_eq!(librarian.pad.message, pin_pad::Message::Enter, "the PIN the setup set is asked for");
    }

    #[test]
    fn printing_goes_to_the_print_job() {
        let mut librarian = opened();
        let request = print_job::Request {
            guide: "1177-login".into(),
            language: "sv".into(),
            pdf: "/tmp/handout.pdf".into(),
            title: "Logga in".into(),
            printer: None,
        };
        let draw =
            print_job::Effect::Draw { guide: request.guide.clone(), language: "sv".into(), pdf: request.pdf.clone() };
        assert_eq!(send(&mut librarian, Input::Print(print_job::Input::Print(Some(request)))), [Effect::Print(draw)]);
        assert!(librarian.print.busy());
        send(&mut librarian, Input::Print(print_job::Input::Ended(Ok(()))));
        assert_eq!(librarian.print.message, Some(print_job::Message::Saved { pdf: "/tmp/handout.pdf".into() }));
    }
}
