//! Where the kiosk keeps its data: settings.toml and the usage log.

use std::path::PathBuf;

use anyhow::{Result, bail};

/// The platform's data dir for the kiosk (`~/.local/share/lotsen` on Linux).
pub fn default_data_dir() -> Result<PathBuf> {
    match directories::ProjectDirs::from("se", "Lotsen", "lotsen") {
        Some(dirs) => Ok(dirs.data_dir().to_path_buf()),
        None => bail!("no home directory to keep kiosk data in: pass --data-dir"),
    }
}
