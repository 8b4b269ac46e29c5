//! Practice steps in the real kiosk UI: the simulated screen, the choice, the feedback, trying
//! again, and the anonymous `practice_answered` events, driven by accessible labels.

use crate::common::*;
use i_slint_backend_testing::ElementHandle;
use lotsen::controller::Controller;
use lotsen::ui::{Page, PracticeScreen, Session, StepKind};
use lotsen_records::Settings;
use lotsen_records::UsageLog;
use slint::{ComponentHandle, Model};

/// Presses Next until the step `id` of `guide` is on screen; returns its 1-based number.
fn go_to_step(kiosk: &Controller, language: &str, guide: &str, id: &str) -> usize {
    let number = kiosk.content().catalogue.guide(guide).unwrap().steps.iter().position(|s| s.id == id).unwrap() + 1;
    while (kiosk.window().global::<Session>().get_step_number() as usize) < number {
        press(kiosk.window(), &ui_text(kiosk, language, "next"));
    }
    assert_eq!(kiosk.window().global::<Session>().get_step_number() as usize, number);
    number
}

/// A text of the guide's step in `language`.
fn step_text(kiosk: &Controller, language: &str, guide: &str, step: &str, attribute: &str) -> String {
    let chain = kiosk.content().chrome.locales.chain(language);
    kiosk.content().catalogue.guide(guide).unwrap().text(&chain, step, Some(attribute))
}

/// Whether an element labelled `label` (any role) is on screen.
fn shown(kiosk: &Controller, label: &str) -> bool {
    ElementHandle::find_by_accessible_label(kiosk.window(), label).next().is_some()
}

#[test]
fn scam_quiz_needs_a_choice_explains_right_and_wrong_and_records_only_the_first_answer() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = start_kiosk(bundled_content(), Settings::default(), Some(UsageLog::open(data_dir.path()).unwrap()));
    let window = kiosk.window();
    let session = window.global::<Session>();
    let text = |step: &str, attribute: &str| step_text(&kiosk, "sv", "bank-scams", step, attribute);
    begin_guide(&kiosk, "sv", "bank-scams");

    // The bank calls: the visitor must choose before going on.
    let bank = go_to_step(&kiosk, "sv", "bank-scams", "quiz-bank");
    assert_eq!(session.get_step().kind, StepKind::Practice);
    assert_eq!(session.get_practice().screen, PracticeScreen::Call);
    assert_eq!(session.get_practice().prompt.as_str(), text("quiz-bank", "screen"));
    press(window, &ui_text(&kiosk, "sv", "next"));
    assert_eq!(session.get_step_number() as usize, bank, "Next waits for a choice");
    assert!(session.get_practice().must_choose);
    assert!(shown(
        &kiosk,
        &format!("{}: {}", ui_text(&kiosk, "sv", "tip"), ui_text(&kiosk, "sv", "practice-choose-first"))
    ));

    // Wrong first: calm feedback with why, and a way to try again.
    press(window, &text("quiz-bank", "choice-log-in"));
    let practice = session.get_practice();
    assert!(practice.answered && !practice.correct && !practice.must_choose);
    assert_eq!(practice.feedback.as_str(), text("quiz-bank", "wrong"));
    assert!(shown(&kiosk, &format!("{} {}", ui_text(&kiosk, "sv", "practice-wrong"), text("quiz-bank", "wrong"))));
    press(window, &text("quiz-bank", "choice-hang-up"));
    assert!(!session.get_practice().correct, "a second press without trying again changes nothing");
    press(window, &ui_text(&kiosk, "sv", "practice-try-again"));
    assert!(!session.get_practice().answered);
    press(window, &text("quiz-bank", "choice-hang-up"));
    let practice = session.get_practice();
    assert!(practice.answered && practice.correct);
    assert_eq!(practice.feedback.as_str(), text("quiz-bank", "right"));
    assert!(shown(&kiosk, &format!("{} {}", ui_text(&kiosk, "sv", "practice-right"), text("quiz-bank", "right"))));
    assert!(buttons(window, &ui_text(&kiosk, "sv", "practice-try-again")).is_empty(), "nothing to retry when right");

    // The police call: the answer does not carry over to the next step.
    press(window, &ui_text(&kiosk, "sv", "next"));
    assert_eq!(session.get_step_number() as usize, bank + 1);
    assert!(!session.get_practice().answered, "a new step starts unanswered");
    press(window, &text("quiz-police", "choice-hang-up"));
    assert!(session.get_practice().correct);

    // 1177 calls: wrong. Leaving and coming back is a new view of the step, answered afresh.
    press(window, &ui_text(&kiosk, "sv", "next"));
    press(window, &text("quiz-1177", "choice-log-in"));
    assert!(!session.get_practice().correct);
    press(window, &ui_text(&kiosk, "sv", "next"));
    press(window, &ui_text(&kiosk, "sv", "back"));
    assert_eq!(session.get_step_number() as usize, bank + 2);
    assert!(!session.get_practice().answered, "coming back resets the practice");
    press(window, &text("quiz-1177", "choice-hang-up"));

    kiosk.reset();
    drop(kiosk);
    let answers = practice_answers(data_dir.path());
    let expected: Vec<(String, i64, String, bool)> =
        [(bank, false), (bank + 1, true), (bank + 2, false), (bank + 2, true)]
            .into_iter()
            .map(|(step, correct)| ("bank-scams".to_string(), step as i64, "sv".to_string(), correct))
            .collect();
    assert_eq!(answers, expected, "the first answer of each view of a step, right or wrong");
}

#[test]
fn e_id_practice_in_arabic_mirrors_and_the_safe_answer_is_not_always_cancel() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = start_kiosk(bundled_content(), Settings::default(), Some(UsageLog::open(data_dir.path()).unwrap()));
    let window = kiosk.window();
    let session = window.global::<Session>();

    // A login the visitor started: continuing is right.
    begin_guide(&kiosk, "ar", "bankid-use");
    let own = go_to_step(&kiosk, "ar", "bankid-use", "practice-own-login");
    assert_eq!(session.get_practice().screen, PracticeScreen::EId);
    let approve = step_text(&kiosk, "ar", "bankid-use", "practice-own-login", "choice-approve");
    let choice = &buttons(window, &approve)[0];
    let middle = window.window().size().width as f32 / 2.0;
    assert!(choice.absolute_position().x + choice.size().width < middle, "the phone sits on the left in Arabic");
    press(window, &approve);
    assert!(session.get_practice().correct);

    // A QR code someone else sent: logging in is wrong.
    kiosk.open_guide("bankid-safety");
    settle();
    press(window, &ui_text(&kiosk, "ar", "start-guide"));
    let qr = go_to_step(&kiosk, "ar", "bankid-safety", "practice-qr-login");
    press(window, &step_text(&kiosk, "ar", "bankid-safety", "practice-qr-login", "choice-approve"));
    assert!(!session.get_practice().correct);
    let signing = go_to_step(&kiosk, "ar", "bankid-safety", "practice-signing");
    press(window, &step_text(&kiosk, "ar", "bankid-safety", "practice-signing", "choice-cancel"));
    assert!(session.get_practice().correct);
    assert!(session.get_practice().prompt.contains("Okänd Handel AB"), "made-up names on the simulated screen");

    // The same step in Swedish: the phone is on the right.
    press(window, &ui_text(&kiosk, "ar", "change-language"));
    press(window, "Svenska");
    assert_eq!(session.get_page(), Page::Step);
    let cancel = step_text(&kiosk, "sv", "bankid-safety", "practice-signing", "choice-cancel");
    let choice = &buttons(window, &cancel)[0];
    assert!(choice.absolute_position().x > middle, "the phone sits on the right in Swedish");
    assert_eq!(session.get_practice().choices.row_count(), 2);

    kiosk.reset();
    drop(kiosk);
    let answers = practice_answers(data_dir.path());
    let expected = [("bankid-use", own, true), ("bankid-safety", qr, false), ("bankid-safety", signing, true)]
        .map(|(guide, step, correct)| (guide.to_string(), step as i64, "ar".to_string(), correct));
    assert_eq!(answers, expected);
}

#[test]
fn a_fixture_practice_step_loads_and_is_answered() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = start_kiosk(fixture_content(), Settings::default(), Some(UsageLog::open(data_dir.path()).unwrap()));
    let window = kiosk.window();
    begin_guide(&kiosk, "en", "sample-practice");
    press(window, &ui_text(&kiosk, "en", "next"));
    assert_eq!(
        window.global::<Session>().get_practice().prompt.as_str(),
        "Log in to Made-up Ltd\nDid you start this login yourself?"
    );
    press(window, "Cancel");
    assert!(window.global::<Session>().get_practice().correct);
    press(window, &ui_text(&kiosk, "en", "finish"));
    assert_eq!(window.global::<Session>().get_page(), Page::Finish);
    kiosk.reset();
    drop(kiosk);
    assert_eq!(practice_answers(data_dir.path()), [("sample-practice".to_string(), 2, "en".to_string(), true)]);
}

#[test]
fn read_aloud_reads_the_simulated_screen_its_choices_and_then_the_feedback() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    begin_guide(&kiosk, "sv", "bankid-safety");
    go_to_step(&kiosk, "sv", "bankid-safety", "practice-qr-login");
    let text = |attribute: &str| step_text(&kiosk, "sv", "bankid-safety", "practice-qr-login", attribute);
    let script = || kiosk.screen_script().iter().map(|u| u.text()).collect::<Vec<_>>().join("\n\n");

    let before = script();
    let prompt = text("screen");
    let (approve, cancel) = (text("choice-approve"), text("choice-cancel"));
    for part in [&text("title"), &text("body"), &prompt, &approve, &cancel] {
        assert!(before.contains(part.as_str()), "{part:?} is read: {before:?}");
    }
    assert!(before.find(&prompt).unwrap() < before.find(&approve).unwrap(), "the screen, then the choices");
    assert!(!before.contains(&text("wrong")), "no feedback before choosing");

    press(kiosk.window(), &approve);
    let after = script();
    let verdict = format!("{}: {}", ui_text(&kiosk, "sv", "practice-wrong"), text("wrong"));
    assert!(after.ends_with(&verdict), "the verdict and why come last: {after:?}");
}

/// WCAG 2.x relative luminance of an sRGB colour.
fn luminance(colour: slint::Color) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue())
}

/// WCAG contrast ratio, 1 to 21.
fn contrast(a: slint::Color, b: slint::Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The colour drawn at a point of the window.
fn pixel_at(kiosk: &Controller, x: f32, y: f32) -> slint::Color {
    let snapshot = kiosk.window().window().take_snapshot().expect("software renderer snapshot");
    let p = snapshot.as_slice()[y as usize * snapshot.width() as usize + x as usize];
    slint::Color::from_rgb_u8(p.r, p.g, p.b)
}

#[test]
fn right_and_wrong_answers_look_different_from_tips_and_the_primary_action_with_aa_contrast_in_both_themes() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    let window = kiosk.window();
    let theme = window.global::<lotsen::ui::Theme>();
    for high_contrast in [false, true] {
        theme.set_high_contrast(high_contrast);
        let pairs = [
            ("wrong label on its box", theme.get_wrong(), theme.get_wrong_surface(), 4.5),
            ("text on the wrong box", theme.get_ink(), theme.get_wrong_surface(), 4.5),
            ("right label on its box", theme.get_good(), theme.get_good_surface(), 4.5),
            ("text on the right box", theme.get_ink(), theme.get_good_surface(), 4.5),
            // Borders, icons: non-text contrast against what they sit on.
            ("wrong border on the page", theme.get_wrong(), theme.get_paper(), 3.0),
            ("wrong border on the phone", theme.get_wrong(), theme.get_surface(), 3.0),
            ("right border on the page", theme.get_good(), theme.get_paper(), 3.0),
            ("right border on the phone", theme.get_good(), theme.get_surface(), 3.0),
        ];
        for (what, foreground, background, minimum) in pairs {
            let ratio = contrast(foreground, background);
            assert!(ratio >= minimum, "high contrast {high_contrast}: {what}: {ratio:.2} < {minimum}");
        }
        assert_ne!(theme.get_wrong(), theme.get_primary(), "wrong is not the primary action's colour");
        assert_ne!(theme.get_wrong(), theme.get_warning(), "wrong is not a warning");
        assert_ne!(theme.get_wrong(), theme.get_good());
        if !high_contrast {
            assert_ne!(theme.get_wrong_surface(), theme.get_tip_surface(), "wrong is not a tip");
        }
    }
    theme.set_high_contrast(false);

    // On screen: the chosen wrong answer is framed in the wrong colour on its light surface,
    // never filled like the primary button; the feedback box is the wrong style, not the tip's.
    let session = window.global::<Session>();
    begin_guide(&kiosk, "sv", "bank-scams");
    go_to_step(&kiosk, "sv", "bank-scams", "quiz-bank");
    let log_in = step_text(&kiosk, "sv", "bank-scams", "quiz-bank", "choice-log-in");
    press(window, &log_in);
    assert!(session.get_practice().answered && !session.get_practice().correct);
    let chosen = &buttons(window, &log_in)[0];
    assert_eq!(
        chosen.accessible_description().as_deref(),
        Some(ui_text(&kiosk, "sv", "practice-wrong").as_str()),
        "a screen reader hears the answer was wrong"
    );
    let (at, size) = (chosen.absolute_position(), chosen.size());
    let middle = at.y + size.height / 2.0;
    assert_eq!(pixel_at(&kiosk, at.x + 2.0, middle), theme.get_wrong(), "the chosen wrong answer's border");
    assert_eq!(pixel_at(&kiosk, at.x + 9.0, middle), theme.get_wrong_surface(), "and its surface");
    let feedback = format!(
        "{} {}",
        ui_text(&kiosk, "sv", "practice-wrong"),
        step_text(&kiosk, "sv", "bank-scams", "quiz-bank", "wrong")
    );
    let boxed = ElementHandle::find_by_accessible_label(window, &feedback).next().expect("the feedback is shown");
    let (at, size) = (boxed.absolute_position(), boxed.size());
    assert_eq!(pixel_at(&kiosk, at.x + 8.0, at.y + size.height / 2.0), theme.get_wrong_surface(), "feedback box");
    let other = step_text(&kiosk, "sv", "bank-scams", "quiz-bank", "choice-hang-up");
    assert_eq!(buttons(window, &other)[0].accessible_description().as_deref(), Some(""), "only the chosen is marked");

    // Right: the check's colour on the chosen button.
    press(window, &ui_text(&kiosk, "sv", "practice-try-again"));
    press(window, &other);
    let chosen = &buttons(window, &other)[0];
    assert_eq!(chosen.accessible_description().as_deref(), Some(ui_text(&kiosk, "sv", "practice-right").as_str()));
    let (at, size) = (chosen.absolute_position(), chosen.size());
    assert_eq!(pixel_at(&kiosk, at.x + 2.0, at.y + size.height / 2.0), theme.get_good());
    assert_eq!(pixel_at(&kiosk, at.x + 9.0, at.y + size.height / 2.0), theme.get_good_surface());
}
