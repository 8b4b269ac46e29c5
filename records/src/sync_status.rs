//! What the kiosk can tell a librarian about its statistics: are they written, are they sent.

use std::path::Path;

use chrono::{DateTime, Local};
use rusqlite::ErrorCode;

use crate::sync::SyncProblem;

/// A snapshot for the UI (settings screen) and the logs. Every message is in plain words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncStatus {
    /// A hub address is configured; without one the kiosk keeps its statistics locally only.
    pub hub_configured: bool,
    /// When the hub last acknowledged a batch.
    pub last_success: Option<DateTime<Local>>,
    /// Events written on the kiosk that the hub has not acknowledged yet.
    pub pending_events: u64,
    /// Events recorded but not yet written to disk (the disk is full or the file is locked).
    pub unwritten_events: u64,
    /// Events dropped because too many were waiting to be written (see `usage_log::MAX_UNWRITTEN`).
    pub lost_events: u64,
    /// Why the last write to the usage log failed; `None` once a write succeeds again.
    pub log_error: Option<String>,
    /// The kind of that failure, for showing it in the staff's language.
    pub log_problem: Option<LogProblem>,
    /// Why the last send to the hub failed; `None` once a send succeeds again.
    pub sync_error: Option<String>,
    /// The kind of that failure, for showing it in the staff's language.
    pub sync_problem: Option<SyncProblem>,
}

impl SyncStatus {
    /// The problem to show first: a failing log matters more than a failing send.
    pub fn last_error(&self) -> Option<&str> {
        self.log_error.as_deref().or(self.sync_error.as_deref())
    }
}

/// Why the usage log cannot be written: a closed set the kiosk shows in the staff's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogProblem {
    DiskFull,
    /// Another program holds the file's lock.
    Locked,
    /// Read-only, or no permission.
    NotWritable,
    Other,
}

impl LogProblem {
    pub const ALL: [LogProblem; 4] =
        [LogProblem::DiskFull, LogProblem::Locked, LogProblem::NotWritable, LogProblem::Other];

    /// A stable name, used in message keys (`log-problem-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            LogProblem::DiskFull => "disk-full",
            LogProblem::Locked => "locked",
            LogProblem::NotWritable => "not-writable",
            LogProblem::Other => "other",
        }
    }
}

/// Explains a failed write to the usage log in words a librarian can act on, with its kind.
pub(crate) fn describe_write_error(error: &rusqlite::Error, log_file: &Path, unwritten: usize) -> (LogProblem, String) {
    let file = log_file.display();
    let kept = format!("{unwritten} events are kept in memory and written when it works again");
    match error.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => (LogProblem::DiskFull, format!("the disk holding {file} is full; {kept}")),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            (LogProblem::Locked, format!("the usage log {file} is locked by another program; {kept}"))
        }
        Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen) => (
            LogProblem::NotWritable,
            format!("the usage log {file} cannot be written (read-only or no permission); {kept}"),
        ),
        _ => (LogProblem::Other, format!("writing the usage log {file} failed ({error}); {kept}")),
    }
}
