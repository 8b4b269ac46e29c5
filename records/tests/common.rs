//! Helpers shared by the modules of this test binary.

use std::time::Duration;

use lotsen_records::{SyncStatus, UsageLog};

/// Waits (up to a minute) until the usage log's status satisfies `done`; fails naming `what`.
pub fn wait_for_status(usage_log: &UsageLog, what: &str, done: impl Fn(&SyncStatus) -> bool) -> SyncStatus {
    const PATIENCE: Duration = Duration::from_secs(60);
    let started = std::time::Instant::now();
    loop {
        let status = usage_log.status();
        if done(&status) {
            return status;
        }
        assert!(started.elapsed() < PATIENCE, "still waiting for {what} after {PATIENCE:?}: {status:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The name this binary's test harness knows `test` in `module` by (`usage_log_kill::…`), for
/// tests that re-run this binary as a child process with `--exact`. Pass `module_path!()`.
pub fn test_name(module: &str, test: &str) -> String {
    match module.split_once("::") {
        Some((_crate, module)) => format!("{module}::{test}"),
        None => test.to_string(),
    }
}
