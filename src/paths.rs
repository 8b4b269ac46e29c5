//! Where the kiosk finds its bundled content (its data dir: `lotsen_records::default_data_dir`).

use std::path::{Path, PathBuf};

/// The folder holding `guides/` and `locales/`: next to the installed binary, or the repository
/// when run with cargo.
pub fn default_content_dir() -> PathBuf {
    let beside_binary = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_path_buf));
    beside_binary
        .filter(|dir| dir.join("guides").is_dir() && dir.join("locales").is_dir())
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}
