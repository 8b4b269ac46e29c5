//! Keyboard-only operation: Tab / Shift+Tab / arrows move a visible focus ring, Enter and Space
//! press, Escape closes or goes back. Driven with real key events on Slint's testing backend.

use crate::common::*;
use i_slint_backend_testing::{AccessibleRole, ElementQuery};
use lotsen::ui::{AppWindow, Page, Session};
use lotsen_records::Settings;
use lotsen_records::UsageLog;
use slint::platform::{Key, WindowEvent};
use slint::{ComponentHandle, SharedString};

fn key(window: &AppWindow, key: impl Into<SharedString>) {
    let text = key.into();
    window.window().dispatch_event(WindowEvent::KeyPressed { text: text.clone() });
    window.window().dispatch_event(WindowEvent::KeyReleased { text });
    settle();
}

/// The label of the control showing the focus ring, if one does; fails if more than one does.
fn focused(window: &AppWindow) -> Option<String> {
    let mut ringed: Vec<String> = ElementQuery::from_root(window)
        .match_descendants()
        .match_accessible_role(AccessibleRole::Button)
        .find_all()
        .into_iter()
        .filter(|button| {
            button
                .query_descendants()
                .match_id("Pressable::focus-ring")
                .find_all()
                .iter()
                .any(|ring| ring.computed_opacity() > 0.5)
        })
        .map(|button| button.accessible_label().unwrap_or_default().to_string())
        .collect();
    // A component and the elements it inherits from answer the query as one element each.
    ringed.dedup();
    assert!(ringed.len() <= 1, "one focus ring at a time, not {ringed:?}");
    ringed.into_iter().next()
}

/// Presses Tab until `label` has the focus ring; fails with the order the ring went through.
fn tab_to(window: &AppWindow, label: &str) {
    let mut seen = Vec::new();
    for _ in 0..40 {
        key(window, Key::Tab);
        let now = focused(window);
        if now.as_deref() == Some(label) {
            return;
        }
        seen.push(now);
    }
    panic!("Tab never reached {label:?}; the focus went through {seen:?}");
}

#[test]
fn a_visitor_walks_a_whole_guide_with_the_keyboard_only() {
    let data_dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(data_dir.path()).unwrap();
    let kiosk = start_kiosk(bundled_content(), Settings::default(), Some(usage_log));
    let window = kiosk.window();
    let session = window.global::<Session>();
    let text = |key: &str| ui_text(&kiosk, "sv", key);
    assert_eq!(focused(window), None, "no focus ring before a key is pressed");

    tab_to(window, "Svenska");
    key(window, Key::Return);
    assert_eq!(session.get_page(), Page::Home);
    assert_eq!(focused(window), None, "a new screen starts without a focused control");

    tab_to(window, &text("category-e-id"));
    key(window, Key::Space);
    assert_eq!(session.get_page(), Page::GuideList);

    let content = kiosk.content();
    let guide = content.catalogue.guide("bankid-get").unwrap();
    let chain = kiosk.content().chrome.locales.chain("sv");
    tab_to(window, &guide.text(&chain, "title", None));
    key(window, Key::Return);
    assert_eq!(session.get_page(), Page::Needs);

    tab_to(window, &text("start-guide"));
    key(window, Key::Return);
    let steps = guide.steps.len();
    tab_to(window, &text("next"));
    for step in 1..=steps {
        assert_eq!((session.get_page(), session.get_step_number() as usize), (Page::Step, step));
        let next = if step == steps { "finish" } else { "next" };
        assert_eq!(focused(window).as_deref(), Some(text(next).as_str()), "Next keeps the focus on step {step}");
        key(window, Key::Return);
    }
    assert_eq!(session.get_page(), Page::Finish);
    tab_to(window, &text("yes"));
    key(window, Key::Return);
    assert!(session.get_feedback_given());

    kiosk.reset();
    drop(kiosk);
    let kinds: Vec<String> = recorded_events(data_dir.path()).into_iter().map(|e| e.0).collect();
    assert!(
        kinds.contains(&"guide_completed".to_string()) && kinds.contains(&"feedback_given".to_string()),
        "{kinds:?}"
    );
}

#[test]
fn arrows_move_the_focus_escape_closes_or_goes_back_and_tab_stays_in_an_overlay() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    let window = kiosk.window();
    let session = window.global::<Session>();
    begin_guide(&kiosk, "ar", "bankid-get");
    let text = |key: &str| ui_text(&kiosk, "ar", key);

    key(window, Key::Tab);
    let first = focused(window).expect("Tab shows the focus ring");
    key(window, Key::Tab);
    let second = focused(window).expect("a second control");
    assert_ne!(first, second);
    key(window, Key::Backtab);
    assert_eq!(focused(window).as_deref(), Some(first.as_str()), "Shift+Tab goes back");
    key(window, Key::RightArrow);
    assert_eq!(focused(window).as_deref(), Some(second.as_str()), "the right arrow goes forward");
    key(window, Key::UpArrow);
    assert_eq!(focused(window).as_deref(), Some(first.as_str()), "the up arrow goes back");

    tab_to(window, &text("ask-librarian"));
    key(window, Key::Return);
    assert!(session.get_help_open());
    let close = text("help-close");
    assert_eq!(focused(window).as_deref(), Some(close.as_str()), "the overlay's button takes the focus");
    key(window, Key::Tab);
    key(window, Key::Backtab);
    assert_eq!(focused(window).as_deref(), Some(close.as_str()), "Tab stays inside the overlay");
    key(window, Key::Escape);
    assert!(!session.get_help_open(), "Escape closes the overlay");
    assert_eq!(session.get_step_number(), 1, "and nothing else");

    key(window, Key::Escape);
    assert_eq!(session.get_page(), Page::Needs, "Escape on step 1 goes back to what you need");
    key(window, Key::Escape);
    assert_eq!(session.get_page(), Page::GuideList);
}

#[test]
fn the_librarian_gets_in_with_ctrl_alt_l_and_tab_stays_in_librarian_mode() {
    use lotsen::ui::Librarian;
    const PIN: &str = "2468";
    let settings = Settings { librarian_pin: lotsen_records::pin::hash(PIN).unwrap(), ..Settings::default() };
    let kiosk = start_kiosk(bundled_content(), settings, None);
    let window = kiosk.window();
    begin_guide(&kiosk, "sv", "bankid-get");
    let text = |key: &str| ui_text(&kiosk, "sv", key);

    key(window, Key::Tab);
    key(window, SharedString::from("l"));
    assert!(!window.global::<Librarian>().get_pad_open(), "a plain L does nothing");
    for modifier in [Key::Control, Key::Alt] {
        window.window().dispatch_event(WindowEvent::KeyPressed { text: modifier.into() });
    }
    key(window, SharedString::from("l"));
    for modifier in [Key::Control, Key::Alt] {
        window.window().dispatch_event(WindowEvent::KeyReleased { text: modifier.into() });
    }
    assert!(window.global::<Librarian>().get_pad_open(), "Ctrl+Alt+L opens the PIN pad");
    // The PIN typed on the keyboard; a slip erased with Backspace.
    key(window, SharedString::from("7"));
    key(window, Key::Backspace);
    for digit in PIN.chars() {
        key(window, SharedString::from(digit.to_string()));
    }
    key(window, Key::Return);
    await_pin_check(&kiosk);
    assert!(window.global::<Librarian>().get_open(), "the PIN typed and Enter open librarian mode");

    let visitor_controls = [text("next"), text("back"), text("ask-librarian"), text("on-your-phone")];
    for _ in 0..30 {
        key(window, Key::Tab);
        let now = focused(window);
        let now = now.expect("Tab always lands on a control in librarian mode");
        assert!(!visitor_controls.contains(&now), "Tab reached {now:?} on the visitor's screen under librarian mode");
    }
    key(window, Key::Escape);
    assert!(!window.global::<Librarian>().get_open(), "Escape closes librarian mode");
    let session = window.global::<Session>();
    assert_eq!((session.get_page(), session.get_step_number()), (Page::Step, 1), "the visitor's place is kept");
}
