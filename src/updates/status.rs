//! What the kiosk does with the hub at each sync besides sending events: fetch content packs
//! and report its health ([`KioskStatus`], `POST /api/v1/status`).

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use lotsen_records::{HubClient, SyncCompanion, SyncProblem, SyncRound};
use lotsen_wire::{KioskStatus, Problem, STATUS_PATH};

use super::{ContentFetcher, ContentStore};

/// What the kiosk knows about itself: found at start, found again when its languages or content
/// change (settings saved or from the hub, a content pack switched in).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KioskFacts {
    /// The offered languages read aloud: espeak-ng has a voice for them, or the content has at
    /// least one recording in them.
    pub read_aloud: Vec<String>,
    /// A printer is set, or CUPS has a default one.
    pub printer_configured: bool,
}

/// The sync worker's companion on a kiosk.
pub struct HubCompanion {
    fetcher: ContentFetcher,
    store: ContentStore,
    data_dir: PathBuf,
    /// Written by the kiosk's UI thread, read at each sync on the worker's.
    facts: Arc<Mutex<KioskFacts>>,
    started: Instant,
}

impl HubCompanion {
    pub fn new(
        fetcher: ContentFetcher,
        store: ContentStore,
        data_dir: PathBuf,
        facts: Arc<Mutex<KioskFacts>>,
    ) -> HubCompanion {
        HubCompanion { fetcher, store, data_dir, facts, started: Instant::now() }
    }

    /// The status now, after `round`.
    pub fn status(&self, round: &SyncRound) -> KioskStatus {
        let state = self.store.state();
        // A panic elsewhere while the facts were written leaves whole values behind: use them.
        let facts = self.facts.lock().unwrap_or_else(PoisonError::into_inner).clone();
        KioskStatus {
            app_version: env!("CARGO_PKG_VERSION").into(),
            content_running: state.running,
            content_staged: state.staged,
            events_waiting: round.events_waiting,
            oldest_waiting: round.oldest_waiting,
            problem: round.problem.and_then(sync_problem).or(state.problem.map(|recorded| recorded.problem)),
            disk_free_percent: disk_free_percent(&self.data_dir),
            read_aloud: facts.read_aloud,
            printer_configured: facts.printer_configured,
            uptime_hours: u32::try_from(self.started.elapsed().as_secs() / 3600).unwrap_or(u32::MAX),
        }
    }

    fn report(&self, hub: &HubClient, status: &KioskStatus) -> anyhow::Result<()> {
        status.validate()?;
        let response = hub.request(reqwest::Method::POST, STATUS_PATH)?.json(status).send()?;
        anyhow::ensure!(response.status().is_success(), "the hub answered {}", response.status());
        Ok(())
    }
}

impl SyncCompanion for HubCompanion {
    fn after_round(&mut self, hub: &HubClient, round: &SyncRound) {
        self.fetcher.check_for_updates(hub);
        let status = self.status(round);
        match self.report(hub, &status) {
            Ok(()) => tracing::debug!(?status, "status reported to the hub"),
            Err(error) => tracing::info!("reporting the kiosk's status to the hub: {error:#}; again at the next sync"),
        }
    }
}

/// The category the hub shows for a failed send; `None` for failures that do not keep a kiosk
/// from reporting (the status got through, so the hub was reachable).
fn sync_problem(problem: SyncProblem) -> Option<Problem> {
    match problem {
        SyncProblem::TokenRefused | SyncProblem::WrongKioskName | SyncProblem::BatchRefused => {
            Some(Problem::SyncRefused)
        }
        SyncProblem::UsageLog => Some(Problem::DiskError),
        SyncProblem::BadAddress
        | SyncProblem::Unreachable
        | SyncProblem::Certificate
        | SyncProblem::TimedOut
        | SyncProblem::SlowDown
        | SyncProblem::HubFault => None,
    }
}

/// Free space for the kiosk's user on the disk holding `dir`, in percent.
fn disk_free_percent(dir: &std::path::Path) -> u8 {
    match rustix::fs::statvfs(dir) {
        Ok(stat) if stat.f_blocks > 0 => (stat.f_bavail.saturating_mul(100) / stat.f_blocks).min(100) as u8,
        Ok(_) => 100,
        Err(error) => {
            tracing::warn!("free disk of {}: {error}", dir.display());
            0
        }
    }
}
