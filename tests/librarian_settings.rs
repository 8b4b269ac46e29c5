//! Librarian settings that mean what they say, through the real kiosk UI on Slint's testing
//! backend: librarian mode reads in the staff language whatever the visitor chose, unsaved
//! settings are never dropped silently, and hub settings reach the sync worker at once, against
//! a real hub on 127.0.0.1, including a kiosk whose name was wrong while batches waited.

use std::path::Path;

use crate::common::hub::start_hub;
use crate::common::*;
use crate::librarian::{hold_logo, kiosk_with_pin, open_librarian_mode, retype_setting};
use lotsen::controller::Controller;
use lotsen::ui::{Librarian, LibrarianConfirm, LibrarianTab, Tr};
use lotsen_records::Settings;
use slint::{ComponentHandle, Model};

/// The x of the one button labelled `label`.
fn button_x(kiosk: &Controller, label: &str) -> f32 {
    let found = buttons(kiosk.window(), label);
    assert_eq!(found.len(), 1, "{label}");
    found[0].absolute_position().x
}

#[test]
fn librarian_mode_reads_in_the_staff_language_whatever_the_visitor_chose() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let tr = kiosk.window().global::<Tr>();
    let sv = |key: &str| ui_text(&kiosk, "sv", key);
    begin_guide(&kiosk, "fa", "sample-errand");
    assert_eq!((tr.get_lang().as_str(), tr.get_rtl()), ("fa", true));

    hold_logo(&kiosk, 3);
    assert_eq!((tr.get_lang().as_str(), tr.get_rtl()), ("sv", false), "the PIN pad is staff's too");
    crate::librarian::enter_pin(&kiosk, crate::librarian::PIN);
    assert!(kiosk.window().global::<Librarian>().get_open());
    assert_eq!((tr.get_lang().as_str(), tr.get_rtl()), ("sv", false));
    // Not mirrored: Close stays on the left of Quit, as in every left-to-right language.
    assert!(button_x(&kiosk, &sv("librarian-close")) < button_x(&kiosk, &sv("librarian-quit")));

    // The staff language is a setting, in use as soon as it is saved.
    press(kiosk.window(), &sv("librarian-tab-settings"));
    let change = format!("{}: {}", sv("settings-staff-language"), sv("settings-change"));
    let librarian = kiosk.window().global::<Librarian>();
    for _ in 0..kiosk.content().chrome.locales.codes().count() {
        if librarian.get_staff_language_name() == "English" {
            break;
        }
        press(kiosk.window(), &change);
    }
    assert_eq!(librarian.get_staff_language_name().as_str(), "English");
    assert_eq!(tr.get_lang().as_str(), "sv", "not before Save");
    press(kiosk.window(), &sv("settings-save"));
    assert_eq!(tr.get_lang().as_str(), "en", "in use at once");
    assert_eq!(Settings::load(data_dir.path()).unwrap().staff_language, "en");

    press(kiosk.window(), &ui_text(&kiosk, "en", "librarian-close"));
    assert_eq!((tr.get_lang().as_str(), tr.get_rtl()), ("fa", true), "the visitor's language comes back");
}

#[test]
fn close_with_unsaved_settings_asks_and_the_idle_reset_keeps_them() {
    let data_dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with_pin(data_dir.path());
    let (window, librarian) = (kiosk.window(), kiosk.window().global::<Librarian>());
    let sv = |key: &str| ui_text(&kiosk, "sv", key);
    let saved_timeout = || Settings::load(data_dir.path()).unwrap().idle_timeout_secs;
    open_librarian_mode(&kiosk);
    press(window, &sv("librarian-tab-settings"));
    press(window, &sv("settings-longer"));
    assert_eq!(librarian.get_idle_timeout_seconds(), 180);
    assert_eq!(librarian.get_settings_message().as_str(), sv("settings-unsaved"));

    // Close asks; Keep editing goes back to the draft as it was.
    press(window, &sv("librarian-close"));
    assert_eq!(librarian.get_confirm(), LibrarianConfirm::UnsavedChanges);
    assert!(librarian.get_open());
    press(window, &sv("unsaved-keep-editing"));
    assert_eq!(librarian.get_confirm(), LibrarianConfirm::None);
    assert_eq!(librarian.get_idle_timeout_seconds(), 180);

    // Discard: closed, nothing written, the next draft starts from the file.
    press(window, &sv("librarian-close"));
    press(window, &sv("unsaved-discard"));
    assert!(!librarian.get_open());
    assert_eq!(saved_timeout(), 120);
    open_librarian_mode(&kiosk);
    press(window, &sv("librarian-tab-settings"));
    assert_eq!(librarian.get_idle_timeout_seconds(), 120);

    // Save and close: written and in use.
    press(window, &sv("settings-longer"));
    press(window, &sv("librarian-close"));
    press(window, &sv("unsaved-save"));
    assert!(!librarian.get_open());
    assert_eq!(saved_timeout(), 180);

    // The idle reset closes librarian mode without asking, and keeps the unsaved draft for the
    // settings tab, even after a look at another tab.
    open_librarian_mode(&kiosk);
    press(window, &sv("librarian-tab-settings"));
    press(window, &sv("settings-longer"));
    wait_seconds(180 + 30 + 1);
    assert!(!librarian.get_open(), "closed by the idle reset");
    open_librarian_mode(&kiosk);
    assert_eq!(librarian.get_tab(), LibrarianTab::Overview);
    press(window, &sv("librarian-tab-settings"));
    assert_eq!(librarian.get_idle_timeout_seconds(), 240, "the draft is kept");
    assert_eq!(librarian.get_settings_message().as_str(), sv("settings-unsaved"));
    assert_eq!(saved_timeout(), 180);
}

/// A value of the usage log's sync state, read as `lotsen stats` would.
pub fn sync_state(data_dir: &Path, column: &str) -> Option<String> {
    let db = rusqlite::Connection::open(data_dir.join(lotsen_records::usage_db::FILE_NAME)).unwrap();
    db.query_row(&format!("SELECT {column} FROM sync_state"), [], |row| row.get(0)).unwrap()
}

pub fn pending(data_dir: &Path) -> u64 {
    let db = rusqlite::Connection::open(data_dir.join(lotsen_records::usage_db::FILE_NAME)).unwrap();
    lotsen_records::usage_db::pending_count(&db).unwrap()
}

/// The overview's sync card, as (label, value) lines.
fn sync_card(kiosk: &Controller) -> Vec<(String, String)> {
    kiosk.show_librarian_tab(LibrarianTab::Overview);
    settle();
    let lines = kiosk.window().global::<Librarian>().get_sync();
    lines.iter().map(|line| (line.label.trim().to_string(), line.value.to_string())).collect()
}

#[test]
fn a_kiosk_named_wrong_when_its_token_was_entered_sends_its_waiting_events_once_the_name_is_fixed() {
    let hub = start_hub();
    let data_dir = tempfile::tempdir().unwrap();
    let dir = data_dir.path();
    // A kiosk still named kiosk-1, without a hub, with visitors' events waiting.
    let kiosk = kiosk_with_pin(dir);
    kiosk.start_sync().unwrap();
    begin_guide(&kiosk, "sv", "sample-errand");
    kiosk.reset();
    begin_guide(&kiosk, "ar", "sample-errand");
    let sv = |key: &str| ui_text(&kiosk, "sv", key);

    // The token is entered (for umea-1), and the hub address: in use without a restart.
    open_librarian_mode(&kiosk);
    press(kiosk.window(), &sv("librarian-tab-settings"));
    retype_setting(&kiosk, "settings-hub-url", &hub.url);
    retype_setting(&kiosk, "settings-hub-token", &hub.good);
    press(kiosk.window(), &sv("settings-save"));
    assert_eq!(kiosk.window().global::<Librarian>().get_settings_message().as_str(), sv("settings-saved"));

    // The hub takes the token but refuses the batches of "kiosk-1" (403): the librarian reads
    // why in Swedish, and the events wait.
    wait_for("the 403", || sync_state(dir, "last_problem").as_deref() == Some("wrong-kiosk-name"));
    let card = sync_card(&kiosk);
    assert!(card.contains(&(sv("sync-problem-wrong-kiosk-name"), String::new())), "{card:?}");
    let waiting = pending(dir);
    assert!(waiting >= 8, "{waiting} events wait");
    assert!(card.contains(&(sv("librarian-pending"), waiting.to_string())), "{card:?}");
    assert!(hub.stored_events("umea-1").is_empty() && hub.stored_events("kiosk-1").is_empty());

    // The name is fixed in the settings: the waiting batches go under it, every event once.
    press(kiosk.window(), &sv("librarian-tab-settings"));
    retype_setting(&kiosk, "settings-kiosk-name", "umea-1");
    press(kiosk.window(), &sv("settings-save"));
    wait_for("everything acknowledged", || pending(dir) == 0 && sync_state(dir, "last_problem").is_none());
    let local = recorded_events(dir);
    let stored = hub.stored_events("umea-1");
    assert_eq!(stored.len(), local.len(), "every event once: {stored:?}");
    let mut seqs: Vec<u64> = stored.iter().map(|event| event.seq).collect();
    seqs.sort_unstable();
    assert_eq!(seqs, (1..=local.len() as u64).collect::<Vec<_>>());
    let card = sync_card(&kiosk);
    assert!(card.contains(&(sv("librarian-no-problem"), String::new())), "{card:?}");
    assert!(card.contains(&(sv("librarian-pending"), "0".into())), "{card:?}");
}

#[test]
fn every_sync_and_usage_log_problem_has_its_message_in_swedish_and_english() {
    let keys = lotsen_records::SyncProblem::ALL
        .map(|problem| format!("sync-problem-{}", problem.id()))
        .into_iter()
        .chain(lotsen_records::LogProblem::ALL.map(|problem| format!("log-problem-{}", problem.id())));
    for key in keys {
        for language in ["sv", "en"] {
            let file = std::fs::read_to_string(repo().join(format!("locales/{language}/librarian.ftl"))).unwrap();
            assert!(file.lines().any(|line| line.starts_with(&format!("{key} ="))), "{key} missing in {language}");
        }
    }
}
