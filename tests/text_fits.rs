//! Text must fit at every size: every screen of every guide in every language (practice steps
//! also with each answer's feedback), laid out at each text size in landscape and portrait, is
//! checked in the layout itself (not by eye) for text outside the window, text spilling out of
//! its button and text overlapping text; and on steps, for what the visitor must see lying out
//! of view: the title, the practice prompt and feedback, Try again, Back and Next.

use crate::common::*;
use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use lotsen::controller::Controller;
use lotsen::ui::{AppWindow, Session};
use lotsen_records::{Settings, TextSize};
use std::collections::HashSet;

use slint::{ComponentHandle, LogicalPosition, LogicalSize, PhysicalSize};

/// Half a pixel of rounding either way is not clipping.
const TOLERANCE: f32 = 0.5;
const EXTRA_LARGE: TextSize = TextSize::ExtraLarge;

#[derive(Debug, Clone, Copy)]
struct Rect {
    x: f32,
    y: f32,
    width: f32,
    height: f32,
}

impl Rect {
    fn of(element: &ElementHandle) -> Rect {
        let (LogicalPosition { x, y }, LogicalSize { width, height }) = (element.absolute_position(), element.size());
        Rect { x, y, width, height }
    }

    fn right(&self) -> f32 {
        self.x + self.width
    }

    fn bottom(&self) -> f32 {
        self.y + self.height
    }

    fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x - TOLERANCE
            && other.y >= self.y - TOLERANCE
            && other.right() <= self.right() + TOLERANCE
            && other.bottom() <= self.bottom() + TOLERANCE
    }

    fn contains_centre_of(&self, other: &Rect) -> bool {
        let (cx, cy) = (other.x + other.width / 2.0, other.y + other.height / 2.0);
        cx >= self.x && cx <= self.right() && cy >= self.y && cy <= self.bottom()
    }

    fn intersection(&self, other: &Rect) -> Rect {
        let (x, y) = (self.x.max(other.x), self.y.max(other.y));
        let (right, bottom) = (self.right().min(other.right()), self.bottom().min(other.bottom()));
        Rect { x, y, width: (right - x).max(0.0), height: (bottom - y).max(0.0) }
    }

    fn overlaps(&self, other: &Rect) -> bool {
        self.x + TOLERANCE < other.right()
            && other.x + TOLERANCE < self.right()
            && self.y + TOLERANCE < other.bottom()
            && other.y + TOLERANCE < self.bottom()
    }
}

/// A text or a button on screen and where the layout put it.
struct Placed {
    /// The text, or the button's label.
    label: String,
    rect: Rect,
    /// Inside a scrolling area: it may lie below the fold, but not beside it.
    scrolls: bool,
}

/// Everything wrong with the layout on screen, one line each.
fn layout_problems(window: &AppWindow) -> Vec<String> {
    settle();
    let size = window.window().size().to_logical(window.window().scale_factor());
    let screen = Rect { x: 0.0, y: 0.0, width: size.width, height: size.height };
    let (mut scrolling, mut buttons, mut texts) = (HashSet::new(), Vec::new(), Vec::new());
    // Each scrolling area's visible rectangle and the keys of what it holds: what lies beyond
    // that rectangle is clipped, not drawn over its neighbours.
    let mut areas: Vec<(Rect, HashSet<String>)> = Vec::new();
    // A component answers once for each component it inherits from: the same label at the same
    // place is one element.
    let key = |element: &ElementHandle| format!("{:?}{:?}", element.accessible_label(), Rect::of(element));
    let mut seen = HashSet::new();
    for element in ElementQuery::from_root(window).match_descendants().find_all() {
        let rect = Rect::of(&element);
        if rect.width <= 0.0 || rect.height <= 0.0 {
            continue;
        }
        let type_name = element.type_name().unwrap_or_default();
        if type_name == "Flickable" {
            let inside: HashSet<String> = element.query_descendants().find_all().iter().map(key).collect();
            scrolling.extend(inside.iter().cloned());
            areas.push((rect.intersection(&screen), inside));
            continue;
        }
        let is_button = element.accessible_role() == Some(AccessibleRole::Button);
        let is_text = type_name == "Text" || element.bases().is_some_and(|mut bases| bases.any(|b| b == "Text"));
        if (is_button || is_text) && seen.insert(key(&element)) {
            let placed =
                Placed { label: element.accessible_label().unwrap_or_default().to_string(), rect, scrolls: false };
            if is_button { buttons.push((placed, key(&element))) } else { texts.push((placed, key(&element))) }
        }
    }
    assert!(!texts.is_empty(), "no text found on screen (is debug info compiled in?)");
    let place = |(placed, key): (Placed, String)| Placed { scrolls: scrolling.contains(&key), ..placed };
    // The part of a text that is drawn: inside the smallest scrolling area holding it.
    let drawn = |placed: &Placed, key: &String| {
        areas
            .iter()
            .filter(|(_, inside)| inside.contains(key))
            .map(|(area, _)| *area)
            .min_by(|a, b| (a.width * a.height).total_cmp(&(b.width * b.height)))
            .map_or(placed.rect, |area| placed.rect.intersection(&area))
    };
    let drawn_texts: Vec<Rect> = texts.iter().map(|(placed, key)| drawn(placed, key)).collect();
    let buttons: Vec<Placed> = buttons.into_iter().map(place).collect();
    let texts: Vec<Placed> = texts.into_iter().map(place).collect();

    let mut problems = Vec::new();
    for text in &texts {
        let Placed { label, rect, scrolls } = text;
        let outside = if *scrolls {
            rect.x < -TOLERANCE || rect.right() > screen.right() + TOLERANCE
        } else {
            !screen.contains(rect)
        };
        if outside {
            problems.push(format!("{label:?} lies outside the window at {rect:?}"));
        }
        for button in buttons.iter().filter(|b| b.scrolls == *scrolls && b.rect.contains_centre_of(rect)) {
            if !button.rect.contains(rect) {
                problems.push(format!(
                    "text {label:?} spills out of its button {:?}: {rect:?} in {:?}",
                    button.label, button.rect
                ));
            }
        }
    }
    for (i, (a, a_drawn)) in texts.iter().zip(&drawn_texts).enumerate() {
        for (b, b_drawn) in texts.iter().zip(&drawn_texts).skip(i + 1) {
            if a_drawn.overlaps(b_drawn) {
                problems.push(format!("{:?} overlaps {:?}: {:?} and {:?}", a.label, b.label, a.rect, b.rect));
            }
        }
    }
    problems
}

/// How much of a key element must be in view.
#[derive(Debug, Clone, Copy, PartialEq)]
enum InView {
    /// All of it, always: Back, Next, Try again, the feedback's verdict.
    Whole,
    /// All of it, or, in an area that shows it scrolls, at least `lines` lines of it.
    OrScrollable { lines: f32 },
}

/// What the visitor must see on a step screen and lies out of view: outside the window, or
/// outside the visible part of its scrolling area, without a scroll indicator on that area.
fn out_of_view(window: &AppWindow, keys: &[(&str, String, InView)], line_height: f32) -> Vec<String> {
    // Advancing the clock runs the `changed` handlers (the step's scroll to the feedback), as
    // the kiosk's event loop does before it draws.
    settle();
    settle();
    let size = window.window().size().to_logical(window.window().scale_factor());
    let screen = Rect { x: 0.0, y: 0.0, width: size.width, height: size.height };
    let all = ElementQuery::from_root(window).match_descendants().find_all();
    let indicators: Vec<Rect> =
        all.iter().filter(|e| e.type_name().as_deref() == Some("ScrollIndicator")).map(Rect::of).collect();
    // Each scrolling area's visible rectangle and the elements inside it.
    let areas: Vec<(Rect, Vec<ElementHandle>)> = all
        .iter()
        .filter(|e| e.type_name().as_deref() == Some("Flickable"))
        .map(|f| (Rect::of(f).intersection(&screen), f.query_descendants().find_all()))
        .collect();
    let shows_it_scrolls = |area: &Rect| {
        indicators.iter().any(|i| {
            i.height > 0.0
                && i.y < area.bottom()
                && area.y < i.bottom()
                && i.right() >= area.x - 30.0
                && i.x <= area.right() + 30.0
        })
    };
    let mut problems = Vec::new();
    for (what, label, rule) in keys {
        let mut found: Vec<ElementHandle> = Vec::new();
        for element in all.iter().filter(|e| e.accessible_label().is_some_and(|l| l.as_str() == label)) {
            let rect = Rect::of(element);
            if rect.width > 0.0 && rect.height > 0.0 && !found.iter().any(|f| same_place(f, element)) {
                found.push(element.clone());
            }
        }
        if found.is_empty() {
            // The testing backend leaves out what a scrolling area clips away entirely: fine
            // for what may be wholly scrolled away (the title, once the feedback shows), as
            // long as an area on screen shows that it scrolls.
            let scrolled_away =
                *rule == InView::OrScrollable { lines: 0.0 } && areas.iter().any(|(a, _)| shows_it_scrolls(a));
            if !scrolled_away {
                problems.push(format!("{what} {label:?} is not on screen"));
            }
            continue;
        }
        for element in found {
            let rect = Rect::of(&element);
            let area = areas
                .iter()
                .filter(|(_, inside)| inside.iter().any(|e| same_place(e, &element)))
                .map(|(area, _)| *area)
                .min_by(|a, b| (a.width * a.height).total_cmp(&(b.width * b.height)));
            let visible = area.unwrap_or(screen).intersection(&screen);
            if visible.contains(&rect) {
                continue;
            }
            let seen = rect.intersection(&visible).height;
            let enough = match rule {
                InView::Whole => false,
                InView::OrScrollable { lines } => {
                    area.is_some_and(|a| shows_it_scrolls(&a))
                        && seen >= (lines * line_height).min(rect.height) - TOLERANCE
                }
            };
            if !enough {
                let scrolls = area.map(|a| if shows_it_scrolls(&a) { "with" } else { "WITHOUT" });
                problems.push(format!(
                    "{what} {label:?} at {rect:?} lies out of view ({seen:.0} px seen in {visible:?}, {} scroll indicator)",
                    scrolls.unwrap_or("not in a scrolling area, no")
                ));
            }
        }
    }
    problems
}

/// The same element: a component answers once for each component it inherits from.
fn same_place(a: &ElementHandle, b: &ElementHandle) -> bool {
    a.accessible_label() == b.accessible_label() && format!("{:?}", Rect::of(a)) == format!("{:?}", Rect::of(b))
}

/// The key elements of the step on screen, by their accessible labels.
fn step_keys(kiosk: &Controller, language: &str) -> Vec<(&'static str, String, InView)> {
    let session = kiosk.window().global::<Session>();
    let text = |key: &str| kiosk.content().chrome.text(language, key, None);
    let last = session.get_step_number() == session.get_step_count();
    let mut keys = vec![
        // Scrolled away to show the feedback is fine, in an area that shows it scrolls.
        ("the step title", session.get_step().title.to_string(), InView::OrScrollable { lines: 0.0 }),
        ("Back", text("back"), InView::Whole),
        ("Next", text(if last { "finish" } else { "next" }), InView::Whole),
    ];
    let practice = session.get_practice();
    if session.get_step().kind == lotsen::ui::StepKind::Practice {
        keys.push(("the practice prompt", practice.prompt.to_string(), InView::OrScrollable { lines: 2.0 }));
    }
    if practice.answered {
        let verdict = text(if practice.correct { "practice-right" } else { "practice-wrong" });
        keys.push(("the feedback's verdict", verdict, InView::Whole));
        keys.push(("the feedback", practice.feedback.to_string(), InView::OrScrollable { lines: 2.0 }));
        if !practice.correct {
            keys.push(("Try again", text("practice-try-again"), InView::Whole));
        }
    }
    keys
}

/// Walks every screen a visitor can reach in `language` and collects the layout problems.
fn walk_every_screen(kiosk: &Controller, language: &str, line_height: f32) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |screen: String| {
        problems.extend(layout_problems(kiosk.window()).into_iter().map(|p| format!("{screen}: {p}")));
        if kiosk.window().global::<Session>().get_page() == lotsen::ui::Page::Step {
            let keys = step_keys(kiosk, language);
            problems
                .extend(out_of_view(kiosk.window(), &keys, line_height).into_iter().map(|p| format!("{screen}: {p}")));
        }
    };
    kiosk.show_languages();
    check(format!("{language} language screen"));
    kiosk.choose_language(language);
    check(format!("{language} home"));
    for category in lotsen_guide::Category::ALL {
        kiosk.open_category(category.id());
        check(format!("{language} {}", category.id()));
    }
    for guide in &kiosk.content().catalogue.guides {
        kiosk.open_guide(&guide.id);
        check(format!("{language} {} needs", guide.id));
        kiosk.start_steps();
        for (number, step) in guide.steps.iter().enumerate() {
            let session = kiosk.window().global::<Session>();
            assert_eq!(session.get_step_number() as usize, number + 1, "the walk is on {} {}", guide.id, step.id);
            check(format!("{language} {} {}", guide.id, step.id));
            // A practice step also with each answer's feedback on screen; the last answer stays
            // chosen, since Next asks for one first.
            let choices: Vec<&String> = step.practice.iter().flat_map(|p| p.choices.iter()).collect();
            for (index, choice) in choices.iter().enumerate() {
                kiosk.choose_practice(index);
                check(format!("{language} {} {} answered {choice}", guide.id, step.id));
                if index + 1 < choices.len() {
                    kiosk.try_practice_again();
                }
            }
            kiosk.next();
        }
        check(format!("{language} {} finish", guide.id));
    }
    problems
}

/// The kiosk's two screen shapes.
#[derive(Debug, Clone, Copy)]
enum Orientation {
    Landscape,
    Portrait,
}

impl Orientation {
    fn size(self) -> PhysicalSize {
        match self {
            Orientation::Landscape => PhysicalSize::new(1280, 800),
            Orientation::Portrait => PhysicalSize::new(800, 1280),
        }
    }
}

/// Walks every screen in every language in one orientation at one text size: text must fit,
/// and on steps what must be in view is (see `out_of_view`).
fn walk_everything(orientation: Orientation, size: TextSize) {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    let languages: Vec<String> = kiosk.content().chrome.locales.codes().map(String::from).collect();
    let theme = kiosk.window().global::<lotsen::ui::Theme>();
    let window_size = orientation.size();
    kiosk.window().window().set_size(window_size);
    kiosk.set_text_size(size);
    settle();
    let line_height = theme.get_body() * 1.2;
    let mut problems = Vec::new();
    for language in &languages {
        problems.extend(
            walk_every_screen(&kiosk, language, line_height)
                .into_iter()
                .map(|p| format!("{}×{} text size {size:?} {p}", window_size.width, window_size.height)),
        );
    }
    for problem in &problems {
        println!("{problem}");
    }
    assert!(problems.is_empty(), "{} layout problems, listed above", problems.len());
}

// One walk per orientation and text size, so the six run side by side on a test machine's
// cores (each takes a few minutes in a debug build).

#[test]
fn every_screen_fits_and_shows_what_matters_in_landscape_at_normal_text() {
    walk_everything(Orientation::Landscape, TextSize::Normal);
}

#[test]
fn every_screen_fits_and_shows_what_matters_in_landscape_at_large_text() {
    walk_everything(Orientation::Landscape, TextSize::Large);
}

#[test]
fn every_screen_fits_and_shows_what_matters_in_landscape_at_extra_large_text() {
    walk_everything(Orientation::Landscape, EXTRA_LARGE);
}

#[test]
fn every_screen_fits_and_shows_what_matters_in_portrait_at_normal_text() {
    walk_everything(Orientation::Portrait, TextSize::Normal);
}

#[test]
fn every_screen_fits_and_shows_what_matters_in_portrait_at_large_text() {
    walk_everything(Orientation::Portrait, TextSize::Large);
}

#[test]
fn every_screen_fits_and_shows_what_matters_in_portrait_at_extra_large_text() {
    walk_everything(Orientation::Portrait, EXTRA_LARGE);
}

/// The check above can fail: squeezed into a window far below the kiosk's minimum size, the
/// same screens must report text that does not fit.
#[test]
fn the_layout_check_finds_text_that_does_not_fit() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    kiosk.window().window().set_size(PhysicalSize::new(320, 240));
    kiosk.set_text_size(EXTRA_LARGE);
    kiosk.choose_language("sv");
    kiosk.open_guide("bankid-get");
    kiosk.start_steps();
    let problems = layout_problems(kiosk.window());
    assert!(!problems.is_empty(), "a 320×240 window with extra-large text cannot fit the step");
    let problems = out_of_view(kiosk.window(), &step_keys(&kiosk, "sv"), 36.0);
    assert!(problems.iter().any(|p| p.contains("Next")), "Next cannot be in view: {problems:?}");
}

/// The scam quiz in Persian at extra-large text in portrait, the case: after a wrong
/// answer the feedback and Try again are in view; scrolled to the end of the step the feedback is
/// not, and the check says so.
#[test]
fn after_a_practice_answer_the_feedback_and_try_again_are_brought_into_view() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    kiosk.window().window().set_size(PhysicalSize::new(800, 1280));
    kiosk.set_text_size(EXTRA_LARGE);
    kiosk.choose_language("fa");
    kiosk.open_guide("bank-scams");
    kiosk.start_steps();
    let content = kiosk.content();
    let guide = content.catalogue.guide("bank-scams").unwrap();
    let quiz = guide.steps.iter().position(|s| s.practice.is_some()).expect("bank-scams has a quiz");
    for _ in 0..quiz {
        kiosk.next();
    }
    let safe = guide.steps[quiz].practice.as_ref().unwrap().safe_index().unwrap();
    let title = kiosk.window().global::<Session>().get_step().title;
    let title_y = || ElementHandle::find_by_accessible_label(kiosk.window(), &title).next().map(|t| Rect::of(&t).y);
    settle();
    let unanswered = title_y().expect("the title is in view before an answer");
    kiosk.choose_practice(if safe == 0 { 1 } else { 0 });
    settle();
    // The step text scrolled to the feedback (the clock's tick ran its `changed` handler).
    assert!(title_y() != Some(unanswered), "the step text did not scroll to the feedback");
    let keys = step_keys(&kiosk, "fa");
    assert!(keys.iter().any(|(what, ..)| *what == "Try again"));
    let line_height = kiosk.window().global::<lotsen::ui::Theme>().get_body() * 1.2;
    let problems = out_of_view(kiosk.window(), &keys, line_height);
    assert!(problems.is_empty(), "{problems:#?}");

    // Scrolled down to the end of the step, the verdict is above the fold: the check must see
    // that.
    let step_text = ElementHandle::find_by_element_type_name(kiosk.window(), "StepText").next().unwrap();
    let flickable = step_text.query_descendants().match_type_name("Flickable").find_first().unwrap();
    flickable.scroll(0.0, -5000.0);
    settle();
    let problems = out_of_view(kiosk.window(), &keys, line_height);
    assert!(problems.iter().any(|p| p.contains("the feedback's verdict")), "{problems:#?}");
}
