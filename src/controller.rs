//! The kiosk controller: owns where the visitor is, fills the Slint globals and answers their
//! callbacks. Every screen change goes through here, so the idle reset, the language switch and
//! (later) the usage log see all of them.

mod librarian;
mod setup;

use std::cell::{OnceCell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use anyhow::{Context, Result};
use fluent_bundle::FluentArgs;
use slint::platform::{Key, WindowEvent};
use slint::{ComponentHandle, Image, ModelRc, SharedString, Timer, TimerMode};

use crate::guide_view::{self, load_image, model};
use crate::printing::PrintSetup;
use crate::read_aloud::{self, Utterance};
use crate::speech::{Say, Speech};
use crate::ui::{
    AppWindow, Catalogue, CategoryItem, GuideItem, LanguageItem, Page, PracticeItem, Session, StepItem, Theme, Tr,
};
use crate::updates::{ContentFetcher, ContentStore, HubCompanion, KioskFacts};
use lotsen_guide::TICK;
use lotsen_guide::librarian::Librarian;
use lotsen_guide::visitor::{Defaults, Effect, Input, Page as VisitorPage, Visitor};
use lotsen_guide::{Category, Content};
use lotsen_records::{EventRecord, Settings, SyncCompanion, SyncWorker, TextSize, UsageLog, pin};
use lotsen_wire::CentralSettings;
use setup::SetupState;

pub struct Controller {
    /// Handed to callbacks and timers, which must not keep the controller alive.
    me: Weak<Controller>,
    window: AppWindow,
    /// Replaced by a content pack from the hub at an idle reset.
    content: RefCell<Rc<Content>>,
    /// The content packs on disk, when the kiosk takes them from a hub.
    content_store: OnceCell<ContentStore>,
    /// What the sync worker reports about this kiosk; found again when languages or content change.
    reported_facts: Arc<Mutex<KioskFacts>>,
    /// The settings the hub sets for this kiosk, in use (over settings.toml's).
    central_settings: RefCell<CentralSettings>,
    /// Changed in librarian mode.
    settings: RefCell<Settings>,
    /// The languages offered, in order (settings, or every bundled one).
    languages: RefCell<Vec<String>>,
    visitor: RefCell<Visitor>,
    librarian: RefCell<Librarian>,
    /// The verdict of the PIN check under way, and the timer that waits for it.
    pin_check: RefCell<Option<Receiver<pin::Verdict>>>,
    pin_check_poll: Timer,
    /// The first start's setup, while it is on screen.
    setup_state: RefCell<SetupState>,
    /// Looks for the answer of the setup's Test connection.
    setup_poll: Timer,
    /// Where anonymous usage events go; none when rendering screens for authors.
    usage_log: Option<UsageLog>,
    /// Sends the usage log to the hub; given new settings when the librarian saves them.
    sync_worker: RefCell<Option<SyncWorker>>,
    /// Ticks the visitor's session while someone is at the kiosk (idle question and wipe).
    visitor_clock: Timer,
    /// Ticks the PIN pad's lock.
    pin_lock_clock: Timer,
    /// How handouts are drawn and printed; none when rendering screens for authors.
    print_setup: RefCell<Option<PrintSetup>>,
    /// The process drawing or sending a handout, and the timer that watches it.
    print_process: RefCell<Option<std::process::Child>>,
    print_poll: Timer,
    /// Read-aloud (recordings and espeak-ng), when there is a sound device to play on.
    speech: Option<Speech>,
    /// Notices when reading aloud has ended by itself.
    speech_timer: Timer,
}

impl Controller {
    /// Creates the window and wires its callbacks. The platform (window system, headless
    /// renderer or testing backend) must be chosen before.
    pub fn new(content: Content, settings: Settings, usage_log: Option<UsageLog>) -> Result<Rc<Controller>> {
        let window = AppWindow::new().context("creating the kiosk window")?;
        let languages = offered_languages(&settings, &content);
        let visitor = RefCell::new(Visitor::new(defaults(&settings, &languages)));
        let speech = Speech::find(&settings.audio_device);
        let librarian = RefCell::new(Librarian::new(settings.librarian_pin.clone()));
        let controller = Rc::new_cyclic(|me| Controller {
            me: me.clone(),
            window,
            content: RefCell::new(Rc::new(content)),
            content_store: OnceCell::new(),
            reported_facts: Arc::default(),
            central_settings: RefCell::default(),
            settings: RefCell::new(settings),
            languages: RefCell::new(languages),
            visitor,
            librarian,
            pin_check: RefCell::default(),
            pin_check_poll: Timer::default(),
            setup_state: RefCell::default(),
            setup_poll: Timer::default(),
            usage_log,
            sync_worker: RefCell::default(),
            visitor_clock: Timer::default(),
            pin_lock_clock: Timer::default(),
            print_setup: RefCell::default(),
            print_process: RefCell::default(),
            print_poll: Timer::default(),
            speech,
            speech_timer: Timer::default(),
        });
        controller.bind();
        controller.refresh();
        controller.report_facts();
        Ok(controller)
    }

    /// Starts sending the usage log to the hub in the settings; saved settings reach the worker
    /// at once. Without a usage log (rendering screens) there is nothing to send. With content
    /// updates enabled, the worker also fetches content packs at each sync.
    pub fn start_sync(&self) -> Result<()> {
        if let Some(log) = &self.usage_log {
            let config = lotsen_records::SyncConfig::from_settings(&self.settings.borrow());
            let companion = self.content_store.get().map(|store| {
                let fetcher = ContentFetcher::new(store.clone(), &self.settings.borrow());
                self.report_facts();
                let facts = self.reported_facts.clone();
                Box::new(HubCompanion::new(fetcher, store.clone(), log.data_dir().to_path_buf(), facts))
                    as Box<dyn SyncCompanion>
            });
            *self.sync_worker.borrow_mut() = Some(SyncWorker::start_with(log, config, companion)?);
        }
        Ok(())
    }

    /// What the kiosk's next status report tells the hub about itself (see [`KioskFacts`]).
    pub fn kiosk_facts(&self) -> KioskFacts {
        self.reported_facts.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Finds the kiosk's facts again for the next status report to the hub.
    fn report_facts(&self) {
        let facts = self.find_kiosk_facts();
        *self.reported_facts.lock().unwrap_or_else(PoisonError::into_inner) = facts;
    }

    /// The offered languages it reads aloud (an espeak-ng voice, or at least one recording in
    /// the content), and whether handouts have a printer.
    fn find_kiosk_facts(&self) -> KioskFacts {
        let read_aloud = match &self.speech {
            Some(_) => {
                let content = self.content();
                let heard =
                    |code: &String| self.speech_voice(code).is_some() || read_aloud::has_recordings(&content, code);
                self.languages.borrow().iter().filter(|code| heard(code)).cloned().collect()
            }
            None => Vec::new(),
        };
        KioskFacts { read_aloud, printer_configured: self.printer_configured() }
    }

    pub fn window(&self) -> &AppWindow {
        &self.window
    }

    /// The content on screen (the bundled content or a pack from the hub).
    pub fn content(&self) -> Rc<Content> {
        self.content.borrow().clone()
    }

    /// Switches to the content pack the sync worker stages in `store`, and to the settings from
    /// the hub it keeps there, at each idle reset; the settings kept from before apply now.
    pub fn enable_content_updates(&self, store: ContentStore) {
        if self.content_store.set(store).is_err() {
            tracing::warn!("content updates were enabled twice; the first store stays");
        }
        self.take_central_settings();
    }

    /// The settings from the hub, if they changed: over the settings in use, at once (at start
    /// or an idle reset, with nobody at the kiosk).
    fn take_central_settings(&self) {
        let Some(store) = self.content_store.get() else { return };
        let central = store.state().settings;
        if central == *self.central_settings.borrow() {
            return;
        }
        let content = self.content();
        let missing = central.languages.iter().flatten().find(|code| content.chrome.locales.get(code).is_none());
        let merged = match missing {
            Some(code) => Err(anyhow::anyhow!("languages: {code} is not a language of this kiosk's content")),
            None => self.settings.borrow().with_central(&central),
        };
        match merged {
            Ok(settings) => {
                tracing::info!(?central, "settings from the hub in use");
                *self.central_settings.borrow_mut() = central;
                self.apply_settings(settings);
                // Nobody at the kiosk: the language screen starts over with the new defaults.
                if self.visitor.borrow().session.is_none() {
                    self.visit(Input::StartOver);
                }
            }
            Err(error) => {
                store.record_problem(lotsen_wire::Problem::SettingsRefused, None, format!("{error:#}"));
            }
        }
    }

    /// At an idle reset, with nobody at the kiosk: the staged content pack, if any, goes on screen.
    fn switch_to_staged_content(&self) {
        let Some((content, version)) = self.content_store.get().and_then(ContentStore::take_staged) else { return };
        let content = Rc::new(content);
        *self.languages.borrow_mut() = offered_languages(&self.settings.borrow(), &content);
        *self.content.borrow_mut() = content.clone();
        guide_view::bind_text(&self.window.global::<Tr>(), content);
        self.visit(Input::DefaultsChanged(self.defaults()));
        // Every text bound to Tr.lang re-evaluates with the new content.
        self.window.global::<Tr>().set_lang(SharedString::default());
        self.refresh();
        self.report_facts();
        tracing::info!(version, "the content switched at the idle reset");
    }

    fn bind(&self) {
        guide_view::bind_text(&self.window.global::<Tr>(), self.content());

        let session = self.window.global::<Session>();
        let me = || self.me.clone();
        session.on_choose_language({
            let me = me();
            move |code| act(&me, |c| c.choose_language(&code))
        });
        session.on_open_category({
            let me = me();
            move |id| act(&me, |c| c.open_category(&id))
        });
        session.on_open_guide({
            let me = me();
            move |id| act(&me, |c| c.open_guide(&id))
        });
        session.on_give_feedback({
            let me = me();
            move |helpful| act(&me, |c| c.give_feedback(helpful))
        });
        session.on_move_focus({
            let me = me();
            move |forward| act(&me, |c| c.move_focus(forward))
        });
        session.on_missing_need({
            let me = me();
            move |index| act(&me, |c| c.missing_need(usize::try_from(index).unwrap_or(usize::MAX)))
        });
        session.on_choose_practice({
            let me = me();
            move |index| act(&me, |c| c.choose_practice(usize::try_from(index).unwrap_or(usize::MAX)))
        });
        self.bind_actions(
            &session,
            &[
                (|s, f| s.on_show_languages(f), Controller::show_languages),
                (|s, f| s.on_show_home(f), Controller::show_home),
                (|s, f| s.on_start_steps(f), Controller::start_steps),
                (|s, f| s.on_next(f), Controller::next),
                (|s, f| s.on_back(f), Controller::back),
                (|s, f| s.on_ask_librarian(f), |c| c.set_help_open(true)),
                (|s, f| s.on_close_help(f), |c| c.set_help_open(false)),
                (|s, f| s.on_start_over(f), Controller::reset),
                (|s, f| s.on_still_here(f), |c| c.visit(Input::StillHere)),
                (|s, f| s.on_cycle_text_size(f), |c| c.visit(Input::CycleTextSize)),
                (|s, f| s.on_toggle_contrast(f), |c| c.visit(Input::ToggleContrast)),
                (|s, f| s.on_read_aloud(f), Controller::toggle_reading),
                (|s, f| s.on_show_handoff(f), |c| c.visit(Input::SetHandoffOpen(true))),
                (|s, f| s.on_close_handoff(f), |c| c.visit(Input::SetHandoffOpen(false))),
                (|s, f| s.on_try_practice_again(f), Controller::try_practice_again),
            ],
        );
        self.bind_librarian();
        self.bind_setup();
    }

    /// Connects each callback without arguments of a Slint global to the action it runs.
    fn bind_actions<G>(&self, global: &G, bindings: &[Binding<G>]) {
        for &(connect, action) in bindings {
            let me = self.me.clone();
            connect(global, Box::new(move || act(&me, action)));
        }
    }

    /// Hands `input` to the visitor's session, then shows the result and carries out its effects
    /// with the session no longer borrowed, so an effect may send the next input.
    fn visit(&self, input: Input) {
        let restart_clock = matches!(input, Input::Activity { .. });
        let (before, effects) = {
            let mut visitor = self.visitor.borrow_mut();
            let before = visitor.clone();
            let effects = visitor.handle(input, &self.content());
            (before, effects)
        };
        let (changed, new_place) = {
            let visitor = self.visitor.borrow();
            (!visitor.looks_like(&before), (visitor.guide != before.guide || visitor.language != before.language))
        };
        if changed {
            self.refresh();
        }
        if new_place {
            self.encode_qr_codes();
        }
        self.keep_visitor_clock(restart_clock);
        for effect in effects {
            self.carry_out(effect);
        }
    }

    fn carry_out(&self, effect: Effect) {
        match effect {
            Effect::Record(event) => self.record(event),
            Effect::StartReading => self.read_aloud(self.screen_script()),
            Effect::SayLanguage { code } => {
                self.read_aloud(read_aloud::language_button(&self.content(), &code).into_iter().collect())
            }
            Effect::StopReading => {
                self.speech_timer.stop();
                if let Some(speech) = &self.speech {
                    speech.stop();
                }
            }
            Effect::Wiped => {
                self.leave_librarian_mode();
                self.switch_to_staged_content();
                self.take_central_settings();
            }
        }
    }

    /// Ticks the session while it wants them; a touch restarts the count from the touch.
    fn keep_visitor_clock(&self, restart: bool) {
        if !self.visitor.borrow().wants_ticks() {
            self.visitor_clock.stop();
        } else if restart || !self.visitor_clock.running() {
            let weak = self.me.clone();
            self.visitor_clock.start(TimerMode::Repeated, TICK, move || {
                if let Some(controller) = weak.upgrade() {
                    controller.visit(Input::Tick);
                }
            });
        }
    }

    pub fn choose_language(&self, code: &str) {
        self.visit(Input::ChooseLanguage(code.to_string()));
    }

    pub fn show_languages(&self) {
        self.visit(Input::ShowLanguages);
    }

    pub fn show_home(&self) {
        self.visit(Input::ShowHome);
    }

    pub fn open_category(&self, id: &str) {
        match Category::parse(id) {
            Some(category) => self.visit(Input::OpenCategory(category)),
            None => tracing::warn!(id, "ignoring an unknown category"),
        }
    }

    pub fn open_guide(&self, id: &str) {
        self.visit(Input::OpenGuide(id.to_string()));
    }

    /// The service's page and, where the library publishes them, the printable guide in the
    /// visitor's language. Encoded when the guide or language changes, not on every refresh.
    fn encode_qr_codes(&self) {
        let visitor = self.visitor.borrow();
        let content = self.content();
        let Some(guide) = visitor.guide(&content) else { return };
        let session = self.window.global::<Session>();
        session.set_service_qr(crate::qr::image(&guide.service_url));
        let handout = self.settings.borrow().handout_url(&guide.id, &visitor.language);
        session.set_handout_qr(handout.map_or_else(Image::default, |url| crate::qr::image(&url)));
    }

    pub fn start_steps(&self) {
        self.visit(Input::StartSteps);
    }

    pub fn next(&self) {
        self.visit(Input::Next);
    }

    pub fn back(&self) {
        self.visit(Input::Back);
    }

    pub fn set_help_open(&self, open: bool) {
        self.visit(Input::SetHelpOpen(open));
    }

    pub fn give_feedback(&self, helpful: bool) {
        self.visit(Input::GiveFeedback { helpful });
    }

    /// Moves the keyboard focus as Tab (forward) or Shift+Tab would: the arrow keys do the same.
    pub fn move_focus(&self, forward: bool) {
        let text = SharedString::from(if forward { Key::Tab } else { Key::Backtab });
        let window = self.window.window();
        window.dispatch_event(WindowEvent::KeyPressed { text: text.clone() });
        window.dispatch_event(WindowEvent::KeyReleased { text });
    }

    /// "I don't have this" beside item `index` of the needs list.
    pub fn missing_need(&self, index: usize) {
        self.visit(Input::MissingNeed(index));
    }

    /// The visitor takes choice `index` on the practice step on screen.
    pub fn choose_practice(&self, index: usize) {
        self.visit(Input::ChoosePractice(index));
    }

    /// Clears the answer so the visitor can choose again (not recorded again).
    pub fn try_practice_again(&self) {
        self.visit(Input::TryPracticeAgain);
    }

    pub fn set_text_size(&self, text_size: TextSize) {
        self.visit(Input::SetTextSize(text_size));
    }

    /// Back to the language screen with nothing of the previous visitor left.
    pub fn reset(&self) {
        self.visit(Input::StartOver);
    }

    /// The speaker button: reads the screen aloud, or stops if already reading.
    pub fn toggle_reading(&self) {
        if self.can_read_aloud() {
            self.visit(Input::ToggleReading);
        }
    }

    /// What the speaker button reads now: the screen or the dialog over it.
    pub fn screen_script(&self) -> Vec<Utterance> {
        read_aloud::screen(&self.visitor.borrow(), &self.content(), &self.languages.borrow())
    }

    /// A speaker button is offered: something on the screen can be heard, a recording of it or
    /// a voice for its language.
    fn can_read_aloud(&self) -> bool {
        self.speech.is_some() && !self.sounds(&self.screen_script()).is_empty()
    }

    /// What is played for `script`: recordings where they exist, else the language's voice.
    fn sounds(&self, script: &[Utterance]) -> Vec<Say> {
        read_aloud::sounds(&self.content(), script, |language| self.speech_voice(language))
    }

    /// Plays `script` in turn (see [`Controller::sounds`]); the session hears when it has ended.
    fn read_aloud(&self, script: Vec<Utterance>) {
        let Some(speech) = &self.speech else { return self.visit(Input::ReadingEnded) };
        let sounds = self.sounds(&script);
        if sounds.is_empty() {
            return self.visit(Input::ReadingEnded);
        }
        speech.play_all(sounds);
        let weak = self.me.clone();
        self.speech_timer.start(TimerMode::Repeated, Duration::from_millis(300), move || {
            let Some(controller) = weak.upgrade() else { return };
            if !controller.speech.as_ref().is_some_and(Speech::is_speaking) {
                controller.speech_timer.stop();
                controller.visit(Input::ReadingEnded);
            }
        });
    }

    /// The espeak-ng voice for a language, if it has one and espeak-ng runs.
    fn speech_voice(&self, language: &str) -> Option<String> {
        self.speech.as_ref().filter(|speech| speech.has_voice())?;
        self.content().chrome.locales.get(language).and_then(|l| l.speech_voice.clone())
    }

    /// Read-aloud, when there is a sound device (for tests: what is playing).
    pub fn speech(&self) -> Option<&Speech> {
        self.speech.as_ref()
    }

    /// What each new visitor starts with, from the settings in use.
    fn defaults(&self) -> Defaults {
        defaults(&self.settings.borrow(), &self.languages.borrow())
    }

    fn record(&self, event: EventRecord) {
        if let Some(usage_log) = &self.usage_log
            && let Err(error) = usage_log.record(event)
        {
            tracing::warn!("usage event not recorded: {error:#}");
        }
    }

    /// Pushes the state into the globals. Cheap: a handful of short lists.
    fn refresh(&self) {
        let state = self.visitor.borrow().clone();
        let content = self.content();
        let chrome = &content.chrome;
        let language = state.language.as_str();
        let chain = chrome.locales.chain(language);
        let text = |key: &str| SharedString::from(chrome.text(language, key, None));

        let theme = self.window.global::<Theme>();
        theme.set_text_scale(state.text_size.scale());
        theme.set_high_contrast(state.high_contrast);

        let catalogue = self.window.global::<Catalogue>();
        let languages: Vec<LanguageItem> = self
            .languages
            .borrow()
            .iter()
            .filter_map(|code| chrome.locales.get(code))
            .map(|l| LanguageItem { code: l.code.as_str().into(), name: l.name.as_str().into() })
            .collect();
        catalogue.set_languages(model(languages));
        let categories: Vec<CategoryItem> = Category::ALL
            .iter()
            .map(|c| CategoryItem { id: c.id().into(), title: text(&format!("category-{}", c.id())) })
            .collect();
        catalogue.set_categories(model(categories));
        if let Some(category) = state.category {
            catalogue.set_category_title(text(&format!("category-{}", category.id())));
            let guides: Vec<GuideItem> = content
                .catalogue
                .in_category(category)
                .map(|g| GuideItem {
                    id: g.id.as_str().into(),
                    title: g.text(&chain, "title", None).into(),
                    summary: g.text(&chain, "summary", None).into(),
                    duration: chrome.count(language, "duration", g.minutes.into()).into(),
                    icon: load_image(&g.icon),
                })
                .collect();
            catalogue.set_guides(model(guides));
        }

        let session = self.window.global::<Session>();
        if let Some(guide) = state.guide(&content) {
            session.set_guide_title(guide.text(&chain, "title", None).into());
            session.set_needs(guide_view::needs(guide, &chain));
            let index = state.step.clamp(1, guide.steps.len()) - 1;
            session.set_step(guide_view::step(guide, &chain, index));
            let practice = guide_view::practice(guide, &chain, index, state.practice.choice);
            session.set_practice(PracticeItem { must_choose: state.practice.must_choose, ..practice });
            session.set_step_number(state.step as i32);
            session.set_step_count(guide.steps.len() as i32);
            session.set_progress_label(guide_view::step_progress(chrome, language, state.step, guide.steps.len()));
        } else {
            session.set_guide_title(SharedString::default());
            session.set_needs(ModelRc::default());
            session.set_step(StepItem::default());
            session.set_practice(PracticeItem::default());
            session.set_service_qr(Image::default());
            session.set_handout_qr(Image::default());
        }
        let paused_title = state.paused.last().and_then(|place| content.catalogue.guide(&place.guide));
        let return_label = paused_title.map(|guide| {
            let mut args = FluentArgs::new();
            args.set("guide", guide.text(&chain, "title", None));
            chrome.text(language, "return-to-guide", Some(&args))
        });
        session.set_return_label(return_label.unwrap_or_default().into());
        session.set_feedback_given(state.feedback_given);
        session.set_can_read_aloud(self.can_read_aloud());
        session.set_reading_aloud(state.reading_aloud);
        session.set_speaker_on(state.speaker_on);
        session.set_help_open(state.help_open);
        session.set_handoff_open(state.handoff_open);
        session.set_idle_open(state.idle_question.is_running());
        session.set_idle_seconds_left(state.idle_question.seconds_left() as i32);
        session.set_page(page(state.page));
        // Last, with the models in place: the shown language (the staff's in librarian mode).
        self.refresh_librarian();
    }
}

/// A Slint global's callback without arguments, and the controller action it runs.
type Binding<G> = (fn(&G, Box<dyn FnMut()>), fn(&Controller));

/// Runs a visitor's action if the kiosk still exists; every action counts as someone being
/// there and starts the idle time again.
fn act(controller: &Weak<Controller>, action: impl FnOnce(&Controller)) {
    if let Some(controller) = controller.upgrade() {
        action(&controller);
        let librarian_on_screen = controller.librarian_on_screen();
        controller.visit(Input::Activity { librarian_on_screen });
    }
}

/// The languages offered, in order: the settings' that the content has, or all it has.
fn offered_languages(settings: &Settings, content: &Content) -> Vec<String> {
    let languages: Vec<String> =
        settings.languages.iter().filter(|code| content.chrome.locales.get(code).is_some()).cloned().collect();
    if languages.is_empty() {
        if !settings.languages.is_empty() {
            tracing::warn!(languages = ?settings.languages, "none of the configured languages is bundled; offering all");
        }
        return content.chrome.locales.codes().map(String::from).collect();
    }
    languages
}

fn defaults(settings: &Settings, languages: &[String]) -> Defaults {
    Defaults {
        language: languages[0].clone(),
        text_size: settings.text_size,
        idle_timeout: settings.idle_timeout(),
        idle_countdown: settings.idle_countdown(),
        help_pause: settings.help_pause(),
    }
}

fn page(page: VisitorPage) -> Page {
    match page {
        VisitorPage::Language => Page::Language,
        VisitorPage::Home => Page::Home,
        VisitorPage::GuideList => Page::GuideList,
        VisitorPage::Needs => Page::Needs,
        VisitorPage::Step => Page::Step,
        VisitorPage::Finish => Page::Finish,
    }
}
