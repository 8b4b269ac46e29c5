//! Sync when there is no usable hub: none configured, a malformed `hub_url`, a hub that does not
//! answer. What must survive: every event (pending, in the kiosk's log), the kiosk's recording,
//! and a plain-words reason in the status and in `lotsen stats`.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::Local;
use lotsen_records::{
    EventRecord, Settings, SyncConfig, SyncWorker, UsageLog, send_all_pending, stats_report, usage_db,
};
use lotsen_wire::EventKind;
use rusqlite::Connection;
use uuid::Uuid;

use crate::common::wait_for_status;

const PATIENCE: Duration = Duration::from_secs(60);

fn config(hub_url: &str) -> SyncConfig {
    SyncConfig {
        hub_url: hub_url.into(),
        hub_token: "lotsen-kiosk-not-a-real-token".into(),
        retry_min: Duration::from_millis(50),
        retry_max: Duration::from_millis(200),
        interval: Duration::from_millis(100),
        ..SyncConfig::from_settings(&Settings::default())
    }
}

fn record_visits(usage_log: &UsageLog, visits: usize) {
    for _ in 0..visits {
        let session = Uuid::new_v4();
        usage_log.record(EventRecord::new(EventKind::SessionStarted, session)).unwrap();
        usage_log.record(EventRecord::new(EventKind::GuideOpened, session).guide("swish-setup")).unwrap();
    }
    usage_log.flush(PATIENCE).unwrap();
}

fn count(dir: &Path, sql: &str) -> i64 {
    Connection::open(usage_db::path_in(dir)).unwrap().query_row(sql, [], |row| row.get(0)).unwrap()
}

/// A port on 127.0.0.1 that nothing listens on.
fn closed_port_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}")
}

#[test]
fn without_a_hub_the_kiosk_keeps_everything_locally_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    let worker = SyncWorker::start(&usage_log, config("")).unwrap();
    record_visits(&usage_log, 4);
    drop(worker);
    let status = usage_log.status();
    assert!(!status.hub_configured);
    assert_eq!((status.pending_events, status.last_error()), (8, None));
    let error = send_all_pending(dir.path(), &Settings::default()).unwrap_err();
    assert!(format!("{error:#}").contains("no hub configured"), "{error:#}");
    assert_eq!(count(dir.path(), "SELECT count(*) FROM events"), 8);
}

#[test]
fn a_malformed_hub_url_is_reported_and_nothing_is_sent_or_lost() {
    for bad_url in ["https://hub example.se", "hub.example.se", "http://"] {
        let dir = tempfile::tempdir().unwrap();
        let usage_log = UsageLog::open(dir.path()).unwrap();
        record_visits(&usage_log, 2);
        let worker = SyncWorker::start(&usage_log, config(bad_url)).unwrap();
        let status = wait_for_status(&usage_log, "the bad URL to be reported", |s| s.sync_error.is_some());
        let message = status.sync_error.unwrap();
        assert!(message.contains("hub_url") && message.contains("not a web address"), "{bad_url}: {message}");
        record_visits(&usage_log, 1);
        drop(worker);
        assert_eq!(usage_log.status().pending_events, 6, "{bad_url}");
        assert_eq!(count(dir.path(), "SELECT count(*) FROM events"), 6);
        assert_eq!(
            count(dir.path(), "SELECT count(*) FROM outbox"),
            0,
            "nothing was batched for a hub that cannot exist"
        );
    }
}

#[test]
fn an_unreachable_hub_is_retried_and_reported_and_the_batch_waits_in_the_outbox() {
    let dir = tempfile::tempdir().unwrap();
    let url = closed_port_url();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    record_visits(&usage_log, 3);
    let worker = SyncWorker::start(&usage_log, config(&url)).unwrap();
    let status = wait_for_status(&usage_log, "the unreachable hub to be reported", |s| s.sync_error.is_some());
    let message = status.sync_error.unwrap();
    assert!(message.contains("cannot reach the hub") && message.contains(&url), "{message}");
    // Retried with backoff: the same batch, several attempts.
    let started = Instant::now();
    while count(dir.path(), "SELECT max(attempts) FROM outbox") < 3 {
        assert!(started.elapsed() < PATIENCE, "the worker stopped retrying");
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(worker);
    assert_eq!(count(dir.path(), "SELECT count(*) FROM outbox"), 1, "one batch, resent rather than rebuilt");
    assert_eq!(count(dir.path(), "SELECT count(*) FROM outbox WHERE acked_at IS NULL"), 1);
    assert_eq!(usage_log.status().pending_events, 6);
    drop(usage_log);

    // `lotsen sync` says the same, and `lotsen stats` shows it afterwards.
    let settings = Settings { hub_url: url.clone(), hub_token: "t".into(), ..Settings::default() };
    let error = format!("{:#}", send_all_pending(dir.path(), &settings).unwrap_err());
    assert!(error.contains("cannot reach the hub"), "{error}");
    let report = stats_report::summarize(dir.path(), stats_report::DAYS, Local::now()).unwrap();
    assert_eq!(report.pending_events, 6);
    assert_eq!(report.last_sync, None);
    assert!(report.to_string().contains("cannot reach the hub"), "{report}");
    assert_eq!(count(dir.path(), "SELECT count(*) FROM events"), 6);
}
