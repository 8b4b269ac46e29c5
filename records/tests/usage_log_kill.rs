//! A kiosk can lose power or be killed at any moment. This test runs a real writer (this same
//! test binary, re-run as a child process) and SIGKILLs it again and again mid-write. What must
//! survive: every event the child saw committed (`flush` returned Ok), with the file passing
//! `PRAGMA integrity_check`, its seqs unique, and the log still writable by the next process.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use lotsen_records::{EventRecord, UsageLog, usage_db};
use lotsen_wire::EventKind;
use rusqlite::Connection;
use uuid::Uuid;

use crate::common::test_name;

/// Set in the child: the data dir to write to until killed.
const WRITER_DIR: &str = "LOTSEN_KILL_TEST_WRITER_DIR";
const COMMITTED: &str = "committed ";
const ROUNDS: usize = 15;

#[test]
fn events_reported_committed_survive_repeated_sigkill() {
    if let Ok(dir) = std::env::var(WRITER_DIR) {
        write_until_killed(Path::new(&dir));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut committed: Vec<Uuid> = Vec::new();
    for round in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                &test_name(module_path!(), "events_reported_committed_survive_repeated_sigkill"),
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER_DIR, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let reader = std::thread::spawn(move || {
            stdout
                .lines()
                .map_while(Result::ok)
                .filter_map(|line| line.strip_prefix(COMMITTED).map(|id| Uuid::parse_str(id).unwrap()))
                .collect::<Vec<_>>()
        });
        // A different moment in each round: from before the log is open to deep into writing.
        std::thread::sleep(Duration::from_millis(30 + (Uuid::new_v4().as_u128() % 400) as u64));
        assert!(child.try_wait().unwrap().is_none(), "round {round}: the writer stopped by itself");
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let reported = reader.join().unwrap();
        committed.extend(reported);
        check_log(dir.path(), &committed, round);
    }
    assert!(committed.len() > ROUNDS * 10, "the writers committed only {} events in {ROUNDS} rounds", committed.len());
}

/// Child: records events in small groups and reports each group once `flush` says it is on disk.
fn write_until_killed(dir: &Path) -> ! {
    let usage_log = UsageLog::open(dir).expect("child: opening the usage log");
    let mut stdout = std::io::stdout().lock();
    for group in 0u64.. {
        let sessions: Vec<Uuid> = (0..1 + group % 7).map(|_| Uuid::new_v4()).collect();
        for (index, session) in sessions.iter().enumerate() {
            let record = match index % 3 {
                0 => EventRecord::new(EventKind::SessionStarted, *session),
                1 => EventRecord::new(EventKind::StepReached, *session).guide("bankid-get").step(index as u32),
                _ => EventRecord::new(EventKind::LanguageChosen, *session).locale("so"),
            };
            usage_log.record(record).expect("child: recording");
        }
        usage_log.flush(Duration::from_secs(30)).expect("child: flushing");
        for session in sessions {
            writeln!(stdout, "{COMMITTED}{session}").unwrap();
        }
        stdout.flush().unwrap();
    }
    unreachable!("the writer runs until it is killed")
}

fn check_log(dir: &Path, committed: &[Uuid], round: usize) {
    let connection = Connection::open(usage_db::path_in(dir)).unwrap();
    let integrity: String = connection.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap();
    assert_eq!(integrity, "ok", "round {round}");
    let stored: HashSet<String> = connection
        .prepare("SELECT session FROM events")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let missing: Vec<&Uuid> = committed.iter().filter(|id| !stored.contains(&id.to_string())).collect();
    assert!(missing.is_empty(), "round {round}: {} committed events lost, e.g. {:?}", missing.len(), missing.first());
    let (count, distinct): (i64, i64) = connection
        .query_row("SELECT count(*), count(DISTINCT seq) FROM events", [], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap();
    assert_eq!(count, distinct, "round {round}: seqs are unique");
}
