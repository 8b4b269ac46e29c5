//! The usage log when the disk refuses writes: a database locked by another program, and a full
//! disk (a real tmpfs of a few hundred KiB in a private mount namespace). What must survive:
//! every recorded event (kept in memory, written once the disk takes it again), a status that
//! says what is wrong in plain words, and a file that passes `PRAGMA integrity_check`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use lotsen_records::{EventRecord, UsageLog, usage_db};
use lotsen_wire::EventKind;
use rusqlite::Connection;
use uuid::Uuid;

use crate::common::test_name;

const PATIENCE: Duration = Duration::from_secs(60);

fn record_help_asked(usage_log: &UsageLog, count: usize) -> Vec<Uuid> {
    (0..count)
        .map(|_| {
            let session = Uuid::new_v4();
            usage_log.record(EventRecord::new(EventKind::HelpAsked, session)).unwrap();
            session
        })
        .collect()
}

fn stored_sessions(dir: &Path) -> Vec<String> {
    let connection = Connection::open(usage_db::path_in(dir)).unwrap();
    let integrity: String = connection.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    let mut select = connection.prepare("SELECT session FROM events ORDER BY seq").unwrap();
    select.query_map([], |row| row.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

fn as_strings(sessions: &[Uuid]) -> Vec<String> {
    sessions.iter().map(Uuid::to_string).collect()
}

/// Flushes until the writer has caught up (it retries on its own; a flush also wakes it).
fn flush_until_written(usage_log: &UsageLog) {
    let started = Instant::now();
    while let Err(error) = usage_log.flush(PATIENCE) {
        assert!(started.elapsed() < PATIENCE, "the log never recovered: {error:#}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_locked_database_keeps_events_in_memory_and_writes_them_when_released() {
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    let mut expected = record_help_asked(&usage_log, 3);
    usage_log.flush(PATIENCE).unwrap();

    let mut other_program = Connection::open(usage_db::path_in(dir.path())).unwrap();
    let lock = other_program.transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive).unwrap();
    expected.extend(record_help_asked(&usage_log, 5));
    let error = usage_log.flush(PATIENCE).unwrap_err();
    assert!(format!("{error:#}").contains("locked by another program"), "{error:#}");
    let status = usage_log.status();
    assert!(status.log_error.as_deref().is_some_and(|e| e.contains("locked")), "{status:?}");
    assert_eq!(status.log_problem, Some(lotsen_records::LogProblem::Locked));
    assert_eq!(status.last_error(), status.log_error.as_deref());
    assert_eq!(status.unwritten_events, 5);
    assert_eq!(status.pending_events, 3);

    lock.rollback().unwrap();
    flush_until_written(&usage_log);
    let status = usage_log.status();
    assert_eq!((status.unwritten_events, status.pending_events, status.log_error), (0, 8, None));
    assert_eq!(stored_sessions(dir.path()), as_strings(&expected));
}

/// Set in the child: the (tmpfs) data dir for the full-disk scenario.
const FULL_DISK_DIR: &str = "LOTSEN_FULL_DISK_TEST_DIR";
const FULL_DISK_PASSED: &str = "full-disk scenario passed";
/// Room the child frees once the disk is full.
const BALLAST: &str = "ballast";

#[test]
fn a_full_disk_keeps_events_in_memory_and_writes_them_when_there_is_room() {
    if let Ok(dir) = std::env::var(FULL_DISK_DIR) {
        full_disk_scenario(Path::new(&dir));
        println!("{FULL_DISK_PASSED}");
        return;
    }
    // A private mount namespace (as an unprivileged user namespace's root) with a small tmpfs:
    // a really full file system, without touching the machine's disks.
    let mount_point = tempfile::tempdir().unwrap();
    let output = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c"])
        .arg(r#"mount -t tmpfs -o size=384k lotsen-full "$0" && exec "$1" --exact "$2" --nocapture --test-threads=1"#)
        .arg(mount_point.path())
        .arg(std::env::current_exe().unwrap())
        .arg(test_name(module_path!(), "a_full_disk_keeps_events_in_memory_and_writes_them_when_there_is_room"))
        .env(FULL_DISK_DIR, mount_point.path())
        .output()
        .expect("running unshare (util-linux) for a private tmpfs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stdout.contains(FULL_DISK_PASSED), "child failed:\n{stdout}\n{stderr}");
}

/// Runs in the child, on a 384 KiB tmpfs.
fn full_disk_scenario(dir: &Path) {
    let usage_log = UsageLog::open(dir).unwrap();
    std::fs::write(dir.join(BALLAST), vec![1u8; 128 * 1024]).unwrap();
    let mut expected = Vec::new();
    let full = loop {
        expected.extend(record_help_asked(&usage_log, 200));
        match usage_log.flush(PATIENCE) {
            Ok(()) => assert!(expected.len() < 100_000, "the tmpfs never filled up"),
            Err(error) => break format!("{error:#}"),
        }
    };
    assert!(full.contains("disk") && full.contains("full"), "{full}");
    let status = usage_log.status();
    assert!(status.log_error.as_deref().is_some_and(|e| e.contains("full")), "{status:?}");
    assert_eq!(status.log_problem, Some(lotsen_records::LogProblem::DiskFull));
    assert!(status.unwritten_events > 0);
    // Still recording while full: the UI goes on.
    expected.extend(record_help_asked(&usage_log, 10));
    assert!(usage_log.flush(PATIENCE).is_err());

    std::fs::remove_file(dir.join(BALLAST)).unwrap();
    flush_until_written(&usage_log);
    let status = usage_log.status();
    assert_eq!((status.unwritten_events, status.log_error.as_deref(), status.log_problem), (0, None, None));
    assert_eq!(status.pending_events, expected.len() as u64);
    drop(usage_log);
    assert_eq!(stored_sessions(dir), as_strings(&expected), "every event, once, in order");
}
