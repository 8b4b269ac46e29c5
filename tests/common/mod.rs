//! Shared set-up for the kiosk's UI tests: the real controller and UI on Slint's testing backend
//! (software renderer, mock time), driven through accessible labels like a screen reader would.

pub mod hub;

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, TestingBackend, TestingBackendOptions};
use lotsen::controller::Controller;
use lotsen::ui::AppWindow;
use lotsen_guide::Content;
use lotsen_records::{Settings, UsageLog};
use slint::{ComponentHandle, PhysicalSize};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture_guides() -> PathBuf {
    repo().join("tests/fixtures/guides")
}

/// The bundled UI text and guides.
pub fn bundled_content() -> Content {
    Content::load(&repo()).expect("bundled content loads")
}

/// Copies `from` into `to`, folders and all.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The bundled UI text with the small test guide(s) in tests/fixtures/guides.
pub fn fixture_content() -> Content {
    Content::load_from(&repo().join("locales"), &fixture_guides()).expect("fixture content loads")
}

/// Starts the kiosk on this test thread's own testing backend, 1280×800. Read-aloud plays into
/// ALSA's `null` device (unless the settings name another), so the speaker button shows here as
/// on a kiosk with speakers.
pub fn start_kiosk(content: Content, mut settings: Settings, usage_log: Option<UsageLog>) -> Rc<Controller> {
    if settings.audio_device.is_empty() {
        settings.audio_device = "null".into();
    }
    slint::platform::set_platform(Box::new(TestingBackend::new(TestingBackendOptions {
        mock_time: true,
        threading: false,
        renderer_name: Some("software".into()),
    })))
    .expect("one platform per test thread");
    let controller = Controller::new(content, settings, usage_log).expect("the kiosk starts");
    controller.window().window().set_size(PhysicalSize::new(1280, 800));
    controller.window().show().expect("window shows");
    settle();
    controller
}

/// Lets Slint instantiate what changed (pages are `if`s) and run due timers.
pub fn settle() {
    i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(20));
}

/// Advances mock time second by second, so repeated timers fire as they would.
pub fn wait_seconds(seconds: u64) {
    for _ in 0..seconds {
        i_slint_backend_testing::mock_elapsed_time(Duration::from_secs(1));
    }
}

/// Waits (real time, pumping the UI) for the PIN check running on its own thread for about
/// half a second; the pad says "checking" meanwhile.
pub fn await_pin_check(kiosk: &Controller) {
    let language = kiosk.window().global::<lotsen::ui::Tr>().get_lang();
    let checking = ui_text(kiosk, &language, "pin-checking");
    let librarian = kiosk.window().global::<lotsen::ui::Librarian>();
    for _ in 0..1000 {
        if librarian.get_pad_message() != checking {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
        settle();
    }
    panic!("the PIN check gave no verdict within 10 seconds");
}

/// The buttons with exactly this accessible label.
pub fn buttons(window: &AppWindow, label: &str) -> Vec<ElementHandle> {
    ElementHandle::find_by_accessible_label(window, label)
        .filter(|element| element.accessible_role() == Some(AccessibleRole::Button))
        .collect()
}

/// Presses the one button labelled `label`, as a screen reader's default action would.
pub fn press(window: &AppWindow, label: &str) {
    let found = buttons(window, label);
    assert_eq!(found.len(), 1, "expected one button labelled {label:?}, found {}", found.len());
    found[0].invoke_accessible_default_action();
    settle();
}

/// The UI text the visitor sees for `key` in `language`.
pub fn ui_text(controller: &Controller, language: &str, key: &str) -> String {
    controller.content().chrome.text(language, key, None)
}

/// Kinds, guides, steps and locales of every event in a kiosk usage log, in order.
pub fn recorded_events(data_dir: &Path) -> Vec<(String, Option<String>, Option<i64>, Option<String>)> {
    let db = rusqlite::Connection::open(data_dir.join(lotsen_records::usage_db::FILE_NAME)).expect("usage log opens");
    let mut query = db.prepare("SELECT kind, guide, step, locale FROM events ORDER BY seq").unwrap();
    query
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Whether an optional program a test needs is installed. Without it the test is skipped with a
/// line saying so, or fails when LOTSEN_REQUIRE_ALL_TESTS=1 (as `scripts/test` sets).
pub fn installed_or_skip(test: &str, installed: bool, program: &str, package: &str) -> bool {
    if !installed {
        assert_ne!(
            std::env::var("LOTSEN_REQUIRE_ALL_TESTS").as_deref(),
            Ok("1"),
            "{test}: {program} is not installed and LOTSEN_REQUIRE_ALL_TESTS=1 (apt-get install -y {package})"
        );
        println!("skipped: {test}: {program} is not installed (apt-get install -y {package})");
    }
    installed
}

/// Picks `language` on the language screen, opens `guide` and presses Start: step 1 on screen.
pub fn begin_guide(kiosk: &Controller, language: &str, guide: &str) {
    let name = kiosk.content().chrome.locales.get(language).expect("a bundled language").name.clone();
    press(kiosk.window(), &name);
    kiosk.open_guide(guide);
    settle();
    press(kiosk.window(), &ui_text(kiosk, language, "start-guide"));
}

/// Every `practice_answered` event in a kiosk usage log, in order: guide, step, locale, correct.
pub fn practice_answers(data_dir: &Path) -> Vec<(String, i64, String, bool)> {
    let db = rusqlite::Connection::open(data_dir.join(lotsen_records::usage_db::FILE_NAME)).expect("usage log opens");
    let mut query = db
        .prepare("SELECT guide, step, locale, correct FROM events WHERE kind = 'practice_answered' ORDER BY seq")
        .unwrap();
    query
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Waits in real time for work on other threads (the sync worker, Test connection), letting
/// Slint's timers run, until `done`; a bound against hanging, not a speed requirement.
pub fn wait_for(what: &str, done: impl Fn() -> bool) {
    let started = std::time::Instant::now();
    while !done() {
        assert!(started.elapsed() < Duration::from_secs(60), "still waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(100));
    }
}
