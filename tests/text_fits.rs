//! Extra-large text must still fit: every screen of every guide in every language (practice
//! steps also with each answer's feedback), laid out at the largest text size in landscape and
//! portrait, is checked in the layout itself (not by eye) for text outside the window, text
//! spilling out of its button and text overlapping text.

use crate::common::*;
use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use lotsen::controller::Controller;
use lotsen::ui::AppWindow;
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
            scrolling.extend(element.query_descendants().find_all().iter().map(key));
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
    for (i, a) in texts.iter().enumerate() {
        for b in texts.iter().skip(i + 1).filter(|b| b.scrolls == a.scrolls) {
            if a.rect.overlaps(&b.rect) {
                problems.push(format!("{:?} overlaps {:?}: {:?} and {:?}", a.label, b.label, a.rect, b.rect));
            }
        }
    }
    problems
}

/// Walks every screen a visitor can reach in `language` and collects the layout problems.
fn walk_every_screen(kiosk: &Controller, language: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |screen: String| {
        problems.extend(layout_problems(kiosk.window()).into_iter().map(|p| format!("{screen}: {p}")));
    };
    kiosk.show_languages();
    check(format!("{language} language screen"));
    kiosk.choose_language(language);
    check(format!("{language} home"));
    for category in lotsen::content::Category::ALL {
        kiosk.open_category(category.id());
        check(format!("{language} {}", category.id()));
    }
    for guide in &kiosk.content().catalogue.guides {
        kiosk.open_guide(&guide.id);
        check(format!("{language} {} needs", guide.id));
        kiosk.start_steps();
        for step in &guide.steps {
            check(format!("{language} {} {}", guide.id, step.id));
            // A practice step also with each answer's feedback on screen.
            for (index, choice) in step.practice.iter().flat_map(|p| p.choices.iter()).enumerate() {
                kiosk.choose_practice(index);
                check(format!("{language} {} {} answered {choice}", guide.id, step.id));
                kiosk.try_practice_again();
            }
            kiosk.next();
        }
        check(format!("{language} {} finish", guide.id));
    }
    problems
}

#[test]
fn extra_large_text_fits_on_every_screen_in_every_language_in_landscape_and_portrait() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    let languages: Vec<String> = kiosk.content().chrome.locales.codes().map(String::from).collect();
    let mut problems = Vec::new();
    for (width, height) in [(1280, 800), (800, 1280)] {
        kiosk.window().window().set_size(PhysicalSize::new(width, height));
        for language in &languages {
            kiosk.set_text_size(EXTRA_LARGE);
            problems.extend(walk_every_screen(&kiosk, language).into_iter().map(|p| format!("{width}×{height} {p}")));
        }
    }
    for problem in &problems {
        println!("{problem}");
    }
    assert!(problems.is_empty(), "{} layout problems, listed above", problems.len());
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
}
