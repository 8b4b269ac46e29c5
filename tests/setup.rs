//! The first start by touch only, through the real kiosk UI on Slint's testing backend: staff
//! language, a PIN typed twice, kiosk name, hub address and token on the on-screen keyboard with
//! Test connection against a real hub on 127.0.0.1 (a good token, a revoked one and a wrong
//! kiosk name), the languages to offer, then the visitor's screen with everything in use.

use fluent_bundle::FluentArgs;
use i_slint_backend_testing::ElementHandle;
use lotsen::controller::Controller;
use lotsen::ui::{Catalogue, Librarian, Page, Session, Setup, SetupStep, Tr};
use lotsen_records::{EventRecord, Settings, UsageLog};
use lotsen_wire::EventKind;
use slint::{ComponentHandle, Model};

use crate::common::hub::start_hub;
use crate::common::*;
use crate::librarian::{enter_pin, hold_logo, retype_setting_in};
use crate::librarian_settings::{pending, sync_state};

fn en(kiosk: &Controller, key: &str) -> String {
    ui_text(kiosk, "en", key)
}

/// Presses Test connection and waits for the hub's answer.
fn test_connection(kiosk: &Controller) -> (String, bool) {
    let setup = kiosk.window().global::<Setup>();
    press(kiosk.window(), &en(kiosk, "setup-test-connection"));
    assert!(setup.get_testing(), "the answer comes from another thread");
    wait_for("Test connection", || !setup.get_testing());
    (setup.get_connection().to_string(), setup.get_connection_works())
}

#[test]
fn the_first_start_sets_the_kiosk_up_by_touch_with_test_connection_against_a_real_hub() {
    let hub = start_hub();
    let data_dir = tempfile::tempdir().unwrap();
    let dir = data_dir.path();
    // Visitors used the kiosk before it had a PIN or a hub (an older install): their events wait.
    let usage_log = UsageLog::open(dir).unwrap();
    let session = uuid::Uuid::new_v4();
    usage_log.record(EventRecord::new(EventKind::SessionStarted, session)).unwrap();
    usage_log.record(EventRecord::new(EventKind::LanguageChosen, session).locale("fa")).unwrap();
    usage_log.flush(std::time::Duration::from_secs(10)).unwrap();
    let kiosk = start_kiosk(fixture_content(), Settings::default(), Some(usage_log));
    kiosk.start_sync().unwrap();
    kiosk.begin_setup();
    settle();
    let (window, setup, tr) = (kiosk.window(), kiosk.window().global::<Setup>(), kiosk.window().global::<Tr>());
    assert!(setup.get_open());
    let language_pages = ElementHandle::find_by_element_type_name(window, "LanguagePage").count();
    assert_eq!(language_pages, 0, "the setup takes the visitor's screen's place");

    kiosk.open_pin_pad();
    assert!(!kiosk.window().global::<Librarian>().get_pad_open(), "no PIN pad behind the setup (Ctrl+Alt+L)");

    // Staff language: the setup reads in it at once.
    assert_eq!(setup.get_step(), SetupStep::StaffLanguage);
    press(window, "English");
    assert_eq!(tr.get_lang().as_str(), "en");
    press(window, &en(&kiosk, "setup-next"));

    // A PIN typed twice; a different second one starts over.
    for pin in ["2468", "2469"] {
        type_on_keypad(&kiosk, pin);
        press(window, &en(&kiosk, "setup-next"));
    }
    assert_eq!(setup.get_step(), SetupStep::Pin);
    assert_eq!(setup.get_message().as_str(), en(&kiosk, "setup-pins-differ"));
    for _ in 0..2 {
        type_on_keypad(&kiosk, "2468");
        assert_eq!(setup.get_pin_length(), 4, "dots, never digits");
        press(window, &en(&kiosk, "setup-next"));
    }
    assert_eq!(setup.get_step(), SetupStep::Hub);

    // Name, address and token on the on-screen keyboard; Test connection in plain words.
    retype_setting_in(&kiosk, "en", "settings-hub-url", &hub.url);
    retype_setting_in(&kiosk, "en", "settings-hub-token", &hub.good);
    let (answer, works) = test_connection(&kiosk);
    let mut args = FluentArgs::new();
    args.set("token_kiosk", "umea-1");
    args.set("configured", "kiosk-1");
    let mismatch = kiosk.content().chrome.text("en", "setup-connection-name-mismatch", Some(&args));
    assert_eq!((answer, works), (mismatch, false), "still named kiosk-1");

    retype_setting_in(&kiosk, "en", "settings-kiosk-name", "vindeln-1");
    retype_setting_in(&kiosk, "en", "settings-hub-token", &hub.revoked);
    assert_eq!(setup.get_connection().as_str(), "", "a changed value clears the old answer");
    assert_eq!(test_connection(&kiosk), (en(&kiosk, "setup-connection-token-refused"), false));

    retype_setting_in(&kiosk, "en", "settings-kiosk-name", "umea-1");
    retype_setting_in(&kiosk, "en", "settings-hub-token", &hub.good);
    assert_eq!(test_connection(&kiosk), (en(&kiosk, "setup-connection-works"), true));
    press(window, &en(&kiosk, "setup-next"));

    // The languages to offer: Arabic hidden.
    assert_eq!(setup.get_step(), SetupStep::Languages);
    press(window, &format!("العربية: {}", en(&kiosk, "settings-shown")));
    press(window, &en(&kiosk, "setup-finish"));
    // The PIN is hashed off the UI thread (Argon2 takes about half a second).
    wait_for("the settings to be written", || !setup.get_open());

    // The visitor's screen, with everything written and in use.
    assert_eq!(kiosk.window().global::<Session>().get_page(), Page::Language);
    assert_eq!(tr.get_lang().as_str(), "sv", "the visitor's screen in the first offered language");
    let saved = Settings::load(dir).unwrap();
    assert_eq!(
        lotsen_records::pin::check("2468", &saved.librarian_pin),
        lotsen_records::pin::Verdict::Right { rehashed: None }
    );
    assert_eq!(
        (saved.kiosk_id.as_str(), saved.hub_url.as_str(), saved.hub_token.as_str(), saved.staff_language.as_str()),
        ("umea-1", hub.url.as_str(), hub.good.as_str(), "en")
    );
    assert!(!saved.languages.contains(&"ar".to_string()) && saved.languages.len() > 1, "{:?}", saved.languages);
    let offered: Vec<String> =
        kiosk.window().global::<Catalogue>().get_languages().iter().map(|l| l.code.into()).collect();
    assert_eq!(offered, saved.languages);

    // The sync worker took the hub from the setup and sent what waited.
    wait_for("the waiting events at the hub", || pending(dir) == 0 && sync_state(dir, "last_success").is_some());
    assert_eq!(hub.stored_events("umea-1").len(), 2);

    // The PIN opens librarian mode, in English.
    hold_logo(&kiosk, 3);
    assert_eq!(tr.get_lang().as_str(), "en");
    enter_pin(&kiosk, "2468");
    assert!(kiosk.window().global::<Librarian>().get_open());
}

/// Presses the digits of `pin` on the setup's keypad.
fn type_on_keypad(kiosk: &Controller, pin: &str) {
    for digit in pin.chars() {
        press(kiosk.window(), &digit.to_string());
    }
}
