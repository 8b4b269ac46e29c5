//! What a Lotsen kiosk keeps on its own disk and sends to the hub, without any UI: its settings
//! (`settings.toml`, the librarian's PIN hash), the anonymous usage log (SQLite), the worker that
//! syncs it to the hub in the wire format of `lotsen-wire`, the question whether the hub takes this
//! kiosk's address and token (`check_hub`), and the report of `lotsen stats`.
//!
//! The kiosk (`lotsen`, with its Slint UI) depends on this crate; its tests build without Slint.

mod data_dir;
mod hub_check;
pub mod pin;
mod settings;
pub mod stats_report;
mod sync;
mod sync_status;
pub mod usage_db;
mod usage_log;

pub use data_dir::default_data_dir;
pub use hub_check::{HubAnswer, HubProblem, MAX_CLOCK_SKEW, check_hub};
pub use settings::{Settings, TextSize};
pub use sync::{
    HubClient, SyncCompanion, SyncConfig, SyncError, SyncProblem, SyncReport, SyncRound, SyncWorker, send_all_pending,
    send_next_batch,
};
pub use sync_status::{LogProblem, SyncStatus};
pub use usage_log::{EventRecord, UsageLog};
