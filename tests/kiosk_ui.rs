//! The visitor's flows through the real kiosk UI, driven by accessible labels on Slint's testing
//! backend with mock time.

use crate::common::*;
use lotsen::ui::{Page, Session, Theme, Tr};
use lotsen_records::Settings;
use lotsen_records::UsageLog;
use slint::{ComponentHandle, Model};

#[test]
fn arabic_visitor_walks_a_whole_guide_and_it_is_logged_anonymously() {
    let data_dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(data_dir.path()).unwrap();
    let kiosk = start_kiosk(bundled_content(), Settings::default(), Some(usage_log));
    let window = kiosk.window();
    let session = window.global::<Session>();
    assert_eq!(session.get_page(), Page::Language);

    press(window, "العربية");
    assert_eq!(session.get_page(), Page::Home);
    assert!(window.global::<Tr>().get_rtl(), "Arabic mirrors the UI");

    press(window, &ui_text(&kiosk, "ar", "category-e-id"));
    assert_eq!(session.get_page(), Page::GuideList);

    let content = kiosk.content();
    let guide = content.catalogue.guide("bankid-get").expect("bankid-get is bundled");
    let chain = kiosk.content().chrome.locales.chain("ar");
    press(window, &guide.text(&chain, "title", None));
    assert_eq!(session.get_page(), Page::Needs);
    assert!(session.get_needs().row_count() > 0, "the needs list is shown before step 1");

    press(window, &ui_text(&kiosk, "ar", "start-guide"));
    let steps = guide.steps.len();
    for step in 1..=steps {
        assert_eq!(session.get_page(), Page::Step);
        assert_eq!(session.get_step_number() as usize, step);
        assert_eq!(session.get_step().title.as_str(), guide.text(&chain, &guide.steps[step - 1].id, Some("title")));
        let next = if step == steps { "finish" } else { "next" };
        press(window, &ui_text(&kiosk, "ar", next));
    }
    assert_eq!(session.get_page(), Page::Finish);
    press(window, &ui_text(&kiosk, "ar", "yes"));
    assert!(session.get_feedback_given());
    press(window, &ui_text(&kiosk, "ar", "back-home"));
    assert_eq!(session.get_page(), Page::Home);

    kiosk.reset();
    drop(kiosk);
    let events = recorded_events(data_dir.path());
    let kinds: Vec<&str> = events.iter().map(|e| e.0.as_str()).collect();
    let mut expected = vec!["session_started", "language_chosen", "guide_opened"];
    expected.extend(std::iter::repeat_n("step_reached", steps));
    expected.extend(["guide_completed", "feedback_given", "session_ended"]);
    assert_eq!(kinds, expected);
    assert!(events[1..events.len() - 1].iter().all(|e| e.3.as_deref() == Some("ar")), "every event names the language");
    assert_eq!(events[3].1.as_deref(), Some("bankid-get"));
    assert_eq!(events[3 + steps - 1].2, Some(steps as i64), "the last step reached is the last step");
}

#[test]
fn switching_language_mid_guide_keeps_the_step() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    let window = kiosk.window();
    let session = window.global::<Session>();
    begin_guide(&kiosk, "sv", "swish-setup");
    press(window, &ui_text(&kiosk, "sv", "next"));
    press(window, &ui_text(&kiosk, "sv", "next"));
    assert_eq!(session.get_step_number(), 3);

    press(window, &ui_text(&kiosk, "sv", "change-language"));
    assert_eq!(session.get_page(), Page::Language);
    press(window, "English");

    assert_eq!(session.get_page(), Page::Step, "back where the visitor was");
    assert_eq!(session.get_step_number(), 3);
    let content = kiosk.content();
    let guide = content.catalogue.guide("swish-setup").unwrap();
    let english = guide.text(&["en".into()], &guide.steps[2].id, Some("title"));
    assert_eq!(session.get_step().title.as_str(), english, "the step is now in English");
    assert_eq!(window.global::<Tr>().get_lang().as_str(), "en");
    assert_eq!(buttons(window, &ui_text(&kiosk, "en", "next")).len(), 1, "the buttons speak English too");
}

#[test]
fn idle_kiosk_asks_then_wipes_everything_back_to_the_language_screen() {
    let data_dir = tempfile::tempdir().unwrap();
    let settings = Settings { idle_timeout_secs: 120, idle_countdown_secs: 30, ..Settings::default() };
    let kiosk = start_kiosk(bundled_content(), settings, Some(UsageLog::open(data_dir.path()).unwrap()));
    let window = kiosk.window();
    let session = window.global::<Session>();
    begin_guide(&kiosk, "fi", "1177-appointments");
    press(window, &ui_text(&kiosk, "fi", "text-size"));
    press(window, &ui_text(&kiosk, "fi", "contrast"));
    assert_eq!(window.global::<Theme>().get_text_scale(), 1.25);
    assert!(window.global::<Theme>().get_high_contrast());

    wait_seconds(119);
    assert!(!session.get_idle_open(), "no question before the timeout");
    wait_seconds(2);
    assert!(session.get_idle_open(), "after 120 s the kiosk asks");
    assert!(session.get_idle_seconds_left() <= 30 && session.get_idle_seconds_left() >= 29);

    press(window, &ui_text(&kiosk, "fi", "idle-continue"));
    assert!(!session.get_idle_open());
    assert_eq!(session.get_page(), Page::Step, "the visitor keeps their place");

    wait_seconds(121);
    assert!(session.get_idle_open());
    wait_seconds(31);
    assert!(!session.get_idle_open());
    assert_eq!(session.get_page(), Page::Language);
    assert_eq!(session.get_guide_title().as_str(), "", "nothing of the previous visitor remains");
    assert_eq!(session.get_needs().row_count(), 0);
    assert_eq!(session.get_step().title.as_str(), "");
    assert_eq!(window.global::<Tr>().get_lang().as_str(), "sv", "back to the first language");
    assert_eq!(window.global::<Theme>().get_text_scale(), 1.0, "the next visitor starts with normal text");
    assert!(!window.global::<Theme>().get_high_contrast());

    kiosk.reset();
    drop(kiosk);
    let kinds: Vec<String> = recorded_events(data_dir.path()).into_iter().map(|e| e.0).collect();
    assert_eq!(kinds.iter().filter(|k| *k == "session_ended").count(), 1, "{kinds:?}");
    assert!(kinds.contains(&"guide_abandoned".to_string()), "{kinds:?}");
}

/// Share of dark "ink" pixels in the left and right halves of the step's content area.
fn ink_left_right(kiosk: &lotsen::controller::Controller) -> (usize, usize) {
    settle();
    let snapshot = kiosk.window().window().take_snapshot().expect("software renderer snapshot");
    let (width, height) = (snapshot.width() as usize, snapshot.height() as usize);
    let pixels = snapshot.as_slice();
    let (mut left, mut right) = (0, 0);
    // Between the progress bar and the navigation buttons.
    for y in (height * 23 / 100)..(height * 86 / 100) {
        for x in 0..width {
            let p = pixels[y * width + x];
            let luminance = (p.r as u32 * 299 + p.g as u32 * 587 + p.b as u32 * 114) / 1000;
            if luminance < 110 {
                if x < width / 2 { left += 1 } else { right += 1 }
            }
        }
    }
    (left, right)
}

#[test]
fn arabic_text_sits_on_the_right_and_swedish_on_the_left() {
    let kiosk = start_kiosk(fixture_content(), Settings::default(), None);
    for (language, text_on_right) in [("sv", false), ("ar", true)] {
        kiosk.choose_language(language);
        kiosk.open_guide("sample-errand");
        kiosk.start_steps();
        let (left, right) = ink_left_right(&kiosk);
        assert!(left + right > 1000, "{language}: the step text was drawn ({left} + {right} dark pixels)");
        if text_on_right {
            assert!(right > 4 * left, "{language}: ink should be on the right: left {left}, right {right}");
        } else {
            assert!(left > 4 * right, "{language}: ink should be on the left: left {left}, right {right}");
        }
    }
}

#[test]
fn every_control_on_every_screen_has_a_role_and_a_label() {
    use i_slint_backend_testing::{AccessibleRole, ElementQuery};
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    let window = kiosk.window();
    let mut screens = 0;
    let mut check_screen = |name: &str| {
        settle();
        let controls: Vec<_> = ElementQuery::from_root(window)
            .match_descendants()
            .match_predicate(|e| {
                matches!(
                    e.accessible_role(),
                    Some(AccessibleRole::Button | AccessibleRole::Image | AccessibleRole::ProgressIndicator)
                )
            })
            .find_all();
        assert!(!controls.is_empty(), "{name}: no controls found (is debug info compiled in?)");
        for control in controls {
            let label = control.accessible_label().unwrap_or_default();
            assert!(
                !label.trim().is_empty(),
                "{name}: a {:?} without a label ({:?})",
                control.accessible_role(),
                control.id()
            );
        }
        screens += 1;
    };
    check_screen("language");
    kiosk.choose_language("fa");
    check_screen("home");
    kiosk.open_category("health");
    check_screen("guide list");
    kiosk.open_guide("1177-login");
    check_screen("needs");
    kiosk.start_steps();
    check_screen("step");
    kiosk.set_help_open(true);
    check_screen("help");
    kiosk.set_help_open(false);
    for _ in 0..kiosk.content().catalogue.guide("1177-login").unwrap().steps.len() {
        kiosk.next();
    }
    check_screen("finish");
    assert_eq!(screens, 7);
}

/// The characters of `text` in the order they are drawn from left to right, as laid out by
/// parley, the text layout every Slint 1.18 renderer (the kiosk's software renderer too) uses,
/// with the kiosk's bundled fonts at `width` logical pixels and `size` pixels.
fn drawn_left_to_right(text: &str, width: f32, size: f32) -> String {
    let mut fonts = parley::FontContext::new();
    for font in std::fs::read_dir(repo().join("ui/fonts")).unwrap().flatten() {
        if font.path().extension().is_some_and(|e| e == "ttf") {
            let data = std::fs::read(font.path()).unwrap();
            fonts.collection.register_fonts(parley::fontique::Blob::new(std::sync::Arc::new(data)), None);
        }
    }
    let mut layouts = parley::LayoutContext::<[u8; 4]>::new();
    let mut builder = layouts.ranged_builder(&mut fonts, text, 1.0, false);
    builder.push_default(parley::StyleProperty::FontSize(size));
    builder.push_default(parley::style::FontFamily::named("Noto Sans"));
    let mut layout = builder.build(text);
    layout.break_all_lines(Some(width));
    let mut drawn = String::new();
    for line in layout.lines() {
        for item in line.items() {
            if let parley::PositionedLayoutItem::GlyphRun(run) = item {
                for cluster in run.run().visual_clusters() {
                    drawn.push_str(&text[cluster.text_range()]);
                }
            }
        }
    }
    drawn
}

#[test]
fn latin_runs_in_an_arabic_step_are_drawn_in_their_own_order() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    begin_guide(&kiosk, "ar", "1177-login");
    let window = kiosk.window();
    let title = i_slint_backend_testing::ElementQuery::from_root(window)
        .match_descendants()
        .find_all()
        .into_iter()
        .find(|e| e.accessible_label().is_some_and(|l| l.contains("1177.se")))
        .expect("the Arabic title of 1177-login's first step names 1177.se");
    let text = title.accessible_label().unwrap().to_string();
    let size = 38.0; // Theme.title at normal text size
    let drawn = drawn_left_to_right(&text, title.size().width, size);
    assert!(drawn.contains("1177.se"), "drawn as {drawn:?}");

    // Without the kiosk's isolation marks the same title is drawn "se.1177": this is what the
    // marks fix, and shows the check can fail.
    let bare: String = text.chars().filter(|c| !matches!(c, '\u{2066}' | '\u{2069}')).collect();
    let drawn_bare = drawn_left_to_right(&bare, title.size().width, size);
    assert!(drawn_bare.contains("se.1177"), "drawn as {drawn_bare:?}");

    // The other runs the visitor is told about, in Arabic and Persian guide text.
    let content = kiosk.content();
    for (language, guide, id, attribute, run) in [
        ("ar", "freja-get", "title", None, "Freja+"),
        ("ar", "1177-login", "open-1177", Some("body"), "1177.se"),
        ("fa", "1177-login", "open-1177", Some("body"), "1177.se"),
    ] {
        let chain = content.chrome.locales.chain(language);
        let text = content.catalogue.guide(guide).unwrap().text(&chain, id, attribute);
        let drawn = drawn_left_to_right(&text, 600.0, 24.0);
        assert!(drawn.contains(run), "{language} {guide} {id}: {run:?} drawn as {drawn:?}");
    }
}

#[test]
fn i_dont_have_a_passport_leads_to_the_guide_about_it_and_back_to_the_same_place() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = start_kiosk(bundled_content(), Settings::default(), Some(UsageLog::open(data_dir.path()).unwrap()));
    let window = kiosk.window();
    let session = window.global::<Session>();
    let chain = kiosk.content().chrome.locales.chain("sv");
    let title = |id: &str| kiosk.content().catalogue.guide(id).expect("bundled guide").text(&chain, "title", None);
    press(window, "Svenska");
    press(window, &ui_text(&kiosk, "sv", "category-e-id"));
    press(window, &title("bankid-get"));
    assert_eq!(session.get_return_label(), "", "no way back to offer before a detour");

    let needs: Vec<_> = session.get_needs().iter().collect();
    let with_guide: Vec<_> = needs.iter().filter(|need| need.has_guide).collect();
    assert_eq!(with_guide.len(), 1, "only the passport item has a guide to get it: {needs:?}");
    press(window, &format!("{}: {}", ui_text(&kiosk, "sv", "need-missing"), with_guide[0].text));
    assert_eq!(
        (session.get_page(), session.get_guide_title().to_string()),
        (Page::Needs, title("id-without-passport"))
    );
    let return_label = session.get_return_label();
    assert!(return_label.contains(&title("bankid-get")), "the way back names the guide: {return_label}");

    press(window, &return_label);
    assert_eq!((session.get_page(), session.get_guide_title().to_string()), (Page::Needs, title("bankid-get")));
    assert_eq!(session.get_return_label(), "");
    kiosk.reset();
    drop(kiosk);

    let db = rusqlite::Connection::open(data_dir.path().join(lotsen_records::usage_db::FILE_NAME)).unwrap();
    let missing: Vec<(String, String)> = db
        .prepare("SELECT guide, need FROM events WHERE kind = 'need_missing'")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(missing, [("bankid-get".to_owned(), "passport-or-id-card".to_owned())], "guide and item id only");
}
