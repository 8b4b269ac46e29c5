//! Where the kiosk finds its bundled content (its data dir: `lotsen_records::default_data_dir`).

use std::path::{Path, PathBuf};

/// The folder holding `guides/` and `locales/`: next to the binary (an unpacked build),
/// `<prefix>/share/lotsen` for a binary in `<prefix>/bin` (the Debian package: `/usr/share/lotsen`),
/// or the repository when run with cargo.
pub fn default_content_dir() -> PathBuf {
    let exe_dir = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_path_buf));
    exe_dir
        .iter()
        .flat_map(|dir| [dir.clone(), dir.join("../share/lotsen")])
        .find(|dir| is_content_dir(dir))
        .map(|dir| dir.canonicalize().unwrap_or(dir))
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

fn is_content_dir(dir: &Path) -> bool {
    dir.join("guides").is_dir() && dir.join("locales").is_dir()
}
