//! Lotsen, the library kiosk: the parts shared by the kiosk window, the command line and tests.

pub mod paths;
pub mod settings;
pub mod sync_status;
pub mod usage_db;
pub mod usage_log;
