//! Kiosk health on a real hub: `POST /api/v1/status` (the latest kept per kiosk, malformed ones
//! refused), the flags, `lotsen-hub kiosk list`, and the dashboard's Kiosks page in headless
//! Chromium (`hub/e2e/kiosks.test.mjs`) with a healthy, a silent and an outdated kiosk.

use std::process::Command;

use lotsen_hub::Flag;
use lotsen_wire::{Hour, KioskStatus, Problem, STATUS_PATH};
use reqwest::StatusCode;
use sqlx::{Connection, Executor};

use crate::common::{Backend, REGION, TestHub};
use crate::content::Editor;

const HUB: &str = env!("CARGO_BIN_EXE_lotsen-hub");
const OTHER_REGION: &str = "Norrbotten";

fn status(running: u64, disk: u8, problem: Option<Problem>) -> KioskStatus {
    KioskStatus {
        app_version: "0.1.0".into(),
        content_running: running,
        content_staged: None,
        events_waiting: 0,
        oldest_waiting: None,
        problem,
        disk_free_percent: disk,
        read_aloud: vec!["sv".into(), "ar".into()],
        printer_configured: true,
        uptime_hours: 30,
    }
}

async fn post(hub: &TestHub, token: Option<&str>, body: String) -> StatusCode {
    let mut request = hub.client.post(hub.url(STATUS_PATH)).header("content-type", "application/json").body(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap().status()
}

async fn send(hub: &TestHub, token: &str, status: &KioskStatus) {
    assert_eq!(post(hub, Some(token), serde_json::to_string(status).unwrap()).await, StatusCode::NO_CONTENT);
}

/// Runs one statement on the hub's database behind its back.
async fn sql(backend: Backend, url: &str, statement: &str) {
    match backend {
        Backend::Sqlite => {
            sqlx::SqliteConnection::connect(url).await.unwrap().execute(sqlx::AssertSqlSafe(statement)).await.unwrap();
        }
        Backend::Postgres => {
            sqlx::PgConnection::connect(url).await.unwrap().execute(sqlx::AssertSqlSafe(statement)).await.unwrap();
        }
    };
}

/// Västerbotten: umea-1 healthy on pack 2 (published), vindeln-1 last heard four days ago,
/// lycksele-1 on pack 1 with 14 events waiting; Norrbotten: kiruna-1 with 5% disk free whose
/// sync the hub refuses.
async fn fleet(backend: Backend, test: &str) -> Option<TestHub> {
    let hub = TestHub::start(backend, test).await?;
    let editor = Editor::new();
    let key = std::fs::read_to_string(&editor.public).unwrap();
    hub.hub.trust_content_key(&key).await.unwrap();
    hub.hub.publish_content(&std::fs::read(editor.pack(2)).unwrap(), Some(REGION)).await.unwrap();
    let vindeln = hub.hub.add_kiosk("Vindeln bibliotek", REGION, Some("vindeln-1")).await.unwrap();
    let lycksele = hub.hub.add_kiosk("Lycksele bibliotek", REGION, Some("lycksele-1")).await.unwrap();
    let kiruna = hub.hub.add_kiosk("Kiruna bibliotek", OTHER_REGION, Some("kiruna-1")).await.unwrap();

    send(&hub, &hub.kiosk.token, &status(2, 63, None)).await;
    send(&hub, &vindeln.token, &status(2, 40, None)).await;
    let waiting_since = Hour::truncate(chrono::Local::now().naive_local() - chrono::Duration::hours(3));
    let outdated = KioskStatus { events_waiting: 14, oldest_waiting: Some(waiting_since), ..status(1, 55, None) };
    send(&hub, &lycksele.token, &outdated).await;
    send(&hub, &kiruna.token, &status(0, 5, Some(Problem::SyncRefused))).await;
    let four_days = 4 * 24 * 3600;
    sql(
        backend,
        &hub.database.url,
        &format!("UPDATE kiosk_status SET received_at = received_at - {four_days} WHERE kiosk_id = 'vindeln-1'"),
    )
    .await;
    Some(hub)
}

fn flags_of(kiosks: &[lotsen_hub::KioskHealth]) -> Vec<(String, Vec<Flag>)> {
    kiosks.iter().map(|kiosk| (kiosk.kiosk_id.clone(), kiosk.flags.clone())).collect()
}

async fn statuses_are_kept_flagged_and_listed(backend: Backend, test: &str) {
    let Some(hub) = fleet(backend, test).await else { return };
    let token = hub.kiosk.token.clone();

    // Refused: no token, not JSON, an unknown field (free text), a problem that is not a category.
    let good = serde_json::to_string(&status(2, 63, None)).unwrap();
    assert_eq!(post(&hub, None, good.clone()).await, StatusCode::UNAUTHORIZED);
    assert_eq!(post(&hub, Some(&token), "{".into()).await, StatusCode::BAD_REQUEST);
    let note = good.replacen('{', r#"{"note":"the screen is cracked","#, 1);
    assert_eq!(post(&hub, Some(&token), note).await, StatusCode::BAD_REQUEST);
    let free_problem = serde_json::to_string(&status(2, 63, Some(Problem::DiskError)))
        .unwrap()
        .replace("disk_error", "Anna spilled coffee");
    assert_eq!(post(&hub, Some(&token), free_problem).await, StatusCode::BAD_REQUEST);
    let bad_language = good.replace(r#""ar""#, r#""Anna""#);
    assert_eq!(post(&hub, Some(&token), bad_language).await, StatusCode::BAD_REQUEST);

    // The latest is kept, one per kiosk.
    send(&hub, &token, &KioskStatus { events_waiting: 3, ..status(2, 61, None) }).await;
    let now = chrono::Local::now();
    let all = hub.hub.kiosk_health(None, now).await.unwrap();
    assert_eq!(all.len(), 4, "one row per kiosk: {all:?}");
    let umea = all.iter().find(|kiosk| kiosk.kiosk_id == "umea-1").unwrap();
    let latest = umea.status.as_ref().unwrap();
    assert_eq!((latest.events_waiting, latest.disk_free_percent), (3, 61));
    assert_eq!(latest.read_aloud, ["sv", "ar"]);
    assert_eq!(umea.published, 2);

    let flags = |pairs: &[(&str, &[Flag])]| -> Vec<(String, Vec<Flag>)> {
        pairs.iter().map(|(id, flags)| (id.to_string(), flags.to_vec())).collect()
    };
    // Sorted by region, then library.
    assert_eq!(
        flags_of(&all),
        flags(&[
            ("kiruna-1", &[Flag::DiskLow, Flag::SyncRefused]),
            ("lycksele-1", &[Flag::ContentOutdated]),
            ("umea-1", &[]),
            ("vindeln-1", &[Flag::Silent]),
        ])
    );
    let region = hub.hub.kiosk_health(Some(REGION), now).await.unwrap();
    assert_eq!(region.len(), 3, "a region's kiosks only");

    // A kiosk that never reported is silent too.
    hub.hub.add_kiosk("Sorsele bibliotek", REGION, Some("sorsele-1")).await.unwrap();
    let all = hub.hub.kiosk_health(Some(REGION), now).await.unwrap();
    let sorsele = all.iter().find(|kiosk| kiosk.kiosk_id == "sorsele-1").unwrap();
    assert_eq!((sorsele.last_seen, &sorsele.flags), (None, &vec![Flag::Silent]));

    let output = Command::new(HUB).args(["--database", &hub.database.url, "kiosk", "list"]).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let list = String::from_utf8(output.stdout).unwrap();
    let line = |kiosk: &str| {
        list.lines().find(|line| line.split('\t').nth(1) == Some(kiosk)).unwrap_or_else(|| panic!("{kiosk}: {list}"))
    };
    assert!(
        list.starts_with(
            "library\tkiosk\tregion\tlast seen\tapp\tcontent\tevents waiting\tproblem\tdisk free\tflags\n"
        )
    );
    assert!(line("umea-1").starts_with(&format!("Umeå stadsbibliotek\tumea-1\t{REGION}\t")), "{list}");
    assert!(line("umea-1").ends_with("\t0.1.0\t2 of 2\t3\t-\t61%\tok"), "{list}");
    assert!(line("vindeln-1").ends_with("\tsilent"), "{list}");
    assert!(line("lycksele-1").contains("\t1 of 2\t14 since "), "{list}");
    assert!(line("lycksele-1").ends_with("\tcontent-outdated"), "{list}");
    assert!(line("kiruna-1").ends_with("\tsync_refused\t5%\tdisk-low,sync-refused"), "{list}");
    assert!(line("sorsele-1").contains("\tnever\t"), "{list}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kiosks_page_in_chromium() {
    if let Some(missing) = crate::dashboard_browser::missing_tools() {
        assert_ne!(
            std::env::var("LOTSEN_REQUIRE_ALL_TESTS").as_deref(),
            Ok("1"),
            "kiosks_page_in_chromium: {missing}, and LOTSEN_REQUIRE_ALL_TESTS=1"
        );
        eprintln!("skipped: kiosks_page_in_chromium: {missing}");
        return;
    }
    let hub = fleet(Backend::Sqlite, "kiosks_page_in_chromium").await.unwrap();
    let users: [(&str, Option<&str>, bool, &str); 2] =
        [("vera", Some(REGION), false, "veras-losenord-1"), ("ada", None, true, "adas-losenord-2")];
    for (name, region, admin, password) in users {
        lotsen_hub::dashboard::add_user(&hub.hub, name, region, admin, password).await.unwrap();
    }
    let script = crate::dashboard_browser::e2e_dir().join("kiosks.test.mjs");
    let url = hub.base_url.clone();
    let status = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg(&script)
            .arg(&url)
            .env("E2E_USER", "vera")
            .env("E2E_PASSWORD", "veras-losenord-1")
            .env("E2E_ADMIN", "ada")
            .env("E2E_ADMIN_PASSWORD", "adas-losenord-2")
            .env("E2E_OTHER_REGION", OTHER_REGION)
            .status()
    })
    .await
    .unwrap()
    .expect("starting node");
    assert!(status.success(), "hub/e2e/kiosks.test.mjs failed: {status}");
}

async fn settings_are_set_per_scope_and_the_most_specific_wins(backend: Backend, test: &str) {
    let Some(hub) = fleet(backend, test).await else { return };
    let database = hub.database.url.clone();
    let run = |args: &[&str]| crate::content::hub_command(&database, args);
    let (ok, output) = run(&["settings", "set", "--region", REGION, "languages=sv,en,ar", "idle_timeout_secs=90"]);
    assert!(ok, "{output}");
    let (ok, output) = run(&["settings", "set", "--library", "Umeå stadsbibliotek", "idle_timeout_secs=120"]);
    assert!(ok, "{output}");
    let (ok, output) = run(&["settings", "set", "--kiosk", "umea-1", "text_size=1", "printer=Desk_HP"]);
    assert!(ok, "{output}");
    // Refused, nothing changed: a bad value, a setting that stays on the kiosk, a place with no kiosk.
    for (args, says) in [
        (vec!["--region", REGION, "idle_timeout_secs=5", "text_size=2"], "idle_timeout_secs 5"),
        (vec!["--region", REGION, "hub_token=lotsen-kiosk-x"], "not a setting the hub sets"),
        (vec!["--region", REGION, "languages=sv,Swedish"], "not a language code"),
        (vec!["--kiosk", "no-such-kiosk", "text_size=1"], "no kiosk has kiosk no-such-kiosk"),
        (vec!["--region", REGION, "idle_timeout_secs"], "KEY=VALUE"),
    ] {
        let (ok, output) = run(&[&["settings", "set"], args.as_slice()].concat());
        assert!(!ok && output.contains(says), "{args:?}: {output}");
    }
    let (ok, shown) = run(&["settings", "show"]);
    assert!(ok, "{shown}");
    let lines: Vec<&str> = shown.lines().filter(|line| line.contains('=')).collect();
    assert_eq!(
        lines,
        [
            "kiosk umea-1\tprinter=Desk_HP",
            "kiosk umea-1\ttext_size=1",
            "library Umeå stadsbibliotek\tidle_timeout_secs=120",
            &format!("region {REGION}\tidle_timeout_secs=90"),
            &format!("region {REGION}\tlanguages=sv,en,ar"),
        ],
        "{shown}"
    );

    // Carried with the content answer: the kiosk's own over its library's over its region's.
    let answer = |token: String| {
        let client = hub.client.clone();
        let url = hub.url(lotsen_wire::CONTENT_PATH);
        async move {
            let response = client.get(url).bearer_auth(token).send().await.unwrap();
            response.json::<lotsen_wire::ContentAnswer>().await.unwrap().settings
        }
    };
    let umea = answer(hub.kiosk.token.clone()).await;
    assert_eq!(
        umea.entries(),
        [
            ("languages", "sv,en,ar".to_string()),
            ("idle_timeout_secs", "120".to_string()),
            ("text_size", "1".to_string()),
            ("printer", "Desk_HP".to_string()),
        ]
    );
    let other = hub.hub.add_kiosk("Vännäs bibliotek", REGION, Some("vannas-1")).await.unwrap();
    let vannas = answer(other.token).await;
    assert_eq!(vannas.entries(), [("languages", "sv,en,ar".to_string()), ("idle_timeout_secs", "90".to_string())]);
}

on_both_backends!(statuses_are_kept_flagged_and_listed, settings_are_set_per_scope_and_the_most_specific_wins);
