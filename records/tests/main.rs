//! The integration tests of `lotsen-records`, one binary (`cargo test -p lotsen-records`): the
//! usage log on a real SQLite file (also killed and starved of disk), sync against a real hub on
//! 127.0.0.1, and settings.toml surviving SIGKILL.

mod common;
mod settings_kill;
mod sync_failures;
mod sync_hub;
mod usage_log_failures;
mod usage_log_kill;
mod usage_log_records;
mod usage_log_retention;
