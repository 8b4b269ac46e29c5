//! The visitor's session: where they are (page, guide, step), their practice answers, text size
//! and contrast, the help dialog, reading aloud, and the idle question that wipes it all for the
//! next visitor.

use std::time::Duration;

use lotsen_wire::EventKind;
use uuid::Uuid;

use super::clock::Countdown;
use crate::content::{Category, Content, Guide, Practice};
use lotsen_records::{EventRecord, TextSize};

/// The visitor's screens, in the order of a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Language,
    Home,
    GuideList,
    Needs,
    Step,
    Finish,
}

/// What the kiosk falls back to for each new visitor, from the settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Defaults {
    /// The first language offered.
    pub language: String,
    pub text_size: TextSize,
    /// Quiet time before the kiosk asks "Are you still there?".
    pub idle_timeout: Duration,
    /// How long the question counts down before the wipe.
    pub idle_countdown: Duration,
    /// After "Ask a librarian" closes, how long the idle question still waits.
    pub help_pause: Duration,
}

/// Everything the visitor can do, and what time and the rest of the kiosk tell the session.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A bundled language code; unknown ones are ignored.
    ChooseLanguage(String),
    ShowLanguages,
    ShowHome,
    OpenCategory(Category),
    /// A guide id; unknown ones are ignored.
    OpenGuide(String),
    /// "I don't have this" beside item N (0-based) of the "what you need" list: the guide that
    /// explains how to get it, with the visitor's place kept.
    MissingNeed(usize),
    StartSteps,
    Next,
    Back,
    SetHelpOpen(bool),
    GiveFeedback {
        helpful: bool,
    },
    /// An index into the practice step's choices.
    ChoosePractice(usize),
    TryPracticeAgain,
    CycleTextSize,
    SetTextSize(TextSize),
    ToggleContrast,
    /// The speaker button: starts reading the screen aloud, or stops if already reading. On the
    /// language screen it also turns the speaker on there (see [`Visitor::speaker_on`]).
    ToggleReading,
    /// The speech ended by itself or could not start.
    ReadingEnded,
    SetHandoffOpen(bool),
    StillHere,
    /// "Start over", and the end of the idle countdown.
    StartOver,
    /// Someone touched the kiosk (also in librarian mode, which the idle reset must close too).
    Activity {
        librarian_on_screen: bool,
    },
    /// One [`super::TICK`] has passed.
    Tick,
    /// The librarian saved new settings: they apply from now on.
    DefaultsChanged(Defaults),
}

/// What the adapter carries out after the session changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// An anonymous usage event for the log.
    Record(EventRecord),
    /// Read the screen (or the dialog over it) aloud; the visitor's language is in the state.
    StartReading,
    /// Say a language's own name and "choose this language" in that language.
    SayLanguage {
        code: String,
    },
    StopReading,
    /// The kiosk is wiped for the next visitor: whatever else is open (librarian mode) closes.
    Wiped,
}

/// A practice step's answer; belongs to one view of the step, like reading aloud.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PracticeAnswer {
    /// The choice taken (index into the step's choices); none before choosing or after "try again".
    pub choice: Option<usize>,
    /// The first answer of this view is recorded; a retry is not.
    pub recorded: bool,
    /// Next was pressed before choosing: the visitor is asked to choose first.
    pub must_choose: bool,
}

/// A guide the visitor left for the guide about something they lacked, to return to.
#[derive(Debug, Clone, PartialEq)]
pub struct PausedGuide {
    pub guide: String,
    category: Option<Category>,
    page: Page,
    step: usize,
    feedback_given: bool,
    in_progress: bool,
}

/// Time since the last touch, which the visitor does not see.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct IdleWatch {
    quiet_seconds: u64,
    /// Librarian mode or its PIN pad was on screen at the last touch: watched even with no visitor.
    librarian_on_screen: bool,
    /// Runs after "Ask a librarian" closed: the visitor may be at the desk, so no idle question.
    help_pause: Countdown,
}

/// Where the visitor is. Everything on the visitor's screen is derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct Visitor {
    pub language: String,
    pub page: Page,
    /// The page the globe button was pressed on, to return to after choosing a language.
    pub return_page: Option<Page>,
    pub category: Option<Category>,
    pub guide: Option<String>,
    /// 1-based on the step page.
    pub step: usize,
    pub feedback_given: bool,
    pub help_open: bool,
    /// "Are you still there?" is asked while this runs; its end wipes the session.
    pub idle_question: Countdown,
    pub text_size: TextSize,
    pub high_contrast: bool,
    /// The visitor's random session id: set when they choose a language, forgotten at the wipe.
    pub session: Option<Uuid>,
    /// The open guide was started and neither finished nor left yet.
    pub guide_in_progress: bool,
    /// The screen is being read aloud.
    pub reading_aloud: bool,
    /// The speaker was turned on on the language screen: a language button, tapped, says its
    /// name and "choose this language" in that language; tapped again, it is chosen.
    pub speaker_on: bool,
    /// The language button last said (with the speaker on).
    pub language_heard: Option<String>,
    /// The QR codes for the visitor's phone are shown over the step.
    pub handoff_open: bool,
    /// The visitor's answer on the practice step on screen.
    pub practice: PracticeAnswer,
    /// Guides left by "I don't have this", latest last: Back on the needs screen (or on the
    /// finish page) of the guide opened from there returns to the latest.
    pub paused: Vec<PausedGuide>,
    idle: IdleWatch,
    defaults: Defaults,
}

impl Visitor {
    /// The language screen, waiting for the next visitor.
    pub fn new(defaults: Defaults) -> Visitor {
        Visitor {
            language: defaults.language.clone(),
            page: Page::Language,
            return_page: None,
            category: None,
            guide: None,
            step: 0,
            feedback_given: false,
            help_open: false,
            idle_question: Countdown::default(),
            text_size: defaults.text_size,
            high_contrast: false,
            session: None,
            guide_in_progress: false,
            reading_aloud: false,
            speaker_on: false,
            language_heard: None,
            handoff_open: false,
            practice: PracticeAnswer::default(),
            paused: Vec::new(),
            idle: IdleWatch::default(),
            defaults,
        }
    }

    /// Applies `input` and returns what to carry out, in order. `content` is what the visitor
    /// can open.
    pub fn handle(&mut self, input: Input, content: &Content) -> Vec<Effect> {
        let mut effects = Vec::new();
        let place = |v: &Visitor| (v.page, v.step, v.guide.clone(), v.language.clone());
        // What is on screen: the place and the dialog over it, if any.
        let screen = |v: &Visitor| (place(v), v.help_open, v.handoff_open, v.idle_question.is_running());
        let (place_before, screen_before) = (place(self), screen(self));
        self.apply(input, content, &mut effects);
        // A practice answer belongs to the step on screen: another step, page or language (and
        // the wipe) ends it.
        if place(self) != place_before {
            self.practice = PracticeAnswer::default();
            self.speaker_on = false;
            self.language_heard = None;
        }
        // Reading aloud belongs to what is on screen: any other screen or dialog ends it.
        if screen(self) != screen_before {
            self.stop_reading(&mut effects);
        }
        effects
    }

    /// The same screen as `other`: only the time since the last touch may differ.
    pub fn looks_like(&self, other: &Visitor) -> bool {
        Visitor { idle: other.idle, ..self.clone() } == *other
    }

    /// Ticks matter: someone is at the kiosk or the idle question is counting down.
    pub fn wants_ticks(&self) -> bool {
        self.session.is_some() || self.idle.librarian_on_screen || self.idle_question.is_running()
    }

    pub fn guide<'c>(&self, content: &'c Content) -> Option<&'c Guide> {
        content.catalogue.guide(self.guide.as_deref()?)
    }

    /// The practice on screen, when the visitor is on a practice step.
    pub fn practice_on_screen<'c>(&self, content: &'c Content) -> Option<&'c Practice> {
        if self.page != Page::Step {
            return None;
        }
        self.guide(content)?.steps.get(self.step.checked_sub(1)?)?.practice.as_ref()
    }

    fn apply(&mut self, input: Input, content: &Content, effects: &mut Vec<Effect>) {
        match input {
            Input::ChooseLanguage(code) if self.speaker_on && self.language_heard.as_ref() != Some(&code) => {
                if content.chrome.locales.get(&code).is_some() {
                    self.stop_reading(effects);
                    self.reading_aloud = true;
                    effects.push(Effect::SayLanguage { code: code.clone() });
                    self.language_heard = Some(code);
                }
            }
            Input::ChooseLanguage(code) => self.choose_language(code, content, effects),
            Input::ShowLanguages => {
                if self.page != Page::Language {
                    self.return_page = Some(self.page);
                }
                self.page = Page::Language;
            }
            Input::ShowHome => {
                self.leave_guide(effects);
                self.abandon_paused(effects);
                self.page = Page::Home;
            }
            Input::OpenCategory(category) => self.open_category(category, effects),
            Input::OpenGuide(id) => {
                if content.catalogue.guide(&id).is_some() {
                    self.abandon_paused(effects);
                }
                self.open_guide(&id, content, effects);
            }
            Input::MissingNeed(index) => self.open_missing_need(index, content, effects),
            Input::StartSteps => self.start_steps(effects),
            Input::Next => self.next(content, effects),
            Input::Back => self.back(effects),
            Input::SetHelpOpen(open) => {
                if open {
                    self.record_in_guide(EventKind::HelpAsked, effects);
                } else if self.help_open {
                    self.idle.help_pause = Countdown::start(self.defaults.help_pause);
                }
                self.help_open = open;
            }
            Input::GiveFeedback { helpful } => {
                if !self.feedback_given {
                    self.record_in_guide_with(EventKind::FeedbackGiven, effects, |e| e.helpful(helpful));
                    self.feedback_given = true;
                }
            }
            Input::ChoosePractice(index) => self.choose_practice(index, content, effects),
            Input::TryPracticeAgain => {
                self.practice = PracticeAnswer { recorded: self.practice.recorded, ..PracticeAnswer::default() };
            }
            Input::CycleTextSize => self.text_size = self.text_size.next(),
            Input::SetTextSize(size) => self.text_size = size,
            Input::ToggleContrast => self.high_contrast = !self.high_contrast,
            Input::ToggleReading if self.reading_aloud => {
                self.stop_reading(effects);
                self.speaker_on = false;
                self.language_heard = None;
            }
            Input::ToggleReading => {
                self.reading_aloud = true;
                self.speaker_on = self.page == Page::Language && !self.idle_question.is_running();
                effects.push(Effect::StartReading);
            }
            Input::ReadingEnded => self.stop_reading(effects),
            Input::SetHandoffOpen(open) => self.handoff_open = open,
            Input::StillHere => self.idle_question = Countdown::default(),
            Input::StartOver => self.wipe(effects),
            Input::Activity { librarian_on_screen } => {
                self.idle = IdleWatch { quiet_seconds: 0, librarian_on_screen, ..self.idle };
            }
            Input::Tick => self.tick(effects),
            Input::DefaultsChanged(defaults) => {
                // The visitor on the kiosk keeps the text size they chose; the next one gets the new one.
                if self.session.is_none() {
                    self.text_size = defaults.text_size;
                }
                self.defaults = defaults;
            }
        }
    }

    fn choose_language(&mut self, code: String, content: &Content, effects: &mut Vec<Effect>) {
        if content.chrome.locales.get(&code).is_none() {
            tracing::warn!(code, "ignoring an unknown language");
            return;
        }
        let session = *self.session.get_or_insert_with(|| {
            let session = Uuid::new_v4();
            effects.push(Effect::Record(EventRecord::new(EventKind::SessionStarted, session)));
            session
        });
        effects.push(Effect::Record(EventRecord::new(EventKind::LanguageChosen, session).locale(code.as_str())));
        self.language = code;
        self.page = self.return_page.take().unwrap_or(Page::Home);
    }

    fn open_category(&mut self, category: Category, effects: &mut Vec<Effect>) {
        self.leave_guide(effects);
        self.abandon_paused(effects);
        self.category = Some(category);
        self.page = Page::GuideList;
    }

    fn open_guide(&mut self, id: &str, content: &Content, effects: &mut Vec<Effect>) {
        let Some(guide) = content.catalogue.guide(id) else {
            tracing::warn!(id, "ignoring an unknown guide");
            return;
        };
        self.leave_guide(effects);
        self.category = Some(guide.category);
        self.guide = Some(id.to_string());
        self.guide_in_progress = true;
        self.step = 0;
        self.feedback_given = false;
        self.page = Page::Needs;
        self.record_in_guide(EventKind::GuideOpened, effects);
    }

    /// Records which item the visitor lacked, keeps their place in this guide (paused, not
    /// abandoned) and opens the guide that explains how to get the item.
    fn open_missing_need(&mut self, index: usize, content: &Content, effects: &mut Vec<Effect>) {
        let need = self.guide(content).filter(|_| self.page == Page::Needs).and_then(|guide| guide.needs.get(index));
        let Some((need_id, target)) = need.and_then(|need| Some((need.id.clone(), need.get_it.clone()?))) else {
            tracing::warn!(index, "ignoring \"I don't have this\" for an item without a guide to get it");
            return;
        };
        let Some(guide) = self.guide.clone() else { return };
        self.record_in_guide_with(EventKind::NeedMissing, effects, |event| event.need(need_id));
        self.paused.push(PausedGuide {
            guide,
            category: self.category,
            page: self.page,
            step: self.step,
            feedback_given: self.feedback_given,
            in_progress: self.guide_in_progress,
        });
        self.guide_in_progress = false;
        self.open_guide(&target, content, effects);
    }

    /// Back to the latest paused guide, where the visitor left it; the guide they return from is
    /// left (abandoned if unfinished).
    fn return_to_paused(&mut self, effects: &mut Vec<Effect>) {
        let Some(place) = self.paused.pop() else { return };
        self.leave_guide(effects);
        self.guide = Some(place.guide);
        self.category = place.category;
        self.page = place.page;
        self.step = place.step;
        self.feedback_given = place.feedback_given;
        self.guide_in_progress = place.in_progress;
    }

    /// The visitor went elsewhere: the guides they paused are left unfinished.
    fn abandon_paused(&mut self, effects: &mut Vec<Effect>) {
        let Some(session) = self.session else {
            self.paused.clear();
            return;
        };
        for place in self.paused.drain(..).rev().filter(|place| place.in_progress) {
            let event = EventRecord::new(EventKind::GuideAbandoned, session).locale(self.language.as_str());
            effects.push(Effect::Record(event.guide(place.guide).step(place.step as u32)));
        }
    }

    fn start_steps(&mut self, effects: &mut Vec<Effect>) {
        self.step = 1;
        self.page = Page::Step;
        self.record_in_guide(EventKind::StepReached, effects);
    }

    fn next(&mut self, content: &Content, effects: &mut Vec<Effect>) {
        let step_count = self.guide(content).map_or(0, |g| g.steps.len());
        let must_choose = self.practice_on_screen(content).is_some() && self.practice.choice.is_none();
        match self.page {
            Page::Needs => self.start_steps(effects),
            Page::Step if must_choose => self.practice.must_choose = true,
            Page::Step if self.step < step_count => {
                self.step += 1;
                self.record_in_guide(EventKind::StepReached, effects);
            }
            Page::Step => {
                self.record_in_guide(EventKind::GuideCompleted, effects);
                self.guide_in_progress = false;
                self.page = Page::Finish;
            }
            _ => {}
        }
    }

    fn back(&mut self, effects: &mut Vec<Effect>) {
        match self.page {
            Page::Step if self.step > 1 => {
                self.step -= 1;
                self.record_in_guide(EventKind::StepReached, effects);
            }
            Page::Step => self.page = Page::Needs,
            Page::Needs | Page::Finish if !self.paused.is_empty() => self.return_to_paused(effects),
            Page::Needs => {
                if let Some(category) = self.category {
                    self.open_category(category, effects);
                }
            }
            Page::GuideList => {
                self.leave_guide(effects);
                self.page = Page::Home;
            }
            _ => {}
        }
    }

    /// Only the first answer of each view of the step is recorded: it shows what the visitor
    /// would have done for real, while a retry after reading the explanation would only inflate
    /// the right answers.
    fn choose_practice(&mut self, index: usize, content: &Content, effects: &mut Vec<Effect>) {
        let Some(correct) =
            self.practice_on_screen(content).filter(|p| index < p.choices.len()).map(|p| p.is_safe(index))
        else {
            tracing::warn!(index, "ignoring a choice outside a practice step's choices");
            return;
        };
        if self.practice.choice.is_some() {
            return;
        }
        if !self.practice.recorded {
            self.record_in_guide_with(EventKind::PracticeAnswered, effects, |e| e.correct(correct));
        }
        self.practice = PracticeAnswer { choice: Some(index), recorded: true, must_choose: false };
    }

    fn tick(&mut self, effects: &mut Vec<Effect>) {
        if self.idle_question.is_running() {
            if self.idle_question.tick() {
                self.wipe(effects);
            }
            return;
        }
        if self.session.is_none() && !self.idle.librarian_on_screen {
            return;
        }
        // Sent to the desk by "Ask a librarian": the clock waits while it is open and for the
        // pause after, then counts the quiet time from the start.
        if self.help_open || self.idle.help_pause.is_running() {
            self.idle.help_pause.tick();
            self.idle.quiet_seconds = 0;
            return;
        }
        self.idle.quiet_seconds += 1;
        if self.idle.quiet_seconds >= self.defaults.idle_timeout.as_secs() {
            self.idle_question = Countdown::start(self.defaults.idle_countdown);
        }
    }

    /// Back to the language screen with nothing of the previous visitor left.
    fn wipe(&mut self, effects: &mut Vec<Effect>) {
        self.leave_guide(effects);
        self.abandon_paused(effects);
        if let Some(session) = self.session {
            effects.push(Effect::Record(EventRecord::new(EventKind::SessionEnded, session)));
        }
        self.stop_reading(effects);
        *self = Visitor::new(self.defaults.clone());
        effects.push(Effect::Wiped);
    }

    fn stop_reading(&mut self, effects: &mut Vec<Effect>) {
        if self.reading_aloud {
            self.reading_aloud = false;
            effects.push(Effect::StopReading);
        }
    }

    /// Records that the visitor left the open guide unfinished, if they did.
    fn leave_guide(&mut self, effects: &mut Vec<Effect>) {
        if self.guide_in_progress {
            self.record_in_guide(EventKind::GuideAbandoned, effects);
            self.guide_in_progress = false;
        }
    }

    fn record_in_guide(&self, kind: EventKind, effects: &mut Vec<Effect>) {
        self.record_in_guide_with(kind, effects, |e| e);
    }

    /// Records an event about where the visitor is: the open guide and step, and the language.
    fn record_in_guide_with(
        &self,
        kind: EventKind,
        effects: &mut Vec<Effect>,
        fill: impl FnOnce(EventRecord) -> EventRecord,
    ) {
        let Some(session) = self.session else { return };
        let mut event = EventRecord::new(kind, session).locale(self.language.as_str());
        if let Some(guide) = &self.guide {
            event = event.guide(guide.as_str()).step(self.step as u32);
        }
        effects.push(Effect::Record(fill(event)));
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn content() -> Content {
        let repo = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
        Content::load_from(&repo.join("locales"), &repo.join("tests/fixtures/guides")).expect("fixture content loads")
    }

    fn defaults() -> Defaults {
        Defaults {
            language: "sv".into(),
            text_size: TextSize::Normal,
            idle_timeout: Duration::from_secs(120),
            idle_countdown: Duration::from_secs(30),
            help_pause: Duration::from_secs(600),
        }
    }

    /// The kinds, guides and steps of the events among `effects`.
    fn events(effects: &[Effect]) -> Vec<(EventKind, Option<&str>, Option<u32>)> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Record(event) => Some((event.kind, event.guide.as_deref(), event.step)),
                _ => None,
            })
            .collect()
    }

    fn ticks(visitor: &mut Visitor, content: &Content, count: u64) -> Vec<Effect> {
        (0..count).flat_map(|_| visitor.handle(Input::Tick, content)).collect()
    }

    #[test]
    fn a_whole_guide_walk_records_each_step_and_the_completion() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        let started = visitor.handle(Input::ChooseLanguage("en".into()), &content);
        assert_eq!(
            events(&started),
            [(EventKind::SessionStarted, None, None), (EventKind::LanguageChosen, None, None)]
        );
        assert_eq!(visitor.page, Page::Home);
        visitor.handle(Input::OpenCategory(Category::EId), &content);
        assert_eq!(visitor.page, Page::GuideList);
        let opened = visitor.handle(Input::OpenGuide("sample-errand".into()), &content);
        assert_eq!(events(&opened), [(EventKind::GuideOpened, Some("sample-errand"), Some(0))]);
        assert_eq!(visitor.page, Page::Needs);

        let mut walk = Vec::new();
        for _ in 0..3 {
            walk.extend(visitor.handle(Input::Next, &content));
        }
        assert_eq!(
            events(&walk),
            [
                (EventKind::StepReached, Some("sample-errand"), Some(1)),
                (EventKind::StepReached, Some("sample-errand"), Some(2)),
                (EventKind::GuideCompleted, Some("sample-errand"), Some(2)),
            ]
        );
        assert_eq!(visitor.page, Page::Finish);
        assert!(!visitor.guide_in_progress);

        let feedback = [true, false].map(|helpful| visitor.handle(Input::GiveFeedback { helpful }, &content));
        assert_eq!(events(&feedback[0]), [(EventKind::FeedbackGiven, Some("sample-errand"), Some(2))]);
        assert!(feedback[1].is_empty(), "feedback is given once: {:?}", feedback[1]);

        let ended = visitor.handle(Input::StartOver, &content);
        assert_eq!(events(&ended), [(EventKind::SessionEnded, None, None)], "a finished guide is not abandoned");
        assert_eq!(ended.last(), Some(&Effect::Wiped));
    }

    #[test]
    fn back_walks_to_the_guide_list_and_leaving_a_started_guide_is_recorded_once() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        visitor.handle(Input::OpenGuide("sample-errand".into()), &content);
        visitor.handle(Input::StartSteps, &content);
        visitor.handle(Input::Next, &content);
        let back = visitor.handle(Input::Back, &content);
        assert_eq!(events(&back), [(EventKind::StepReached, Some("sample-errand"), Some(1))]);
        visitor.handle(Input::Back, &content);
        assert_eq!(visitor.page, Page::Needs);
        let left = visitor.handle(Input::Back, &content);
        assert_eq!(visitor.page, Page::GuideList);
        assert_eq!(visitor.category, Some(Category::EId));
        assert_eq!(events(&left), [(EventKind::GuideAbandoned, Some("sample-errand"), Some(1))]);
        assert!(events(&visitor.handle(Input::ShowHome, &content)).is_empty());
    }

    #[test]
    fn i_dont_have_this_opens_the_guide_to_get_it_and_back_returns_to_the_visitors_place() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        visitor.handle(Input::OpenGuide("sample-errand".into()), &content);
        assert!(visitor.handle(Input::MissingNeed(0), &content).is_empty(), "a pen has no guide to get it");
        assert!(visitor.handle(Input::MissingNeed(9), &content).is_empty(), "no such item");

        let detour = visitor.handle(Input::MissingNeed(1), &content);
        let recorded: Vec<_> = detour
            .iter()
            .filter_map(|effect| match effect {
                Effect::Record(event) => Some((event.kind, event.guide.as_deref(), event.need.as_deref())),
                _ => None,
            })
            .collect();
        assert_eq!(
            recorded,
            [
                (EventKind::NeedMissing, Some("sample-errand"), Some("paper")),
                (EventKind::GuideOpened, Some("sample-practice"), None),
            ],
            "the item is recorded by id only, and the first guide is paused, not abandoned"
        );
        assert_eq!((visitor.page, visitor.guide.as_deref()), (Page::Needs, Some("sample-practice")));
        assert!(visitor.handle(Input::MissingNeed(1), &content).is_empty(), "only items with a guide to get it");

        // Through the detour's steps and back out of it.
        visitor.handle(Input::StartSteps, &content);
        visitor.handle(Input::Back, &content);
        let back = visitor.handle(Input::Back, &content);
        assert_eq!(events(&back), [(EventKind::GuideAbandoned, Some("sample-practice"), Some(1))]);
        assert_eq!((visitor.page, visitor.guide.as_deref()), (Page::Needs, Some("sample-errand")));
        assert!(visitor.guide_in_progress && visitor.paused.is_empty());
        visitor.handle(Input::StartSteps, &content);
        visitor.handle(Input::Next, &content);
        let done = visitor.handle(Input::Next, &content);
        assert_eq!(events(&done), [(EventKind::GuideCompleted, Some("sample-errand"), Some(2))]);

        // Going home from a detour leaves the paused guide too: recorded once, where it was left.
        visitor.handle(Input::OpenGuide("sample-errand".into()), &content);
        visitor.handle(Input::MissingNeed(1), &content);
        let home = visitor.handle(Input::ShowHome, &content);
        assert_eq!(
            events(&home),
            [
                (EventKind::GuideAbandoned, Some("sample-practice"), Some(0)),
                (EventKind::GuideAbandoned, Some("sample-errand"), Some(0)),
            ]
        );
        assert!(visitor.paused.is_empty());
    }

    #[test]
    fn practice_records_the_first_answer_of_each_view_and_asks_to_choose_before_next() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        visitor.handle(Input::OpenGuide("sample-practice".into()), &content);
        visitor.handle(Input::StartSteps, &content);
        assert!(visitor.handle(Input::ChoosePractice(0), &content).is_empty(), "step 1 is not a practice");
        visitor.handle(Input::Next, &content);
        assert_eq!(visitor.step, 2);

        assert!(visitor.handle(Input::Next, &content).is_empty());
        assert!(visitor.practice.must_choose, "Next before choosing asks to choose");
        assert_eq!(visitor.step, 2);

        let wrong = visitor.handle(Input::ChoosePractice(0), &content);
        let answer = |effects: &[Effect]| match effects {
            [Effect::Record(event)] if event.kind == EventKind::PracticeAnswered => event.correct,
            other => panic!("expected one practice answer, got {other:?}"),
        };
        assert_eq!(answer(&wrong), Some(false), "approve is the unsafe choice");
        assert_eq!(visitor.practice, PracticeAnswer { choice: Some(0), recorded: true, must_choose: false });
        assert!(visitor.handle(Input::ChoosePractice(1), &content).is_empty(), "one answer until try again");
        assert!(visitor.handle(Input::ChoosePractice(7), &content).is_empty(), "no such choice");

        visitor.handle(Input::TryPracticeAgain, &content);
        assert_eq!(visitor.practice.choice, None);
        assert!(visitor.handle(Input::ChoosePractice(1), &content).is_empty(), "a retry is not recorded");
        assert_eq!(visitor.practice.choice, Some(1));

        // Another view of the step (back and forth) is a new first answer.
        visitor.handle(Input::Back, &content);
        assert_eq!(visitor.practice, PracticeAnswer::default(), "the answer belongs to the step on screen");
        visitor.handle(Input::Next, &content);
        assert_eq!(answer(&visitor.handle(Input::ChoosePractice(1), &content)), Some(true));
        visitor.handle(Input::Next, &content);
        assert_eq!(visitor.page, Page::Finish);
    }

    #[test]
    fn asking_a_librarian_pauses_the_idle_clock_while_open_and_ten_minutes_after() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        visitor.handle(Input::OpenGuide("sample-errand".into()), &content);
        visitor.handle(Input::SetHelpOpen(true), &content);
        ticks(&mut visitor, &content, 3600);
        assert!(!visitor.idle_question.is_running(), "never while Ask a librarian is open");
        visitor.handle(Input::SetHelpOpen(false), &content);
        visitor.handle(Input::Activity { librarian_on_screen: false }, &content);
        ticks(&mut visitor, &content, 600 + 119);
        assert!(!visitor.idle_question.is_running(), "not in the 10 minutes after, nor the quiet time then");
        assert_eq!(visitor.page, Page::Needs, "the visitor keeps their place");
        ticks(&mut visitor, &content, 1);
        assert!(visitor.idle_question.is_running(), "then it asks as usual");

        // Configurable; a touch during the pause does not end it.
        let mut visitor = Visitor::new(Defaults { help_pause: Duration::from_secs(30), ..defaults() });
        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        visitor.handle(Input::SetHelpOpen(true), &content);
        visitor.handle(Input::SetHelpOpen(false), &content);
        ticks(&mut visitor, &content, 10);
        visitor.handle(Input::Activity { librarian_on_screen: false }, &content);
        ticks(&mut visitor, &content, 20 + 119);
        assert!(!visitor.idle_question.is_running());
        ticks(&mut visitor, &content, 1);
        assert!(visitor.idle_question.is_running(), "asked 30 s + 120 s after closing");
    }

    #[test]
    fn idle_asks_after_the_timeout_then_wipes_everything_after_the_countdown() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        assert!(!visitor.wants_ticks(), "nobody there: no idle clock");
        assert!(ticks(&mut visitor, &content, 500).is_empty());

        visitor.handle(Input::ChooseLanguage("ar".into()), &content);
        visitor.handle(Input::OpenGuide("sample-errand".into()), &content);
        visitor.handle(Input::CycleTextSize, &content);
        visitor.handle(Input::ToggleContrast, &content);
        visitor.handle(Input::Activity { librarian_on_screen: false }, &content);
        assert!(visitor.wants_ticks());
        ticks(&mut visitor, &content, 119);
        assert!(!visitor.idle_question.is_running(), "no question before the timeout");
        ticks(&mut visitor, &content, 1);
        assert_eq!(visitor.idle_question.seconds_left(), 30, "asked after 120 s");

        visitor.handle(Input::StillHere, &content);
        visitor.handle(Input::Activity { librarian_on_screen: false }, &content);
        assert!(!visitor.idle_question.is_running());
        assert_eq!(visitor.page, Page::Needs, "the visitor keeps their place");
        ticks(&mut visitor, &content, 60);
        visitor.handle(Input::Activity { librarian_on_screen: false }, &content);
        ticks(&mut visitor, &content, 119);
        assert!(!visitor.idle_question.is_running(), "a touch starts the quiet time again");

        let wiped = ticks(&mut visitor, &content, 1 + 29);
        assert!(events(&wiped).is_empty(), "{wiped:?}");
        assert_eq!(visitor.idle_question.seconds_left(), 1);
        let wiped = ticks(&mut visitor, &content, 1);
        assert_eq!(
            events(&wiped),
            [(EventKind::GuideAbandoned, Some("sample-errand"), Some(0)), (EventKind::SessionEnded, None, None)]
        );
        assert_eq!(wiped.last(), Some(&Effect::Wiped));
        assert_eq!(visitor, Visitor::new(defaults()), "nothing of the previous visitor remains");
        assert!(!visitor.wants_ticks());
    }

    #[test]
    fn librarian_mode_is_watched_for_idle_without_a_visitor() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        visitor.handle(Input::Activity { librarian_on_screen: true }, &content);
        assert!(visitor.wants_ticks());
        let wiped = ticks(&mut visitor, &content, 120 + 30);
        assert_eq!(wiped, [Effect::Wiped], "no visitor: no events, but librarian mode closes");
    }

    #[test]
    fn new_defaults_apply_to_the_next_visitor_and_the_idle_timeout_at_once() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        let larger = Defaults { text_size: TextSize::ExtraLarge, idle_timeout: Duration::from_secs(90), ..defaults() };
        visitor.handle(Input::DefaultsChanged(larger.clone()), &content);
        assert_eq!(visitor.text_size, TextSize::ExtraLarge, "nobody there: the kiosk shows the new size now");

        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        visitor.handle(Input::SetTextSize(TextSize::at(9)), &content);
        assert_eq!(visitor.text_size, TextSize::ExtraLarge);
        visitor.handle(Input::SetTextSize(TextSize::Normal), &content);
        visitor.handle(Input::DefaultsChanged(Defaults { text_size: TextSize::Large, ..larger }), &content);
        assert_eq!(visitor.text_size, TextSize::Normal, "the visitor keeps the size they chose");
        ticks(&mut visitor, &content, 90);
        assert!(visitor.idle_question.is_running(), "asked after the new 90 s");
    }

    #[test]
    fn reading_aloud_ends_with_the_step_and_the_language_screen_returns_to_where_it_was() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        visitor.handle(Input::OpenGuide("sample-errand".into()), &content);
        visitor.handle(Input::StartSteps, &content);
        assert_eq!(visitor.handle(Input::ToggleReading, &content), [Effect::StartReading]);
        assert!(visitor.reading_aloud);
        assert_eq!(events(&visitor.handle(Input::Next, &content)).len(), 1);
        assert!(!visitor.reading_aloud, "the next step stops reading the previous one");

        visitor.handle(Input::ToggleReading, &content);
        assert_eq!(visitor.handle(Input::ToggleReading, &content), [Effect::StopReading]);

        visitor.handle(Input::ShowLanguages, &content);
        assert_eq!(visitor.page, Page::Language);
        let chosen = visitor.handle(Input::ChooseLanguage("en".into()), &content);
        assert_eq!(events(&chosen), [(EventKind::LanguageChosen, None, None)], "the same session");
        assert_eq!((visitor.page, visitor.step), (Page::Step, 2));
        assert!(visitor.handle(Input::ChooseLanguage("xx".into()), &content).is_empty());
        assert_eq!(visitor.language, "en");
    }

    #[test]
    fn reading_stops_when_a_dialog_opens_or_closes_and_at_the_idle_question_and_the_wipe() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        visitor.handle(Input::OpenCategory(Category::EId), &content);
        visitor.handle(Input::ToggleReading, &content);
        assert!(visitor.handle(Input::SetHelpOpen(true), &content).contains(&Effect::StopReading));
        assert_eq!(visitor.handle(Input::ToggleReading, &content), [Effect::StartReading], "the dialog is read");
        assert!(visitor.handle(Input::SetHelpOpen(false), &content).contains(&Effect::StopReading));
        assert_eq!(visitor.page, Page::GuideList);

        let mut visitor = Visitor::new(defaults());
        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        visitor.handle(Input::ToggleReading, &content);
        let asked = ticks(&mut visitor, &content, 120);
        assert!(visitor.idle_question.is_running());
        assert!(asked.contains(&Effect::StopReading), "the idle question stops the reading: {asked:?}");
        visitor.handle(Input::ToggleReading, &content);
        let wiped = visitor.handle(Input::StartOver, &content);
        assert!(wiped.contains(&Effect::StopReading) && wiped.contains(&Effect::Wiped), "{wiped:?}");
        assert!(!visitor.reading_aloud);
    }

    #[test]
    fn with_the_speaker_on_a_language_button_says_its_language_and_a_second_tap_chooses_it() {
        let content = content();
        let mut visitor = Visitor::new(defaults());
        assert_eq!(visitor.handle(Input::ToggleReading, &content), [Effect::StartReading]);
        assert!(visitor.speaker_on, "the speaker on the language screen");
        let said = visitor.handle(Input::ChooseLanguage("ar".into()), &content);
        assert_eq!(said, [Effect::StopReading, Effect::SayLanguage { code: "ar".into() }]);
        assert_eq!((visitor.page, visitor.session), (Page::Language, None), "not chosen yet");
        let said = visitor.handle(Input::ChooseLanguage("fi".into()), &content);
        assert_eq!(said, [Effect::StopReading, Effect::SayLanguage { code: "fi".into() }], "another one is said");
        assert!(visitor.handle(Input::ChooseLanguage("xx".into()), &content).is_empty());

        let chosen = visitor.handle(Input::ChooseLanguage("fi".into()), &content);
        assert!(chosen.contains(&Effect::StopReading), "{chosen:?}");
        assert_eq!((visitor.page, visitor.language.as_str()), (Page::Home, "fi"));
        assert!(!visitor.speaker_on && visitor.language_heard.is_none(), "the speaker mode belongs to the screen");

        // Without the speaker, a tap chooses at once.
        visitor.handle(Input::ShowLanguages, &content);
        visitor.handle(Input::ChooseLanguage("sv".into()), &content);
        assert_eq!(visitor.language, "sv");
    }
}
