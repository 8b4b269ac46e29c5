//! Content packs from the hub on the kiosk (and, in `status`, the kiosk's health report): which version runs, which waits for the next idle
//! reset, the one before to go back to, and the last problem (`lotsen content status`).
//!
//! On disk, in `<data dir>/content/`:
//! - `staging/pack-<N>.part`: a download in progress, resumed with `Range` at the next sync;
//! - `staging/unpacked-<N>/`: a verified pack being checked;
//! - `packs/<N>/`: a verified and checked pack (`guides/`, `locales/`), moved in by a rename;
//! - `state.json`: replaced atomically (temporary file, fsync, rename), so a kill at any moment
//!   leaves the old state or the new one, each naming complete packs only.
//!
//! Version 0 is the content bundled with the kiosk (its content dir); it is never deleted.

mod fetch;
mod status;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use anyhow::{Context, Result};
use chrono::{DateTime, Local};
use lotsen_wire::{CentralSettings, Problem};
use serde::{Deserialize, Serialize};

use lotsen_guide::Content;

pub use fetch::{ContentFetcher, trusted_keys, verify_file};
pub use status::{HubCompanion, KioskFacts};

/// The folder inside the data dir.
pub const CONTENT_DIR: &str = "content";
const STATE_FILE: &str = "state.json";

/// What the kiosk runs and keeps (`state.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContentState {
    /// The version running; 0 is the bundled content.
    pub running: u64,
    /// The version that ran before, kept to go back to.
    pub previous: Option<u64>,
    /// Verified and checked, waiting for the next idle reset.
    pub staged: Option<u64>,
    pub problem: Option<RecordedProblem>,
    /// The settings set centrally on the hub for this kiosk, as last received and checked.
    pub settings: CentralSettings,
}

/// The kiosk's last problem with content, with the detail for the log and the librarian (the
/// hub is sent the category only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordedProblem {
    pub problem: Problem,
    /// The pack version it concerns.
    pub version: Option<u64>,
    pub at: DateTime<Local>,
    pub detail: String,
}

/// The kiosk's content packs on disk, shared by the sync worker (which downloads and stages)
/// and the UI thread (which switches at an idle reset).
#[derive(Clone)]
pub struct ContentStore {
    inner: Arc<Inner>,
}

struct Inner {
    root: PathBuf,
    bundled: PathBuf,
    state: Mutex<ContentState>,
}

impl ContentStore {
    /// The packs in `<data_dir>/content`; `bundled` is the content dir shipped with the kiosk.
    pub fn open(data_dir: &Path, bundled: &Path) -> Result<ContentStore> {
        let root = data_dir.join(CONTENT_DIR);
        let state = read_state(&root)?;
        Ok(ContentStore { inner: Arc::new(Inner { root, bundled: bundled.to_path_buf(), state: Mutex::new(state) }) })
    }

    pub fn state(&self) -> ContentState {
        self.lock().clone()
    }

    /// The folder holding `guides/` and `locales/` of `version`.
    pub fn dir_of(&self, version: u64) -> PathBuf {
        if version == 0 { self.inner.bundled.clone() } else { self.packs_dir().join(version.to_string()) }
    }

    /// The content bundled with the kiosk (its signing key may ship beside it).
    pub fn bundled_dir(&self) -> &Path {
        &self.inner.bundled
    }

    fn packs_dir(&self) -> PathBuf {
        self.inner.root.join("packs")
    }

    fn staging_dir(&self) -> PathBuf {
        self.inner.root.join("staging")
    }

    fn lock(&self) -> MutexGuard<'_, ContentState> {
        self.inner.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Changes the state on disk, then in memory (left unchanged if the write fails).
    fn update(&self, state: &mut MutexGuard<'_, ContentState>, change: impl FnOnce(&mut ContentState)) -> Result<()> {
        let mut next = (**state).clone();
        change(&mut next);
        write_state(&self.inner.root, &next)?;
        **state = next;
        Ok(())
    }

    /// Notes the kiosk's last problem and logs it.
    pub fn record_problem(&self, problem: Problem, version: Option<u64>, detail: String) {
        match version {
            Some(version) => {
                tracing::warn!(%problem, version, "content pack refused: {detail}; the content running stays")
            }
            None => tracing::warn!(%problem, "content: {detail}"),
        }
        let recorded = RecordedProblem { problem, version, at: Local::now(), detail };
        let mut state = self.lock();
        if let Err(error) = self.update(&mut state, |state| state.problem = Some(recorded)) {
            tracing::warn!("content: could not note the problem in {STATE_FILE}: {error:#}");
        }
    }

    /// Moves the checked pack in `unpacked` to `packs/<version>` and stages it for the next idle
    /// reset; any pack staged before is replaced.
    fn install(&self, unpacked: &Path, version: u64) -> Result<()> {
        let mut state = self.lock();
        let dest = self.dir_of(version);
        if dest.exists() {
            std::fs::remove_dir_all(&dest).with_context(|| format!("removing an older copy {}", dest.display()))?;
        }
        create_dir(&self.packs_dir())?;
        std::fs::rename(unpacked, &dest)
            .with_context(|| format!("moving {} to {}", unpacked.display(), dest.display()))?;
        sync_dir(&self.packs_dir());
        self.update(&mut state, |state| {
            state.staged = Some(version);
            state.problem = None;
        })
    }

    /// Keeps the settings from the hub (checked by the caller); they apply at the next idle reset.
    fn keep_settings(&self, settings: &CentralSettings) -> Result<()> {
        let mut state = self.lock();
        self.update(&mut state, |state| state.settings = settings.clone())
    }

    /// Stages a version already on disk (the bundled content, or the previous pack after a
    /// withdrawal).
    fn stage_present(&self, version: u64) -> Result<()> {
        let mut state = self.lock();
        self.update(&mut state, |state| state.staged = Some(version))
    }

    fn unstage(&self) -> Result<()> {
        let mut state = self.lock();
        self.update(&mut state, |state| state.staged = None)
    }

    /// Whether `version` is installed (version 0 always is).
    fn has(&self, version: u64) -> bool {
        version == 0 || self.dir_of(version).is_dir()
    }

    /// At start: the staged pack if there is one, else the running one, else the previous one,
    /// else the bundled content. A pack that does not pass the checker or does not load is left
    /// behind with the reason recorded ([`Problem::PackFailedToLoad`]).
    pub fn load_at_start(&self) -> Result<(Content, u64)> {
        let state = self.state();
        let mut candidates: Vec<u64> = Vec::new();
        for version in [state.staged, Some(state.running), state.previous].into_iter().flatten() {
            if version != 0 && !candidates.contains(&version) {
                candidates.push(version);
            }
        }
        for version in candidates {
            match load_checked(&self.dir_of(version)) {
                Ok(content) => {
                    self.commit_running(version, &state)?;
                    tracing::info!(version, "running content pack");
                    return Ok((content, version));
                }
                Err(error) => {
                    self.record_problem(
                        Problem::PackFailedToLoad,
                        Some(version),
                        format!("pack {version} failed to load after a restart ({error:#}); going back"),
                    );
                    if let Err(error) = std::fs::remove_dir_all(self.dir_of(version)) {
                        tracing::warn!("content: removing the failed pack {version}: {error}");
                    }
                    let mut locked = self.lock();
                    self.update(&mut locked, |state| {
                        state.staged = state.staged.filter(|staged| *staged != version);
                        state.previous = state.previous.filter(|previous| *previous != version);
                        if state.running == version {
                            state.running = 0;
                        }
                    })?;
                }
            }
        }
        let content = Content::load(self.bundled_dir())?;
        self.commit_running(0, &state)?;
        Ok((content, 0))
    }

    /// At an idle reset: the staged content, loaded, which now runs. `None`: nothing staged, or
    /// the staged pack did not load (recorded; the content running stays).
    pub fn take_staged(&self) -> Option<(Content, u64)> {
        let state = self.state();
        let version = state.staged?;
        let loaded = Content::load(&self.dir_of(version));
        match loaded {
            Ok(content) => {
                if let Err(error) = self.commit_running(version, &state) {
                    tracing::warn!("content: switched to pack {version} but could not note it: {error:#}");
                }
                Some((content, version))
            }
            Err(error) => {
                self.record_problem(Problem::PackFailedToLoad, Some(version), format!("{error:#}"));
                if let Err(error) = self.unstage() {
                    tracing::warn!("content: {error:#}");
                }
                None
            }
        }
    }

    /// Notes that `version` runs (the one running before is kept as the previous one) and
    /// deletes the packs no longer needed.
    fn commit_running(&self, version: u64, before: &ContentState) -> Result<()> {
        let mut state = self.lock();
        self.update(&mut state, |state| {
            if state.running != version {
                state.previous = Some(state.running);
                state.running = version;
            }
            if state.staged == Some(version) {
                state.staged = None;
            }
        })?;
        if before.running != version || before.staged.is_some() {
            self.remove_unused(&state);
        }
        Ok(())
    }

    /// Deletes installed packs that are neither running, previous nor staged.
    fn remove_unused(&self, state: &ContentState) {
        let Ok(entries) = std::fs::read_dir(self.packs_dir()) else { return };
        let keep = [Some(state.running), state.previous, state.staged];
        for entry in entries.flatten() {
            let version = entry.file_name().to_str().and_then(|name| name.parse::<u64>().ok());
            if version.is_none_or(|version| !keep.contains(&Some(version)))
                && let Err(error) = std::fs::remove_dir_all(entry.path())
            {
                tracing::warn!("content: removing {}: {error}", entry.path().display());
            }
        }
    }
}

/// Runs the guide checker on a pack's folder, then loads it: the same code as for the bundled
/// content. Errors name what failed.
///
/// Recordings are checked by their opening only ([`lotsen_audio::Depth::Opening`]): the pack's
/// signature and per-file SHA-256 (verified before this, or when it was staged) guarantee the
/// bytes `lotsen guides pack` decoded whole on the editor's machine, so what is left to find
/// here is a recording this kiosk's decoder cannot open (its headers and first packets), not a
/// damaged file. Decoding every recording whole would make each content update and each start
/// take minutes with a fully recorded language (README: Recorded voices).
pub fn load_checked(dir: &Path) -> Result<Content> {
    let guides = dir.join("guides");
    anyhow::ensure!(guides.is_dir() && dir.join("locales").is_dir(), "{} is incomplete", dir.display());
    let report = lotsen_guide::check(&guides, lotsen_audio::Depth::Opening)?;
    if !report.passed {
        anyhow::bail!("the guide checker refuses it: {}", first_errors(&report.text));
    }
    Content::load(dir)
}

/// The first few error lines of a checker report.
fn first_errors(report: &str) -> String {
    let errors: Vec<&str> = report.lines().filter(|line| line.ends_with("[error]")).take(3).collect();
    if errors.is_empty() { "see `lotsen guides check`".into() } else { errors.join("; ") }
}

/// `lotsen content status`.
pub fn status_text(data_dir: &Path) -> Result<String> {
    let state = read_state(&data_dir.join(CONTENT_DIR))?;
    let name = |version: u64| if version == 0 { "0 (bundled with the kiosk)".to_string() } else { version.to_string() };
    let mut text = format!("running: {}\n", name(state.running));
    text += &format!(
        "staged: {}\n",
        state.staged.map_or_else(|| "none".into(), |v| format!("{} (switches in at the next idle reset)", name(v)))
    );
    text += &format!("previous: {}\n", state.previous.map_or_else(|| "none".into(), name));
    let settings: Vec<String> =
        state.settings.entries().into_iter().map(|(key, value)| format!("{key}={value}")).collect();
    text +=
        &format!("settings from the hub: {}\n", if settings.is_empty() { "none".into() } else { settings.join(" ") });
    text += &match &state.problem {
        None => "last problem: none\n".to_string(),
        Some(problem) => format!(
            "last problem: {} ({}{}): {}\n",
            problem.problem,
            problem.at.format("%Y-%m-%d %H:%M"),
            problem.version.map(|v| format!(", pack {v}")).unwrap_or_default(),
            problem.detail
        ),
    };
    Ok(text)
}

fn read_state(root: &Path) -> Result<ContentState> {
    let path = root.join(STATE_FILE);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).with_context(|| format!("{}: not a content state", path.display())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(ContentState::default()),
        Err(error) => Err(error).with_context(|| format!("reading {}", path.display())),
    }
}

fn write_state(root: &Path, state: &ContentState) -> Result<()> {
    use std::io::Write;
    create_dir(root)?;
    let path = root.join(STATE_FILE);
    let temporary = root.join(format!(".{STATE_FILE}.tmp"));
    let json = serde_json::to_vec_pretty(state).context("serialising the content state")?;
    let written = std::fs::File::create(&temporary).and_then(|mut file| {
        file.write_all(&json)?;
        file.sync_all()
    });
    written.with_context(|| format!("writing {}", temporary.display()))?;
    std::fs::rename(&temporary, &path).with_context(|| format!("replacing {}", path.display()))?;
    sync_dir(root);
    Ok(())
}

fn create_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))
}

/// Makes a rename in `dir` durable (best effort: a failure only loses durability).
fn sync_dir(dir: &Path) {
    if let Ok(dir) = std::fs::File::open(dir) {
        let _ = dir.sync_all();
    }
}
