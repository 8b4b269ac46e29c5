//! The coordinator dashboard in a real browser: Debian's Chromium, headless, driven by
//! playwright-core (`hub/e2e/dashboard.test.mjs`) against a real hub on 127.0.0.1 filled with
//! generated demo data plus a small region whose counts the script checks exactly.
//!
//! Needs `apt-get install -y chromium` and `npm ci` in hub/e2e; without them the test prints
//! "skipped: ..." and passes, unless LOTSEN_REQUIRE_ALL_TESTS=1. Screenshots go to
//! LOTSEN_E2E_SCREENSHOTS (a directory) when it is set.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Backend, TestDatabase, Visit, visits};
use lotsen_hub::Hub;
use lotsen_hub::demo_data::{self, DemoOptions};
use lotsen_wire::{Batch, SCHEMA_VERSION};
use uuid::Uuid;

const CHROMIUM: &str = "/usr/bin/chromium";
const TEST_REGION: &str = "Provregion";
const TEST_LIBRARY: &str = "Testbiblioteket";
const OTHER_LIBRARY: &str = "Provbibliotek Norr";
const SMALL_LIBRARY: &str = "Provbibliotek Syd";

pub(crate) fn e2e_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("e2e")
}

/// What is missing to run the browser test, if anything.
pub(crate) fn missing_tools() -> Option<String> {
    if !Path::new(CHROMIUM).exists() {
        return Some(format!("{CHROMIUM} is missing (apt-get install -y chromium)"));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("node is missing (apt-get install -y nodejs npm)".into());
    }
    if !e2e_dir().join("node_modules/playwright-core").is_dir() {
        return Some(format!("{}/node_modules is missing (run `npm ci` there)", e2e_dir().display()));
    }
    None
}

fn visit(at: &'static str, guide: &'static str, locale: &'static str, reached_step: u32, completed: bool) -> Visit {
    Visit { at, locale, guide, reached_step, completed, help: false, assisted: false }
}

/// Testbiblioteket, weeks 2025-W10..W12: 12, 3 and 9 sessions of bankid-get; 8 give up at
/// step 3, 5 at step 2, 11 complete all 6 steps.
fn test_library_visits() -> Vec<Visit> {
    let mut all = Vec::new();
    let days = [("2025-03-04T10:00", 12), ("2025-03-12T14:00", 3), ("2025-03-19T11:00", 9)];
    let mut outcome = 0;
    for (at, count) in days {
        for _ in 0..count {
            let locale = if outcome % 3 == 0 { "ar" } else { "sv" };
            all.push(match outcome {
                0..8 => visit(at, "bankid-get", locale, 3, false),
                8..13 => visit(at, "bankid-get", locale, 2, false),
                _ => visit(at, "bankid-get", locale, 6, true),
            });
            outcome += 1;
        }
    }
    all
}

/// Provbibliotek Norr: 14, 13 and 13 completed sessions of 1177-login in the same weeks.
fn other_library_visits() -> Vec<Visit> {
    let days = [("2025-03-05T13:00", 14), ("2025-03-13T09:00", 13), ("2025-03-20T15:00", 13)];
    days.iter().flat_map(|(at, count)| (0..*count).map(|_| visit(at, "1177-login", "sv", 5, true))).collect()
}

/// Provbibliotek Syd: 3 sessions of 1177-login on 26 March (week 13).
fn small_library_visits() -> Vec<Visit> {
    (0..3).map(|_| visit("2025-03-26T10:00", "1177-login", "sv", 5, true)).collect()
}

async fn post_visits(client: &reqwest::Client, base_url: &str, hub: &Hub, library: &str, id: &str, all: &[Visit]) {
    let kiosk = hub.add_kiosk(library, TEST_REGION, Some(id)).await.expect("add kiosk");
    let batch =
        Batch { batch_id: Uuid::new_v4(), kiosk_id: kiosk.kiosk_id, schema: SCHEMA_VERSION, events: visits(1, all) };
    let response = client
        .post(format!("{base_url}{}", lotsen_wire::BATCHES_PATH))
        .bearer_auth(&kiosk.token)
        .json(&batch)
        .send()
        .await
        .expect("hub answers");
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap_or_default());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboard_in_chromium() {
    if let Some(missing) = missing_tools() {
        assert_ne!(
            std::env::var("LOTSEN_REQUIRE_ALL_TESTS").as_deref(),
            Ok("1"),
            "dashboard_in_chromium: {missing}, and LOTSEN_REQUIRE_ALL_TESTS=1"
        );
        eprintln!("skipped: dashboard_in_chromium: {missing}");
        return;
    }
    let database = TestDatabase::create(Backend::Sqlite, "dashboard_in_chromium").await.expect("sqlite");
    let hub = Hub::open(&database.url).await.expect("open hub");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let server = lotsen_hub::serve(listener, hub.clone()).expect("serve");
    let base_url = server.base_url();

    let client = reqwest::Client::new();
    post_visits(&client, &base_url, &hub, TEST_LIBRARY, "test-1", &test_library_visits()).await;
    post_visits(&client, &base_url, &hub, OTHER_LIBRARY, "test-2", &other_library_visits()).await;
    post_visits(&client, &base_url, &hub, SMALL_LIBRARY, "test-3", &small_library_visits()).await;
    let options = DemoOptions { libraries: 6, days: 120, ..DemoOptions::default() };
    let summary = demo_data::generate(&hub, &options).await.expect("demo data");
    assert!(summary.events > 10_000, "{summary:?}");

    let users = [
        ("prov", Some(TEST_REGION), false, "provlosenord-1"),
        ("anna", Some("Västerbotten"), false, "annas-losenord-2"),
        ("spärras", Some(TEST_REGION), false, "ratt-losenord-3"),
    ];
    for (name, region, admin, password) in users {
        lotsen_hub::dashboard::add_user(&hub, name, region, admin, password).await.expect("add user");
    }

    let script = e2e_dir().join("dashboard.test.mjs");
    let url = base_url.clone();
    let status = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg(&script)
            .arg(&url)
            .env("E2E_USER", "prov")
            .env("E2E_PASSWORD", "provlosenord-1")
            .env("E2E_DEMO_USER", "anna")
            .env("E2E_DEMO_PASSWORD", "annas-losenord-2")
            .env("E2E_LOCK_USER", "spärras")
            .env("E2E_LOCK_PASSWORD", "ratt-losenord-3")
            .env("E2E_LIBRARY", TEST_LIBRARY)
            .status()
    })
    .await
    .expect("node task")
    .expect("starting node");
    server.shutdown().await.expect("shutdown");
    assert!(status.success(), "hub/e2e/dashboard.test.mjs failed: {status}");
}
