//! The kiosk controller: owns where the visitor is, fills the Slint globals and answers their
//! callbacks. Every screen change goes through here, so the idle reset, the language switch and
//! (later) the usage log see all of them.

mod librarian;

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::time::Duration;

use anyhow::{Context, Result};
use slint::platform::{Key, WindowEvent};
use slint::{ComponentHandle, Image, ModelRc, SharedString, Timer, TimerMode};

use crate::content::{Category, Content, Guide, Practice};
use crate::guide_view::{self, load_image, model};
use crate::i18n::Direction;
use crate::speech::{self, Speech};
use crate::ui::{
    AppWindow, Catalogue, CategoryItem, GuideItem, LanguageItem, Page, PracticeItem, Session, StepItem, Theme, Tr,
};
use librarian::LibrarianState;
use lotsen_records::{EventRecord, Settings, TextSize, UsageLog};
use lotsen_wire::EventKind;
use uuid::Uuid;

/// Where the visitor is. Everything on screen is derived from this.
#[derive(Debug, Clone, PartialEq)]
struct State {
    language: String,
    page: Page,
    /// The page the globe button was pressed on, to return to after choosing a language.
    return_page: Option<Page>,
    category: Option<Category>,
    guide: Option<String>,
    /// 1-based on the step page.
    step: usize,
    feedback_given: bool,
    help_open: bool,
    idle_open: bool,
    idle_seconds_left: u64,
    /// The visitor's text size.
    text_size: TextSize,
    high_contrast: bool,
    /// The visitor's random session id: set when they choose a language, forgotten at reset.
    session: Option<Uuid>,
    /// The open guide was started and neither finished nor left yet.
    guide_in_progress: bool,
    /// The step on screen is being read aloud.
    reading_aloud: bool,
    /// The QR codes for the visitor's phone are shown over the step.
    handoff_open: bool,
    /// The visitor's answer on the practice step on screen.
    practice: PracticeState,
}

/// A practice step's answer; belongs to one view of the step, like reading aloud.
#[derive(Debug, Clone, Default, PartialEq)]
struct PracticeState {
    /// The choice taken (index into the step's choices); none before choosing or after "try again".
    choice: Option<usize>,
    /// The first answer of this view is recorded; a retry is not.
    recorded: bool,
    /// Next was pressed before choosing: the visitor is asked to choose first.
    must_choose: bool,
}

impl State {
    fn fresh(language: String, text_size: TextSize) -> State {
        State {
            language,
            page: Page::Language,
            return_page: None,
            category: None,
            guide: None,
            step: 0,
            feedback_given: false,
            help_open: false,
            idle_open: false,
            idle_seconds_left: 0,
            text_size,
            high_contrast: false,
            session: None,
            guide_in_progress: false,
            reading_aloud: false,
            handoff_open: false,
            practice: PracticeState::default(),
        }
    }
}

pub struct Controller {
    /// Handed to callbacks and timers, which must not keep the controller alive.
    me: Weak<Controller>,
    window: AppWindow,
    content: Rc<Content>,
    /// Changed in librarian mode.
    settings: RefCell<Settings>,
    /// The languages offered, in order (settings, or every bundled one).
    languages: RefCell<Vec<String>>,
    state: RefCell<State>,
    librarian: RefCell<LibrarianState>,
    /// Where anonymous usage events go; none when rendering screens for authors.
    usage_log: Option<UsageLog>,
    idle_timer: Timer,
    countdown_timer: Timer,
    /// espeak-ng, when installed: reads the step aloud.
    speech: Option<Speech>,
    /// Notices when reading aloud has ended by itself.
    speech_timer: Timer,
}

impl Controller {
    /// Creates the window and wires its callbacks. The platform (window system, headless
    /// renderer or testing backend) must be chosen before.
    pub fn new(content: Content, settings: Settings, usage_log: Option<UsageLog>) -> Result<Rc<Controller>> {
        let window = AppWindow::new().context("creating the kiosk window")?;
        let mut languages: Vec<String> = if settings.languages.is_empty() {
            content.chrome.locales.codes().map(String::from).collect()
        } else {
            settings.languages.iter().filter(|code| content.chrome.locales.get(code).is_some()).cloned().collect()
        };
        if languages.is_empty() {
            tracing::warn!(languages = ?settings.languages, "none of the configured languages is bundled; offering all");
            languages = content.chrome.locales.codes().map(String::from).collect();
        }
        let state = RefCell::new(State::fresh(languages[0].clone(), settings.text_size));
        let controller = Rc::new_cyclic(|me| Controller {
            me: me.clone(),
            window,
            content: Rc::new(content),
            settings: RefCell::new(settings),
            languages: RefCell::new(languages),
            state,
            librarian: RefCell::default(),
            usage_log,
            idle_timer: Timer::default(),
            countdown_timer: Timer::default(),
            speech: Speech::find(),
            speech_timer: Timer::default(),
        });
        controller.bind();
        controller.refresh();
        Ok(controller)
    }

    pub fn window(&self) -> &AppWindow {
        &self.window
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    fn bind(&self) {
        guide_view::bind_text(&self.window.global::<Tr>(), self.content.clone());

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
                (|s, f| s.on_still_here(f), Controller::still_here),
                (|s, f| s.on_cycle_text_size(f), Controller::cycle_text_size),
                (|s, f| s.on_toggle_contrast(f), Controller::toggle_contrast),
                (|s, f| s.on_read_aloud(f), Controller::toggle_reading),
                (|s, f| s.on_show_handoff(f), |c| c.update(|state| state.handoff_open = true)),
                (|s, f| s.on_close_handoff(f), |c| c.update(|state| state.handoff_open = false)),
                (|s, f| s.on_try_practice_again(f), Controller::try_practice_again),
            ],
        );
        self.bind_librarian();
    }

    /// Connects each callback without arguments of a Slint global to the action it runs.
    fn bind_actions<G>(&self, global: &G, bindings: &[Binding<G>]) {
        for &(connect, action) in bindings {
            let me = self.me.clone();
            connect(global, Box::new(move || act(&me, action)));
        }
    }

    pub fn choose_language(&self, code: &str) {
        if self.content.chrome.locales.get(code).is_none() {
            tracing::warn!(code, "ignoring an unknown language");
            return;
        }
        let session = *self.state.borrow_mut().session.get_or_insert_with(|| {
            let session = Uuid::new_v4();
            self.record(EventRecord::new(EventKind::SessionStarted, session));
            session
        });
        self.record(EventRecord::new(EventKind::LanguageChosen, session).locale(code));
        self.update(|state| {
            state.language = code.to_string();
            state.page = state.return_page.take().unwrap_or(Page::Home);
        });
        self.encode_qr_codes();
    }

    pub fn show_languages(&self) {
        self.update(|state| {
            if state.page != Page::Language {
                state.return_page = Some(state.page);
            }
            state.page = Page::Language;
        });
    }

    pub fn show_home(&self) {
        self.leave_guide();
        self.update(|state| state.page = Page::Home);
    }

    pub fn open_category(&self, id: &str) {
        let Some(category) = Category::parse(id) else {
            tracing::warn!(id, "ignoring an unknown category");
            return;
        };
        self.leave_guide();
        self.update(|state| {
            state.category = Some(category);
            state.page = Page::GuideList;
        });
    }

    pub fn open_guide(&self, id: &str) {
        let Some(guide) = self.content.catalogue.guide(id) else {
            tracing::warn!(id, "ignoring an unknown guide");
            return;
        };
        let category = guide.category;
        self.leave_guide();
        self.update(|state| {
            state.category = Some(category);
            state.guide = Some(id.to_string());
            state.guide_in_progress = true;
            state.step = 0;
            state.feedback_given = false;
            state.page = Page::Needs;
        });
        self.record_in_guide(EventKind::GuideOpened, |e| e);
        self.encode_qr_codes();
    }

    /// The service's page and, where the library publishes them, the printable guide in the
    /// visitor's language. Encoded when the guide or language changes, not on every refresh.
    fn encode_qr_codes(&self) {
        let state = self.state.borrow();
        let Some(guide) = state.guide.as_deref().and_then(|id| self.content.catalogue.guide(id)) else { return };
        let session = self.window.global::<Session>();
        session.set_service_qr(crate::qr::image(&guide.service_url));
        let handout = self.settings.borrow().handout_url(&guide.id, &state.language);
        session.set_handout_qr(handout.map_or_else(Image::default, |url| crate::qr::image(&url)));
    }

    pub fn start_steps(&self) {
        self.update(|state| {
            state.step = 1;
            state.page = Page::Step;
        });
        self.record_step_reached();
    }

    pub fn next(&self) {
        let step_count = self.current_guide().map_or(0, |g| g.steps.len());
        let page = self.state.borrow().page;
        let must_choose = self.practice_on_screen().is_some() && self.state.borrow().practice.choice.is_none();
        match page {
            Page::Needs => self.start_steps(),
            Page::Step if must_choose => self.update(|state| state.practice.must_choose = true),
            Page::Step if self.state.borrow().step < step_count => {
                self.update(|state| state.step += 1);
                self.record_step_reached();
            }
            Page::Step => {
                self.record_in_guide(EventKind::GuideCompleted, |e| e);
                self.update(|state| {
                    state.guide_in_progress = false;
                    state.page = Page::Finish;
                });
            }
            _ => {}
        }
    }

    pub fn back(&self) {
        let page = self.state.borrow().page;
        match page {
            Page::Step if self.state.borrow().step > 1 => {
                self.update(|state| state.step -= 1);
                self.record_step_reached();
            }
            Page::Step => self.update(|state| state.page = Page::Needs),
            Page::Needs => self.open_category_of_guide(),
            Page::GuideList => self.show_home(),
            _ => {}
        }
    }

    fn open_category_of_guide(&self) {
        let category = self.state.borrow().category;
        if let Some(category) = category {
            self.open_category(category.id());
        }
    }

    pub fn set_help_open(&self, open: bool) {
        if open {
            self.record_in_guide(EventKind::HelpAsked, |e| e);
        }
        self.update(|state| state.help_open = open);
    }

    pub fn give_feedback(&self, helpful: bool) {
        if self.state.borrow().feedback_given {
            return;
        }
        self.record_in_guide(EventKind::FeedbackGiven, |e| e.helpful(helpful));
        self.update(|state| state.feedback_given = true);
    }

    /// Moves the keyboard focus as Tab (forward) or Shift+Tab would: the arrow keys do the same.
    pub fn move_focus(&self, forward: bool) {
        let text = SharedString::from(if forward { Key::Tab } else { Key::Backtab });
        let window = self.window.window();
        window.dispatch_event(WindowEvent::KeyPressed { text: text.clone() });
        window.dispatch_event(WindowEvent::KeyReleased { text });
    }

    /// The visitor takes choice `index` on the practice step on screen. Only the first answer of
    /// each view of the step is recorded: it shows what they would have done for real, while a
    /// retry after reading the explanation would only inflate the right answers.
    pub fn choose_practice(&self, index: usize) {
        let Some(correct) = self.practice_on_screen().filter(|p| index < p.choices.len()).map(|p| p.is_safe(index))
        else {
            tracing::warn!(index, "ignoring a choice outside a practice step's choices");
            return;
        };
        let practice = self.state.borrow().practice.clone();
        if practice.choice.is_some() {
            return;
        }
        if !practice.recorded {
            self.record_in_guide(EventKind::PracticeAnswered, |e| e.correct(correct));
        }
        self.update(|state| state.practice = PracticeState { choice: Some(index), recorded: true, must_choose: false });
    }

    /// Clears the answer so the visitor can choose again (not recorded again).
    pub fn try_practice_again(&self) {
        self.update(|state| state.practice = PracticeState { recorded: state.practice.recorded, ..Default::default() });
    }

    /// The practice on screen, when the visitor is on a practice step.
    fn practice_on_screen(&self) -> Option<&Practice> {
        let (page, step) = {
            let state = self.state.borrow();
            (state.page, state.step)
        };
        if page != Page::Step {
            return None;
        }
        self.current_guide()?.steps.get(step.checked_sub(1)?)?.practice.as_ref()
    }

    /// Normal, large, extra large, and round again.
    pub fn cycle_text_size(&self) {
        let next = self.state.borrow().text_size.next();
        self.set_text_size(next);
    }

    pub fn set_text_size(&self, text_size: TextSize) {
        self.update(|state| state.text_size = text_size);
    }

    pub fn toggle_contrast(&self) {
        self.update(|state| state.high_contrast = !state.high_contrast);
    }

    /// Back to the language screen with nothing of the previous visitor left.
    pub fn reset(&self) {
        self.leave_guide();
        if let Some(session) = self.state.borrow().session {
            self.record(EventRecord::new(EventKind::SessionEnded, session));
        }
        self.idle_timer.stop();
        self.countdown_timer.stop();
        self.close_librarian();
        let first_language = self.languages.borrow()[0].clone();
        let text_size = self.settings.borrow().text_size;
        self.update(|state| *state = State::fresh(first_language, text_size));
    }

    fn still_here(&self) {
        self.countdown_timer.stop();
        self.update(|state| state.idle_open = false);
    }

    /// Reads the step on screen aloud in the visitor's language, or stops if already reading.
    pub fn toggle_reading(&self) {
        let (reading, language) = {
            let state = self.state.borrow();
            (state.reading_aloud, state.language.clone())
        };
        let (Some(speech), Some(voice)) = (&self.speech, self.speech_voice(&language)) else { return };
        if reading {
            self.update(|state| state.reading_aloud = false);
            return;
        }
        let session = self.window.global::<Session>();
        let text = speech::step_script(&session.get_step(), &session.get_practice(), |key| {
            self.content.chrome.text(&language, key, None)
        });
        if let Err(error) = speech.speak(voice, &text, speech::Output::Speakers) {
            tracing::warn!("reading aloud: {error:#}");
            return;
        }
        self.update(|state| state.reading_aloud = true);
        let weak = self.me.clone();
        self.speech_timer.start(TimerMode::Repeated, Duration::from_millis(300), move || {
            let Some(controller) = weak.upgrade() else { return };
            if !controller.speech.as_ref().is_some_and(Speech::is_speaking) {
                controller.update(|state| state.reading_aloud = false);
            }
        });
    }

    /// The espeak-ng voice for a language, if it has one.
    fn speech_voice(&self, language: &str) -> Option<&str> {
        self.content.chrome.locales.get(language).and_then(|l| l.speech_voice.as_deref())
    }

    fn restart_idle_timer(&self) {
        if self.state.borrow().session.is_none() && !self.librarian_on_screen() {
            self.idle_timer.stop();
            return;
        }
        let weak = self.me.clone();
        self.idle_timer.start(TimerMode::SingleShot, self.settings.borrow().idle_timeout(), move || {
            if let Some(controller) = weak.upgrade() {
                controller.ask_if_still_there();
            }
        });
    }

    fn ask_if_still_there(&self) {
        let seconds = self.settings.borrow().idle_countdown().as_secs();
        self.update(|state| {
            state.idle_open = true;
            state.idle_seconds_left = seconds;
        });
        let weak = self.me.clone();
        self.countdown_timer.start(TimerMode::Repeated, Duration::from_secs(1), move || {
            let Some(controller) = weak.upgrade() else { return };
            let left = controller.state.borrow().idle_seconds_left.saturating_sub(1);
            if left == 0 {
                controller.reset();
            } else {
                controller.update(|state| state.idle_seconds_left = left);
            }
        });
    }

    /// Records that the visitor left the open guide unfinished, if they did.
    fn leave_guide(&self) {
        if self.state.borrow().guide_in_progress {
            self.record_in_guide(EventKind::GuideAbandoned, |e| e);
            self.state.borrow_mut().guide_in_progress = false;
        }
    }

    fn record_step_reached(&self) {
        self.record_in_guide(EventKind::StepReached, |e| e);
    }

    /// Records an event about where the visitor is: the open guide and step, and the language.
    fn record_in_guide(&self, kind: EventKind, fill: impl FnOnce(EventRecord) -> EventRecord) {
        let state = self.state.borrow();
        let Some(session) = state.session else { return };
        let mut event = EventRecord::new(kind, session).locale(state.language.as_str());
        if let Some(guide) = &state.guide {
            event = event.guide(guide.as_str()).step(state.step as u32);
        }
        drop(state);
        self.record(fill(event));
    }

    fn record(&self, event: EventRecord) {
        if let Some(usage_log) = &self.usage_log {
            if let Err(error) = usage_log.record(event) {
                tracing::warn!("usage event not recorded: {error:#}");
            }
        }
    }

    fn current_guide(&self) -> Option<&Guide> {
        self.state.borrow().guide.as_deref().and_then(|id| self.content.catalogue.guide(id))
    }

    fn update(&self, change: impl FnOnce(&mut State)) {
        let place = |state: &State| (state.page, state.step, state.guide.clone(), state.language.clone());
        let mut state = self.state.borrow_mut();
        let before = place(&state);
        change(&mut state);
        // Reading aloud and a practice answer belong to the step on screen: another step, page or
        // language (and the reset to a fresh state) ends them.
        if place(&state) != before {
            state.reading_aloud = false;
            state.practice = PracticeState::default();
        }
        let reading = state.reading_aloud;
        drop(state);
        if !reading {
            self.speech_timer.stop();
            if let Some(speech) = &self.speech {
                speech.stop();
            }
        }
        self.refresh();
    }

    /// Pushes the state into the globals. Cheap: a handful of short lists.
    fn refresh(&self) {
        let state = self.state.borrow().clone();
        let chrome = &self.content.chrome;
        let language = state.language.as_str();
        let chain = chrome.locales.chain(language);
        let text = |key: &str| SharedString::from(chrome.text(language, key, None));

        let theme = self.window.global::<Theme>();
        theme.set_text_scale(state.text_size.scale());
        theme.set_high_contrast(state.high_contrast);

        let tr = self.window.global::<Tr>();
        let rtl = chrome.locales.get(language).is_some_and(|l| l.direction == Direction::Rtl);
        tr.set_rtl(rtl);

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
            let guides: Vec<GuideItem> = self
                .content
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
        if let Some(guide) = state.guide.as_deref().and_then(|id| self.content.catalogue.guide(id)) {
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
        session.set_feedback_given(state.feedback_given);
        session.set_can_read_aloud(self.speech.is_some() && self.speech_voice(language).is_some());
        session.set_reading_aloud(state.reading_aloud);
        session.set_help_open(state.help_open);
        session.set_handoff_open(state.handoff_open);
        session.set_idle_open(state.idle_open);
        session.set_idle_seconds_left(state.idle_seconds_left as i32);
        session.set_page(state.page);
        self.refresh_librarian();
        // Last: every text bound to Tr.lang re-evaluates once, with the models already in place.
        tr.set_lang(language.into());
    }
}

/// A Slint global's callback without arguments, and the controller action it runs.
type Binding<G> = (fn(&G, Box<dyn FnMut()>), fn(&Controller));

/// Runs a visitor's action if the kiosk still exists; every action counts as the visitor being
/// there and restarts the idle timer.
fn act(controller: &Weak<Controller>, action: impl FnOnce(&Controller)) {
    if let Some(controller) = controller.upgrade() {
        action(&controller);
        controller.restart_idle_timer();
    }
}
