//! Where the kiosk keeps its data: settings.toml and the usage log.

use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// The platform's data dir for the kiosk (`~/.local/share/lotsen` on Linux).
pub fn default_data_dir() -> Result<PathBuf> {
    match directories::ProjectDirs::from("se", "Lotsen", "lotsen") {
        Some(dirs) => Ok(dirs.data_dir().to_path_buf()),
        None => bail!("no home directory to keep kiosk data in: pass --data-dir"),
    }
}

/// Creates the data dir (and missing parents) readable by the kiosk's user only (0700): it holds
/// the hub token and the librarian's PIN hash.
pub(crate) fn create(dir: &Path) -> Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("creating data dir {}", dir.display()))
}

/// Warns in the log when `path` can be read by other users.
pub(crate) fn warn_if_readable_by_others(path: &Path) {
    if let Ok(metadata) = std::fs::metadata(path)
        && metadata.permissions().mode() & 0o077 != 0
    {
        tracing::warn!(
            "{} can be read by other users (mode {:o}); it holds the hub token and the PIN hash: chmod go= it",
            path.display(),
            metadata.permissions().mode() & 0o777
        );
    }
}
