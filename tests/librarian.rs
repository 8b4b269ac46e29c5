//! Librarian mode through the real kiosk UI on Slint's testing backend with mock time: the long
//! press and PIN pad, the lock after wrong PINs, the assisted flag, closing on the idle reset, and
//! `lotsen set-pin`.

use std::process::{Command, Stdio};
use std::rc::Rc;

use crate::common::*;
use i_slint_backend_testing::{AccessibleRole, ElementHandle};
use lotsen::controller::Controller;
use lotsen::ui::{EditedSetting, Librarian, Page, Session, Tr};
use lotsen_records::Settings;
use lotsen_records::UsageLog;
use slint::platform::{PointerEventButton, WindowEvent};
use slint::{ComponentHandle, LogicalPosition, Model};

pub const PIN: &str = "2468";

/// The kiosk with the librarian PIN set and a usage log in `data_dir`.
pub fn kiosk_with_pin(data_dir: &std::path::Path) -> Rc<Controller> {
    let settings = Settings { librarian_pin: lotsen_records::pin::hash(PIN).unwrap(), ..Settings::default() };
    settings.save(data_dir).unwrap();
    start_kiosk(fixture_content(), settings, Some(UsageLog::open(data_dir).unwrap()))
}

/// Holds a finger on the kiosk logo for `seconds` of mock time, then lifts it.
pub fn hold_logo(kiosk: &Controller, seconds: u64) {
    let logo = ElementHandle::find_by_element_type_name(kiosk.window(), "Logo").next().expect("a logo on screen");
    let (position, size) = (logo.absolute_position(), logo.size());
    let position = LogicalPosition::new(position.x + size.width / 2.0, position.y + size.height / 2.0);
    let window = kiosk.window().window();
    window.dispatch_event(WindowEvent::PointerPressed { position, button: PointerEventButton::Left });
    wait_seconds(seconds);
    window.dispatch_event(WindowEvent::PointerReleased { position, button: PointerEventButton::Left });
    settle();
}

pub fn enter_pin(kiosk: &Controller, pin: &str) {
    for digit in pin.chars() {
        press(kiosk.window(), &digit.to_string());
    }
    let language = kiosk.window().global::<Tr>().get_lang();
    press(kiosk.window(), &ui_text(kiosk, &language, "pin-ok"));
    await_pin_check(kiosk);
}

pub fn open_librarian_mode(kiosk: &Controller) {
    hold_logo(kiosk, 3);
    enter_pin(kiosk, PIN);
    assert!(kiosk.window().global::<Librarian>().get_open(), "the right PIN opens librarian mode");
}

#[test]
fn a_three_second_press_on_the_logo_opens_the_pin_pad_and_a_short_one_does_not() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let librarian = kiosk.window().global::<Librarian>();

    hold_logo(&kiosk, 1);
    assert!(!librarian.get_pad_open(), "a tap or short press does nothing");
    hold_logo(&kiosk, 3);
    assert!(librarian.get_pad_open());
    assert_eq!(librarian.get_pad_message().as_str(), ui_text(&kiosk, "sv", "pin-enter"));
    press(kiosk.window(), &ui_text(&kiosk, "sv", "librarian-cancel"));
    assert!(!librarian.get_pad_open());

    // Also from the top bar inside a guide.
    begin_guide(&kiosk, "sv", "sample-errand");
    hold_logo(&kiosk, 3);
    assert!(librarian.get_pad_open(), "the top bar's logo opens the pad too");
}

#[test]
fn the_right_pin_opens_librarian_mode_over_the_visitors_place_which_comes_back_on_close() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let (window, librarian, session) =
        (kiosk.window(), kiosk.window().global::<Librarian>(), kiosk.window().global::<Session>());
    begin_guide(&kiosk, "sv", "sample-errand");
    press(window, &ui_text(&kiosk, "sv", "next"));
    hold_logo(&kiosk, 3);
    for digit in PIN.chars() {
        press(window, &digit.to_string());
    }
    assert_eq!(librarian.get_pin_length(), PIN.len() as i32, "one dot per digit");
    press(window, &ui_text(&kiosk, "sv", "pin-erase"));
    assert_eq!(librarian.get_pin_length(), PIN.len() as i32 - 1);
    press(window, &PIN[PIN.len() - 1..]);
    press(window, &ui_text(&kiosk, "sv", "pin-ok"));
    assert_eq!(librarian.get_pad_message().as_str(), ui_text(&kiosk, "sv", "pin-checking"));
    assert!(librarian.get_pad_open() && !librarian.get_open(), "the pad waits for the check");
    await_pin_check(&kiosk);
    assert!(librarian.get_open());
    assert!(!librarian.get_pad_open());

    press(window, &ui_text(&kiosk, "sv", "librarian-close"));
    assert!(!librarian.get_open());
    assert_eq!(session.get_page(), Page::Step, "the visitor's place is kept");
    assert_eq!(session.get_step_number(), 2);
}

#[test]
fn five_wrong_pins_lock_the_pad_for_five_minutes() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let librarian = kiosk.window().global::<Librarian>();
    hold_logo(&kiosk, 3);
    for tries_left in (1..5).rev() {
        enter_pin(&kiosk, "1111");
        assert_eq!(librarian.get_pad_message().as_str(), kiosk.content().chrome.count("sv", "pin-wrong", tries_left));
    }
    enter_pin(&kiosk, "1112");
    assert_eq!(librarian.get_pad_message().as_str(), kiosk.content().chrome.count("sv", "pin-locked", 5));
    assert!(librarian.get_pad_closed_to_input());
    assert!(buttons(kiosk.window(), "2").is_empty(), "no keypad while locked");

    // Even the right PIN is refused while locked, also after closing and reopening the pad.
    kiosk.enter_pin_digit("2");
    assert_eq!(librarian.get_pin_length(), 0);
    // The lock outlives the pad (and the idle reset that closes it): reopening shows the minutes left.
    let cancel = ui_text(&kiosk, "sv", "librarian-cancel");
    press(kiosk.window(), &cancel);
    wait_seconds(61);
    hold_logo(&kiosk, 3);
    assert_eq!(librarian.get_pad_message().as_str(), kiosk.content().chrome.count("sv", "pin-locked", 4));
    press(kiosk.window(), &cancel);
    wait_seconds(5 * 60 - 64 - 5);
    hold_logo(&kiosk, 3);
    assert!(librarian.get_pad_closed_to_input(), "still locked before five minutes have passed");
    assert_eq!(librarian.get_pad_message().as_str(), kiosk.content().chrome.count("sv", "pin-locked", 1));
    wait_seconds(3);
    assert!(!librarian.get_pad_closed_to_input(), "open again after five minutes");
    assert_eq!(librarian.get_pad_message().as_str(), ui_text(&kiosk, "sv", "pin-enter"));
    enter_pin(&kiosk, PIN);
    assert!(librarian.get_open());
}

#[test]
fn a_pin_hash_from_before_the_higher_cost_opens_and_is_renewed_on_disk() {
    // What `lotsen set-pin` stored for "2468" until November 2026 (the argon2 crate's defaults,
    // 25 ms per offline guess): it must keep opening librarian mode, then cost today's price.
    const OLD_HASH: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$mMs9XVDRUDy8t4GjoJVZ9w$ZX/S2qakrulJtvI+Iqu6iWl5vHLqfk3/AWyKd8zltSQ";
    let data_dir = tempfile::tempdir().unwrap();
    let settings = Settings { librarian_pin: OLD_HASH.into(), ..Settings::default() };
    settings.save(data_dir.path()).unwrap();
    let kiosk = start_kiosk(fixture_content(), settings, Some(UsageLog::open(data_dir.path()).unwrap()));
    open_librarian_mode(&kiosk);
    let stored = Settings::load(data_dir.path()).unwrap().librarian_pin;
    assert!(stored.contains("m=65536,t=12"), "renewed at today's cost: {stored}");
    assert_eq!(lotsen_records::pin::check(PIN, &stored), lotsen_records::pin::Verdict::Right { rehashed: None });
}

#[test]
fn without_a_pin_the_pad_says_how_to_set_one_and_does_not_open() {
    let kiosk = start_kiosk(fixture_content(), Settings::default(), None);
    let librarian = kiosk.window().global::<Librarian>();
    hold_logo(&kiosk, 3);
    assert!(librarian.get_pad_open());
    assert!(librarian.get_pad_message().contains("lotsen set-pin"), "{}", librarian.get_pad_message());
    assert!(buttons(kiosk.window(), "1").is_empty(), "no keypad without a PIN");
    kiosk.enter_pin_digit("1");
    kiosk.submit_pin();
    assert!(!librarian.get_open());
}

#[test]
fn i_helped_this_visitor_records_one_assisted_event_for_the_session() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let librarian = kiosk.window().global::<Librarian>();
    begin_guide(&kiosk, "sv", "sample-errand");
    open_librarian_mode(&kiosk);
    assert!(librarian.get_has_visitor());
    press(kiosk.window(), &ui_text(&kiosk, "sv", "librarian-assisted"));
    assert!(librarian.get_assisted());
    press(kiosk.window(), &ui_text(&kiosk, "sv", "librarian-assisted-done"));
    kiosk.mark_assisted();
    kiosk.reset();
    drop(kiosk);

    let events = recorded_events(data_dir.path());
    let assisted = events.iter().filter(|e| e.0 == "assisted_marked").count();
    assert_eq!(assisted, 1, "marked once per session: {events:?}");
    let db = rusqlite::Connection::open(data_dir.path().join(lotsen_records::usage_db::FILE_NAME)).unwrap();
    let sessions: i64 = db
        .query_row(
            "SELECT count(DISTINCT session) FROM events WHERE session IN
             (SELECT session FROM events WHERE kind = 'assisted_marked')
             AND kind = 'session_started'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(sessions, 1, "the assisted flag carries the visitor's session id");
}

#[test]
fn librarian_mode_shows_the_figures_of_the_usage_log() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    begin_guide(&kiosk, "sv", "sample-errand");
    kiosk.reset();
    open_librarian_mode(&kiosk);
    let librarian = kiosk.window().global::<Librarian>();
    let today: Vec<_> = librarian.get_today().iter().map(|l| (l.label.to_string(), l.value.to_string())).collect();
    let visitors = (ui_text(&kiosk, "sv", "librarian-sessions"), "1".to_string());
    assert!(today.contains(&visitors), "{today:?}");
    assert!(today.iter().any(|(label, value)| label.contains("Svenska") && value == "1"), "{today:?}");
    let sync: Vec<_> = librarian.get_sync().iter().map(|l| l.value.to_string()).collect();
    assert!(sync.contains(&ui_text(&kiosk, "sv", "librarian-no-hub")), "{sync:?}");
    assert!(librarian.get_coverage().row_count() > 0);
}

#[test]
fn the_idle_reset_closes_librarian_mode() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    open_librarian_mode(&kiosk);
    let settings = Settings::default();
    wait_seconds(settings.idle_timeout_secs + settings.idle_countdown_secs + 1);
    assert!(!kiosk.window().global::<Librarian>().get_open(), "closed by the idle reset");
    assert_eq!(kiosk.window().global::<Session>().get_page(), Page::Language);
}

#[test]
fn quit_asks_first_says_how_the_kiosk_comes_back_and_then_hides_the_window() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let (window, librarian) = (kiosk.window(), kiosk.window().global::<Librarian>());
    let sv = |key: &str| ui_text(&kiosk, "sv", key);
    open_librarian_mode(&kiosk);
    // Started by hand (no service manager): quitting says how to start it again.
    press(window, &sv("librarian-quit"));
    assert!(window.window().is_visible(), "Quit only asks");
    assert_eq!(librarian.get_quit_text().as_str(), sv("quit-start-again"));
    press(window, &sv("quit-cancel"));
    assert!(window.window().is_visible() && librarian.get_open(), "Cancel keeps librarian mode");

    // Under the packaged service, which starts the kiosk again by itself.
    kiosk.set_restarted_by_service(true);
    press(window, &sv("librarian-quit"));
    assert_eq!(librarian.get_quit_text().as_str(), sv("quit-comes-back"));
    press(window, &sv("quit-confirm"));
    assert!(!window.window().is_visible(), "hiding the last window ends the event loop");
}

#[test]
fn every_control_in_librarian_mode_and_the_pin_pad_has_an_accessible_label() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    // An Arabic-speaking visitor; librarian mode reads in the staff language, Swedish.
    begin_guide(&kiosk, "ar", "sample-errand");
    hold_logo(&kiosk, 3);
    assert_labelled(&kiosk, "PinPad", 13);
    enter_pin(&kiosk, PIN);
    // Close, Quit, the four tabs, and the tab's own controls.
    for (tab, controls) in [
        ("librarian-tab-overview", 7),
        ("librarian-tab-languages", 6 + 8 + 2 * 7),
        ("librarian-tab-settings", 16),
        ("librarian-tab-print", 6),
    ] {
        press(kiosk.window(), &ui_text(&kiosk, "sv", tab));
        assert_labelled(&kiosk, "LibrarianPage", controls);
    }
    press(kiosk.window(), &ui_text(&kiosk, "sv", "librarian-tab-settings"));
    press(
        kiosk.window(),
        &format!("{}: {}", ui_text(&kiosk, "sv", "settings-kiosk-name"), ui_text(&kiosk, "sv", "settings-change")),
    );
    // Digits, three rows of letters and marks, capitals, five marks, erase, cancel and done.
    assert_labelled(&kiosk, "OnScreenKeyboard", 10 * 4 + 1 + 5 + 1 + 2);
}

/// Every control inside the one `component` on screen has a label; there are at least `minimum`.
fn assert_labelled(kiosk: &Controller, component: &str, minimum: usize) {
    let root = ElementHandle::find_by_element_type_name(kiosk.window(), component).next().expect(component);
    let interactive =
        [AccessibleRole::Button, AccessibleRole::Checkbox, AccessibleRole::Switch, AccessibleRole::TextInput];
    let controls = root
        .query_descendants()
        .match_predicate(move |e| e.accessible_role().is_some_and(|r| interactive.contains(&r)))
        .find_all();
    assert!(controls.len() >= minimum, "{component}: only {} controls found", controls.len());
    for control in controls {
        let label = control.accessible_label().unwrap_or_default();
        assert!(!label.trim().is_empty(), "{component}: a {:?} without a label", control.accessible_role());
    }
}

fn set_pin(data_dir: &std::path::Path, input: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lotsen"))
        .args(["--data-dir".as_ref(), data_dir.as_os_str(), "set-pin".as_ref()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn set_pin_stores_only_a_hash_and_refuses_bad_pins() {
    let data_dir = tempfile::tempdir().unwrap();
    let before = Settings { kiosk_id: "umea-1".into(), ..Settings::default() };
    before.save(data_dir.path()).unwrap();

    let output = set_pin(data_dir.path(), "13579\n");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = std::fs::read_to_string(data_dir.path().join(lotsen_records::Settings::FILE_NAME)).unwrap();
    assert!(!text.contains("13579"), "the PIN itself is never stored: {text}");
    let after = Settings::load(data_dir.path()).unwrap();
    assert_eq!(
        lotsen_records::pin::check("13579", &after.librarian_pin),
        lotsen_records::pin::Verdict::Right { rehashed: None }
    );
    assert_eq!(after.kiosk_id, "umea-1", "the other settings are kept");

    for (bad, says) in [("12\n", "4 to 8 digits"), ("12ab\n", "digits only")] {
        let output = set_pin(data_dir.path(), bad);
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(says), "{bad:?}: {stderr}");
    }
    assert_eq!(Settings::load(data_dir.path()).unwrap(), after, "a refused PIN changes nothing");
}

/// Scrolls librarian mode's page by `dy` pixels (negative: towards the end), as a swipe would;
/// the testing backend finds only what is scrolled into view.
pub fn swipe_librarian_page(kiosk: &Controller, dy: f32) {
    let page = ElementHandle::find_by_element_type_name(kiosk.window(), "LibrarianPage").next().unwrap();
    let flickable = page.query_descendants().match_type_name("Flickable").find_first().expect("a scrolling page");
    flickable.scroll(0.0, dy);
    settle();
}

/// Types on the on-screen keyboard, one key press per character (lowercase, digits and marks).
pub fn type_on_screen(kiosk: &Controller, text: &str) {
    for character in text.chars() {
        press(kiosk.window(), &character.to_string());
    }
}

/// Opens the keyboard for a setting, erases what is there and types `text` (labels in Swedish).
pub fn retype_setting(kiosk: &Controller, label_key: &str, text: &str) {
    retype_setting_in(kiosk, "sv", label_key, text);
}

/// Like `retype_setting`, with the labels in `language`.
pub fn retype_setting_in(kiosk: &Controller, language: &str, label_key: &str, text: &str) {
    let label = format!("{}: {}", ui_text(kiosk, language, label_key), ui_text(kiosk, language, "settings-change"));
    press(kiosk.window(), &label);
    let librarian = kiosk.window().global::<Librarian>();
    while !librarian.get_editing_text().is_empty() {
        press(kiosk.window(), &ui_text(kiosk, language, "keyboard-erase"));
    }
    type_on_screen(kiosk, text);
    assert_eq!(librarian.get_editing_text().as_str(), text);
    press(kiosk.window(), &ui_text(kiosk, language, "keyboard-done"));
    assert_eq!(librarian.get_editing_setting(), EditedSetting::None, "the keyboard closes");
}

#[test]
fn settings_changed_by_touch_are_validated_written_and_used_at_once() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let before = Settings::load(data_dir.path()).unwrap();
    // espeak-ng and aplay (into the null device) are there: the status report names the voices.
    let reads_aloud = kiosk.speech().is_some_and(|speech| speech.has_voice());
    if reads_aloud {
        assert!(kiosk.kiosk_facts().read_aloud.contains(&"fi".to_string()), "every language is offered at first");
    }
    let (window, librarian) = (kiosk.window(), kiosk.window().global::<Librarian>());
    open_librarian_mode(&kiosk);
    press(window, &ui_text(&kiosk, "sv", "librarian-tab-settings"));
    let sv = |key: &str| ui_text(&kiosk, "sv", key);

    press(window, &sv("settings-shorter"));
    assert_eq!(librarian.get_idle_timeout_seconds(), 90);
    press(window, &sv("text-size-2"));
    press(window, &sv("librarian-tab-languages"));
    press(window, &format!("English: {}", sv("settings-move-up")));
    swipe_librarian_page(&kiosk, -600.0);
    press(window, &format!("Suomi: {}", sv("settings-shown")));
    let choices: Vec<(String, bool)> =
        librarian.get_language_choices().iter().map(|c| (c.code.to_string(), c.enabled)).collect();
    assert_eq!(choices[..2], [("en".to_string(), true), ("sv".to_string(), true)]);
    assert_eq!(choices.last().unwrap(), &("fi".to_string(), false), "hidden languages go last");

    press(window, &sv("librarian-tab-settings"));
    assert_eq!(librarian.get_idle_timeout_seconds(), 90, "one draft for both tabs");
    // An address the hub cannot be reached at is refused, saying why in the staff language;
    // nothing is written.
    retype_setting(&kiosk, "settings-hub-url", "ftp://hub.example");
    press(window, &sv("settings-save"));
    assert!(librarian.get_settings_message_is_error());
    assert_eq!(librarian.get_settings_message().as_str(), sv("settings-invalid-hub-url"));
    assert_eq!(Settings::load(data_dir.path()).unwrap(), before, "a refused draft leaves the file as it was");

    retype_setting(&kiosk, "settings-hub-url", "https://hub.example");
    retype_setting(&kiosk, "settings-kiosk-name", "umea-1");
    press(window, &sv("settings-save"));
    assert!(!librarian.get_settings_message_is_error(), "{}", librarian.get_settings_message());
    assert_eq!(librarian.get_settings_message().as_str(), sv("settings-saved"));
    let saved = Settings::load(data_dir.path()).unwrap();
    let expected_languages = ["en", "sv", "ar", "fa", "so", "ti", "uk"].map(String::from).to_vec();
    assert_eq!(
        saved,
        Settings {
            kiosk_id: "umea-1".into(),
            hub_url: "https://hub.example".into(),
            idle_timeout_secs: 90,
            text_size: lotsen_records::TextSize::ExtraLarge,
            languages: expected_languages,
            // start_kiosk plays read-aloud into ALSA's null device; the kiosk saves the settings it runs with.
            audio_device: "null".into(),
            ..before.clone()
        }
    );

    // In use at once: the language screen's list and order, the next visitor's text size and
    // the idle timeout.
    press(window, &sv("librarian-close"));
    let offered: Vec<String> =
        kiosk.window().global::<lotsen::ui::Catalogue>().get_languages().iter().map(|l| l.code.to_string()).collect();
    assert_eq!(offered, saved.languages);
    // The next status report to the hub names the languages now offered, not those at start.
    let read_aloud = kiosk.kiosk_facts().read_aloud;
    assert!(!read_aloud.contains(&"fi".to_string()), "Finnish is no longer offered: {read_aloud:?}");
    if reads_aloud {
        assert_eq!(read_aloud, ["en", "sv", "ar", "fa", "uk"], "the offered languages with a voice, in order");
    }
    kiosk.reset();
    assert_eq!(kiosk.window().global::<lotsen::ui::Theme>().get_text_scale(), 1.5);
    assert_eq!(kiosk.window().global::<Tr>().get_lang().as_str(), "en", "the first language is the default");
    press(window, "Svenska");
    wait_seconds(89);
    assert!(!kiosk.window().global::<Session>().get_idle_open());
    wait_seconds(2);
    assert!(kiosk.window().global::<Session>().get_idle_open(), "asked after the new 90 s");
}

#[test]
fn the_last_shown_language_cannot_be_hidden() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let librarian = kiosk.window().global::<Librarian>();
    open_librarian_mode(&kiosk);
    press(kiosk.window(), &ui_text(&kiosk, "sv", "librarian-tab-languages"));
    let codes: Vec<String> = librarian.get_language_choices().iter().map(|c| c.code.to_string()).collect();
    for code in &codes {
        kiosk.toggle_language(code);
    }
    let shown = librarian.get_language_choices().iter().filter(|c| c.enabled).count();
    assert_eq!(shown, 1);
    assert!(librarian.get_settings_message_is_error());
    assert_eq!(librarian.get_settings_message().as_str(), ui_text(&kiosk, "sv", "settings-one-language"));
}

#[test]
fn a_save_that_fails_after_starting_shows_why_and_leaves_the_old_file() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let before = std::fs::read_to_string(data_dir.path().join(lotsen_records::Settings::FILE_NAME)).unwrap();
    // The temporary file cannot be written: a folder is in its place.
    std::fs::create_dir(data_dir.path().join(".settings.toml.tmp")).unwrap();
    let librarian = kiosk.window().global::<Librarian>();
    open_librarian_mode(&kiosk);
    press(kiosk.window(), &ui_text(&kiosk, "sv", "librarian-tab-settings"));
    press(kiosk.window(), &ui_text(&kiosk, "sv", "settings-longer"));
    press(kiosk.window(), &ui_text(&kiosk, "sv", "settings-save"));
    assert!(librarian.get_settings_message_is_error());
    assert!(librarian.get_settings_message().contains(".settings.toml.tmp"), "{}", librarian.get_settings_message());
    let after = std::fs::read_to_string(data_dir.path().join(lotsen_records::Settings::FILE_NAME)).unwrap();
    assert_eq!(after, before);
    assert_eq!(Settings::load(data_dir.path()).unwrap().idle_timeout_secs, 120, "the kiosk keeps the old value");
}

/// The kiosk with bundled guides, ready to print with the real `lotsen handout`; `lp` and
/// `lpstat` are the programs given (a missing lpstat means no CUPS default printer).
fn printing_kiosk(data_dir: &std::path::Path, printer: &str, lp: &std::path::Path) -> Rc<Controller> {
    let settings = Settings {
        librarian_pin: lotsen_records::pin::hash(PIN).unwrap(),
        printer: printer.into(),
        ..Settings::default()
    };
    let kiosk = start_kiosk(bundled_content(), settings, Some(UsageLog::open(data_dir).unwrap()));
    kiosk.enable_printing(lotsen::printing::PrintSetup {
        content_dir: repo(),
        lotsen: env!("CARGO_BIN_EXE_lotsen").into(),
        lp: lp.into(),
        lpstat: "/nonexistent/lpstat".into(),
    });
    kiosk
}

/// Prints the open guide from the print tab and waits (up to two minutes) for the outcome.
fn print_open_guide(kiosk: &Controller, guide: &str) -> (String, bool) {
    let librarian = kiosk.window().global::<Librarian>();
    open_librarian_mode(kiosk);
    press(kiosk.window(), &ui_text(kiosk, "sv", "librarian-tab-print"));
    let title = kiosk.content().catalogue.guide(guide).unwrap().text(&["sv".into()], "title", None);
    press(kiosk.window(), &format!("{}: {title}", ui_text(kiosk, "sv", "print-this-guide")));
    assert!(librarian.get_printing());
    let started = std::time::Instant::now();
    while librarian.get_printing() {
        assert!(started.elapsed() < std::time::Duration::from_secs(120), "printing takes too long");
        std::thread::sleep(std::time::Duration::from_millis(50));
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(200));
    }
    (librarian.get_print_message().to_string(), librarian.get_print_message_is_error())
}

fn saved_handouts(data_dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let dir = data_dir.join(lotsen::printing::HANDOUTS_DIR);
    std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default()
}

#[test]
fn without_a_printer_the_open_guide_is_saved_as_a_pdf_and_the_page_says_where() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = printing_kiosk(data_dir.path(), "", std::path::Path::new("lp"));
    begin_guide(&kiosk, "sv", "bankid-get");
    let (message, is_error) = print_open_guide(&kiosk, "bankid-get");
    assert!(!is_error, "{message}");
    let handouts = saved_handouts(data_dir.path());
    assert_eq!(handouts.len(), 1, "{handouts:?}");
    assert!(message.contains(&handouts[0].display().to_string()), "{message}");
    let pdf = std::fs::read(&handouts[0]).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let name = handouts[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("bankid-get-sv-") && name.ends_with(".pdf"), "{name}");
    let status = kiosk.window().global::<Librarian>().get_printer_status();
    assert!(status.contains(&data_dir.path().join("handouts").display().to_string()), "{status}");
}

/// CUPS' lp stood in by a script that keeps its arguments in `lp-args` beside it, or refuses as
/// lp does for the printer "Missing".
fn stand_in_lp(bin: &std::path::Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let lp = bin.join("lp");
    let script = format!(
        "#!/bin/sh\nif [ \"$2\" = Missing ]; then echo 'lp: The printer or class does not exist.' >&2; exit 1; fi\nprintf '%s\\n' \"$@\" > {}\n",
        bin.join("lp-args").display()
    );
    std::fs::write(&lp, script).unwrap();
    std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).unwrap();
    lp
}

#[test]
fn with_a_printer_the_pdf_goes_to_lp() {
    let (data_dir, bin) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let kiosk = printing_kiosk(data_dir.path(), "Desk_HP", &stand_in_lp(bin.path()));
    begin_guide(&kiosk, "sv", "swish-setup");
    let (message, is_error) = print_open_guide(&kiosk, "swish-setup");
    assert!(!is_error, "{message}");
    assert!(message.contains("Desk_HP"), "{message}");
    let args = std::fs::read_to_string(bin.path().join("lp-args")).unwrap();
    let args: Vec<&str> = args.lines().collect();
    let pdf = saved_handouts(data_dir.path()).pop().unwrap();
    let title = kiosk.content().catalogue.guide("swish-setup").unwrap().text(&["sv".into()], "title", None);
    assert_eq!(args, ["-d", "Desk_HP", "-t", title.as_str(), "--", pdf.to_str().unwrap()]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn a_printer_refusal_is_shown_with_where_the_pdf_was_saved() {
    let (data_dir, bin) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let kiosk = printing_kiosk(data_dir.path(), "Missing", &stand_in_lp(bin.path()));
    begin_guide(&kiosk, "sv", "swish-setup");
    let (message, is_error) = print_open_guide(&kiosk, "swish-setup");
    assert!(is_error);
    assert!(message.contains("The printer or class does not exist"), "{message}");
    let pdf = saved_handouts(data_dir.path()).pop().unwrap();
    assert!(message.contains(&pdf.display().to_string()), "the PDF is kept and the page says where: {message}");
}
