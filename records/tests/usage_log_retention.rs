//! Retention and the local summary: pruning deletes only acknowledged events past retention_days,
//! and `lotsen stats` counts the last 7 days of the kiosk's own log.

use std::time::Duration;

use chrono::Local;
use lotsen_records::stats_report::{self, DAYS};
use lotsen_records::{EventRecord, UsageLog, usage_db};
use lotsen_wire::{EventKind, Hour};
use rusqlite::{Connection, params};
use uuid::Uuid;

const PATIENCE: Duration = Duration::from_secs(30);

/// Events from `days_ago`, as a kiosk that has been running that long would have them.
fn insert_old(connection: &Connection, days_ago: i64, kind: EventKind, guide: Option<&str>, locale: Option<&str>) {
    let hour = Hour::truncate((Local::now() - chrono::Duration::days(days_ago)).naive_local()).to_string();
    connection
        .execute(
            "INSERT INTO events (kind, hour, session, guide, locale) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![kind.as_str(), hour, Uuid::new_v4().to_string(), guide, locale],
        )
        .unwrap();
}

fn seqs(connection: &Connection) -> Vec<u64> {
    let mut select = connection.prepare("SELECT seq FROM events ORDER BY seq").unwrap();
    select.query_map([], |row| row.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

#[test]
fn pruning_deletes_only_acknowledged_events_past_retention_and_seqs_are_never_reused() {
    let dir = tempfile::tempdir().unwrap();
    let mut connection = usage_db::open(dir.path()).unwrap();
    for _ in 0..4 {
        insert_old(&connection, 40, EventKind::HelpAsked, None, None);
    }
    // The hub acknowledges a first batch of two.
    let batch = usage_db::next_batch(&mut connection, "kiosk-1", 2).unwrap().unwrap();
    assert_eq!(batch.last_seq, 2);
    usage_db::acknowledge(&mut connection, &batch, Local::now()).unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    usage_log.record(EventRecord::new(EventKind::SessionStarted, Uuid::new_v4())).unwrap();
    usage_log.flush(PATIENCE).unwrap();

    assert_eq!(usage_db::prune(&mut connection, 60, Local::now()).unwrap(), 0, "within 60 days nothing goes");
    assert_eq!(usage_db::prune(&mut connection, 30, Local::now()).unwrap(), 2);
    assert_eq!(seqs(&connection), [3, 4, 5], "old but unacknowledged events stay");
    assert_eq!(usage_db::pending_count(&connection).unwrap(), 3);

    let next = usage_db::next_batch(&mut connection, "kiosk-1", 100).unwrap().unwrap();
    assert!(next.body.contains(r#""seq":3"#) && next.last_seq == 5, "the next batch picks up at seq 3");
    usage_log.record(EventRecord::new(EventKind::SessionEnded, Uuid::new_v4())).unwrap();
    usage_log.flush(PATIENCE).unwrap();
    assert_eq!(seqs(&connection), [3, 4, 5, 6]);

    usage_db::acknowledge(&mut connection, &next, Local::now()).unwrap();
    assert_eq!(usage_db::prune(&mut connection, 30, Local::now()).unwrap(), 2, "3 and 4 once acknowledged");
    drop(usage_log);
    // A pruned seq is not handed out again, even after every row has gone.
    connection.execute("UPDATE sync_state SET acked_through_seq = 6", []).unwrap();
    connection.execute("DELETE FROM events", []).unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    usage_log.record(EventRecord::new(EventKind::HelpAsked, Uuid::new_v4())).unwrap();
    usage_log.flush(PATIENCE).unwrap();
    assert_eq!(seqs(&connection), [7]);
}

#[test]
fn stats_count_the_last_seven_days_of_the_local_log() {
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    let visit = |locale: &str, guide: &str, completes: bool| {
        let session = Uuid::new_v4();
        usage_log.record(EventRecord::new(EventKind::SessionStarted, session)).unwrap();
        usage_log.record(EventRecord::new(EventKind::LanguageChosen, session).locale(locale)).unwrap();
        usage_log.record(EventRecord::new(EventKind::GuideOpened, session).guide(guide)).unwrap();
        if completes {
            usage_log.record(EventRecord::new(EventKind::GuideCompleted, session).guide(guide)).unwrap();
        }
        session
    };
    visit("ar", "bankid-get", true);
    visit("ar", "bankid-get", false);
    let assisted = visit("sv", "swish-setup", true);
    usage_log.record(EventRecord::new(EventKind::AssistedMarked, assisted)).unwrap();
    usage_log.record(EventRecord::new(EventKind::HelpAsked, assisted)).unwrap();
    usage_log.flush(PATIENCE).unwrap();
    let connection = Connection::open(usage_db::path_in(dir.path())).unwrap();
    insert_old(&connection, 8, EventKind::SessionStarted, None, None);
    insert_old(&connection, 8, EventKind::GuideOpened, Some("swish-setup"), None);
    insert_old(&connection, 8, EventKind::LanguageChosen, None, Some("fi"));

    let report = stats_report::summarize(dir.path(), DAYS, Local::now()).unwrap();
    assert_eq!(report.sessions, 3);
    assert_eq!(report.guides, [("bankid-get".to_owned(), 2, 1), ("swish-setup".to_owned(), 1, 1)]);
    assert_eq!(report.languages, [("ar".to_owned(), 2), ("sv".to_owned(), 1)]);
    assert_eq!((report.help_asked, report.assisted), (1, 1));
    assert_eq!((report.last_sync, report.pending_events), (None, 16));
    let text = report.to_string();
    assert!(text.contains("Last 7 days") && text.contains("Last sync:         never"), "{text}");
    assert!(text.contains("Pending events:    16"), "{text}");
}

#[test]
fn without_a_hub_the_kiosk_keeps_only_retention_days_of_events() {
    let dir = tempfile::tempdir().unwrap();
    let connection = usage_db::open(dir.path()).unwrap();
    for _ in 0..3 {
        insert_old(&connection, 40, EventKind::HelpAsked, None, None);
    }
    let usage_log = UsageLog::open(dir.path()).unwrap();
    usage_log.record(EventRecord::new(EventKind::SessionStarted, Uuid::new_v4())).unwrap();
    usage_log.flush(PATIENCE).unwrap();
    let config = lotsen_records::SyncConfig::from_settings(&lotsen_records::Settings::default());
    assert!(config.hub_url.is_empty() && config.retention_days == 30);
    let _worker = lotsen_records::SyncWorker::start(&usage_log, config).unwrap();
    let started = std::time::Instant::now();
    while seqs(&connection) != [4] {
        assert!(started.elapsed() < PATIENCE, "events past retention still kept: {:?}", seqs(&connection));
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(usage_db::pending_count(&connection).unwrap(), 1, "today's event is kept for a hub added later");
}
