//! The usage log as the controller uses it: record, flush, reopen; and what the file refuses.

use std::time::Duration;

use lotsen_records::{EventRecord, UsageLog, usage_db};
use lotsen_wire::{EventKind, Hour};
use rusqlite::Connection;
use uuid::Uuid;

const WAIT: Duration = Duration::from_secs(10);

/// seq, kind, hour, session, locale, step, correct
type StoredRow = (i64, String, String, String, Option<String>, Option<i64>, Option<bool>);

fn visit(usage_log: &UsageLog, session: Uuid) {
    usage_log.record(EventRecord::new(EventKind::SessionStarted, session)).unwrap();
    usage_log.record(EventRecord::new(EventKind::LanguageChosen, session).locale("ar")).unwrap();
    usage_log.record(EventRecord::new(EventKind::GuideOpened, session).guide("bankid-get")).unwrap();
    usage_log.record(EventRecord::new(EventKind::StepReached, session).guide("bankid-get").step(3)).unwrap();
    usage_log
        .record(EventRecord::new(EventKind::PracticeAnswered, session).guide("bankid-get").step(4).correct(false))
        .unwrap();
    usage_log.record(EventRecord::new(EventKind::FeedbackGiven, session).guide("bankid-get").helpful(true)).unwrap();
    usage_log.record(EventRecord::new(EventKind::AssistedMarked, session)).unwrap();
    usage_log.record(EventRecord::new(EventKind::SessionEnded, session)).unwrap();
}

#[test]
fn recorded_events_are_stored_in_order_with_the_hour_and_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let session = Uuid::new_v4();
    let before = Hour::now();
    {
        let usage_log = UsageLog::open(dir.path()).unwrap();
        visit(&usage_log, session);
        usage_log.flush(WAIT).unwrap();
        assert_eq!(usage_log.status().pending_events, 8);
        assert_eq!(usage_log.status().unwritten_events, 0);
    }
    let after = Hour::now();
    let connection = Connection::open(usage_db::path_in(dir.path())).unwrap();
    let rows: Vec<StoredRow> = connection
        .prepare("SELECT seq, kind, hour, session, locale, step, correct FROM events ORDER BY seq")
        .unwrap()
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let kinds: Vec<&str> = rows.iter().map(|row| row.1.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "session_started",
            "language_chosen",
            "guide_opened",
            "step_reached",
            "practice_answered",
            "feedback_given",
            "assisted_marked",
            "session_ended"
        ]
    );
    assert!(rows.windows(2).all(|pair| pair[0].0 < pair[1].0), "seqs strictly increase");
    for row in &rows {
        let hour = Hour::parse(&row.2).expect("stored hour is truncated to the hour");
        assert!(before <= hour && hour <= after);
        assert_eq!(row.3, session.to_string());
    }
    assert_eq!(rows[1].4.as_deref(), Some("ar"));
    assert_eq!(rows[3].5, Some(3));
    assert_eq!(rows[4].6, Some(false));

    // Reopening continues the sequence and still counts the pending events.
    let usage_log = UsageLog::open(dir.path()).unwrap();
    assert_eq!(usage_log.status().pending_events, 8);
    usage_log.record(EventRecord::new(EventKind::HelpAsked, Uuid::new_v4())).unwrap();
    usage_log.flush(WAIT).unwrap();
    let last: i64 = connection.query_row("SELECT max(seq) FROM events", [], |row| row.get(0)).unwrap();
    assert_eq!(last, rows.last().unwrap().0 + 1);
}

#[test]
fn events_that_break_the_wire_rules_are_refused_and_nothing_else_is_affected() {
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    let session = Uuid::new_v4();
    let free_text_guide =
        usage_log.record(EventRecord::new(EventKind::GuideOpened, session).guide("Anna Andersson 070-123"));
    assert!(format!("{:#}", free_text_guide.unwrap_err()).contains("not a guide id"));
    assert!(
        usage_log.record(EventRecord::new(EventKind::StepReached, session).guide("bankid-get")).is_err(),
        "no step"
    );
    assert!(usage_log.record(EventRecord::new(EventKind::LanguageChosen, session)).is_err(), "no locale");
    assert!(
        usage_log.record(EventRecord::new(EventKind::HelpAsked, session).helpful(true)).is_err(),
        "helpful on help"
    );
    usage_log.record(EventRecord::new(EventKind::HelpAsked, session)).unwrap();
    usage_log.flush(WAIT).unwrap();
    assert_eq!(usage_log.status().pending_events, 1);
}

#[test]
fn the_event_table_refuses_updates_and_deleting_unacknowledged_events() {
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    visit(&usage_log, Uuid::new_v4());
    usage_log.flush(WAIT).unwrap();
    let connection = Connection::open(usage_db::path_in(dir.path())).unwrap();
    let update = connection.execute("UPDATE events SET locale = 'sv'", []).unwrap_err();
    assert!(update.to_string().contains("append-only"), "{update}");
    let delete = connection.execute("DELETE FROM events", []).unwrap_err();
    assert!(delete.to_string().contains("acknowledged"), "{delete}");
    let lower = connection.execute("UPDATE sync_state SET acked_through_seq = -1", []).unwrap_err();
    assert!(lower.to_string().contains("only rises"), "{lower}");
    let count: i64 = connection.query_row("SELECT count(*) FROM events", [], |row| row.get(0)).unwrap();
    assert_eq!(count, 8, "every event survives the refused statements");
    let journal: String = connection.query_row("PRAGMA journal_mode", [], |row| row.get(0)).unwrap();
    assert_eq!(journal, "wal");
}
