//! Sending the usage log to the hub: a worker thread for the kiosk, and `lotsen sync`.
//!
//! Each round takes the oldest unacknowledged batch from the outbox (or writes a new one from
//! events not yet batched), posts it, and marks it acknowledged when the hub answers with the
//! batch's last seq. A batch that fails is resent later with the same `batch_id` and body, so the
//! hub stores it once however often it arrives. Failures are retried with exponential backoff and
//! jitter; nothing is dropped, and the reason is shown in plain words in the sync status.

use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow};
use backon::{BackoffBuilder, ExponentialBackoff, ExponentialBuilder};
use chrono::Local;
use lotsen_wire::{Ack, BATCHES_PATH, ErrorBody, Hour, MAX_EVENTS_PER_BATCH};
use reqwest::StatusCode;
use rusqlite::Connection;

use crate::Settings;
use crate::sync_status::SyncStatus;
use crate::usage_db::{self, OutboxBatch};
use crate::usage_log::{UsageLog, lock};

/// Why the last send to the hub failed: a closed set the kiosk shows in the staff's language
/// (the English sentence with the details goes to the log and `lotsen stats`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncProblem {
    /// `hub_url` is not a web address.
    BadAddress,
    /// No connection to the hub (no network, wrong address, hub down).
    Unreachable,
    /// The connection was refused over its certificate (wrong address or clock).
    Certificate,
    /// The hub did not answer in time.
    TimedOut,
    /// 401: the token is unknown or revoked.
    TokenRefused,
    /// 403: the token is another kiosk name's; the waiting events are sent once the name is fixed.
    WrongKioskName,
    /// 429: the hub asked the kiosk to slow down.
    SlowDown,
    /// Another 4xx: the hub refused the batch itself.
    BatchRefused,
    /// 5xx, or an answer that is not the hub's acknowledgement.
    HubFault,
    /// Reading or writing the kiosk's own usage log failed.
    UsageLog,
}

impl SyncProblem {
    pub const ALL: [SyncProblem; 10] = [
        SyncProblem::BadAddress,
        SyncProblem::Unreachable,
        SyncProblem::Certificate,
        SyncProblem::TimedOut,
        SyncProblem::TokenRefused,
        SyncProblem::WrongKioskName,
        SyncProblem::SlowDown,
        SyncProblem::BatchRefused,
        SyncProblem::HubFault,
        SyncProblem::UsageLog,
    ];

    /// A stable name, stored in the usage log and used in message keys (`sync-problem-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            SyncProblem::BadAddress => "bad-address",
            SyncProblem::Unreachable => "unreachable",
            SyncProblem::Certificate => "certificate",
            SyncProblem::TimedOut => "timed-out",
            SyncProblem::TokenRefused => "token-refused",
            SyncProblem::WrongKioskName => "wrong-kiosk-name",
            SyncProblem::SlowDown => "slow-down",
            SyncProblem::BatchRefused => "batch-refused",
            SyncProblem::HubFault => "hub-fault",
            SyncProblem::UsageLog => "usage-log",
        }
    }

    pub fn parse(id: &str) -> Option<SyncProblem> {
        SyncProblem::ALL.into_iter().find(|problem| problem.id() == id)
    }

    /// The problem behind a failed round: the hub's, or else the usage log's.
    pub fn of(error: &anyhow::Error) -> SyncProblem {
        error.chain().find_map(|cause| cause.downcast_ref::<SyncError>()).map_or(SyncProblem::UsageLog, |e| e.problem)
    }
}

/// A failed exchange with the hub: what kind of problem, and the sentence saying what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncError {
    pub problem: SyncProblem,
    message: String,
}

impl SyncError {
    fn new(problem: SyncProblem, message: String) -> SyncError {
        SyncError { problem, message }
    }
}

impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyncError {}

/// How the kiosk talks to its hub. [`SyncConfig::from_settings`] gives the production values.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncConfig {
    /// Base address of the hub, e.g. `https://statistik.region.se`; empty: no hub, keep local.
    pub hub_url: String,
    pub hub_token: String,
    pub kiosk_id: String,
    /// Acknowledged events older than this many days are deleted from the kiosk.
    pub retention_days: u32,
    /// How often the worker looks for new events when all is well.
    pub interval: Duration,
    pub connect_timeout: Duration,
    /// Whole request, connecting included.
    pub request_timeout: Duration,
    /// First wait after a failure; it doubles (plus jitter) up to `retry_max`.
    pub retry_min: Duration,
    pub retry_max: Duration,
    pub max_events_per_batch: usize,
}

impl SyncConfig {
    pub fn from_settings(settings: &Settings) -> SyncConfig {
        SyncConfig {
            hub_url: settings.hub_url.trim().to_owned(),
            hub_token: settings.hub_token.trim().to_owned(),
            kiosk_id: settings.kiosk_id.clone(),
            retention_days: settings.retention_days,
            interval: Duration::from_secs(5 * 60),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            retry_min: Duration::from_secs(5),
            retry_max: Duration::from_secs(30 * 60),
            max_events_per_batch: MAX_EVENTS_PER_BATCH,
        }
    }

    /// This configuration with the hub, token, kiosk name and retention of `from`; the timings
    /// stay (tests run the worker with short ones).
    fn with_settings_of(&self, from: &SyncConfig) -> SyncConfig {
        let from = from.clone();
        SyncConfig {
            hub_url: from.hub_url,
            hub_token: from.hub_token,
            kiosk_id: from.kiosk_id,
            retention_days: from.retention_days,
            ..self.clone()
        }
    }

    fn retry_delays(&self) -> ExponentialBackoff {
        ExponentialBuilder::default()
            .with_min_delay(self.retry_min)
            .with_max_delay(self.retry_max)
            .without_max_times()
            .with_jitter()
            .build()
    }
}

/// An HTTP client for one hub's batch endpoint.
pub struct HubClient {
    client: reqwest::blocking::Client,
    base: reqwest::Url,
    batches_url: reqwest::Url,
    token: String,
    request_timeout: Duration,
}

impl HubClient {
    /// `Ok(None)` when no hub is configured; an error names a malformed `hub_url`.
    pub fn new(config: &SyncConfig) -> Result<Option<HubClient>> {
        if config.hub_url.is_empty() {
            return Ok(None);
        }
        let base = reqwest::Url::parse(&config.hub_url)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
            .ok_or_else(|| {
                SyncError::new(
                    SyncProblem::BadAddress,
                    format!("hub_url {:?} is not a web address (like https://hub.example.se)", config.hub_url),
                )
            })?;
        let batches_url = base
            .join(BATCHES_PATH)
            .with_context(|| format!("hub_url {:?} cannot be joined with {BATCHES_PATH}", config.hub_url))?;
        let client = reqwest::blocking::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.request_timeout)
            .user_agent(concat!("lotsen/", env!("CARGO_PKG_VERSION")))
            .build()
            .context("setting up the HTTP client")?;
        Ok(Some(HubClient {
            client,
            base,
            batches_url,
            token: config.hub_token.clone(),
            request_timeout: config.request_timeout,
        }))
    }

    pub fn batches_url(&self) -> &reqwest::Url {
        &self.batches_url
    }

    /// The hub's address for `path` (e.g. `/api/v1/content`).
    pub fn url(&self, path: &str) -> Result<reqwest::Url> {
        self.base.join(path).with_context(|| format!("joining the hub address {} with {path}", self.base))
    }

    /// A request to the hub's `path` with this kiosk's token, for the kiosk's other requests
    /// (content updates, its status) on the same connection settings.
    pub fn request(&self, method: reqwest::Method, path: &str) -> Result<reqwest::blocking::RequestBuilder> {
        Ok(self.client.request(method, self.url(path)?).bearer_auth(&self.token))
    }

    pub fn get(&self, path: &str) -> Result<reqwest::blocking::RequestBuilder> {
        self.request(reqwest::Method::GET, path)
    }

    /// Posts one outbox batch as stored and returns the hub's acknowledgement. Every error is a
    /// sentence saying what happened and what to do.
    pub fn post(&self, batch: &OutboxBatch) -> Result<Ack, SyncError> {
        let url = &self.batches_url;
        let response = self
            .client
            .post(url.clone())
            .bearer_auth(&self.token)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(batch.body.clone())
            .send()
            .map_err(|error| {
                let cause = root_cause(&error);
                if error.is_timeout() {
                    let secs = self.request_timeout.as_secs();
                    SyncError::new(
                        SyncProblem::TimedOut,
                        format!("the hub at {url} did not answer within {secs} s; will retry"),
                    )
                } else if cause.to_lowercase().contains("certificate") {
                    SyncError::new(
                        SyncProblem::Certificate,
                        format!("the hub at {url} has a certificate problem ({cause}): check the address and the clock; will retry"),
                    )
                } else if error.is_connect() {
                    SyncError::new(SyncProblem::Unreachable, format!("cannot reach the hub at {url} ({cause}); will retry"))
                } else {
                    SyncError::new(
                        SyncProblem::Unreachable,
                        format!("sending to the hub at {url} failed ({cause}); will retry"),
                    )
                }
            })?;
        let status = response.status();
        if status == StatusCode::OK {
            let ack: Ack = response.json().map_err(|error| {
                SyncError::new(
                    SyncProblem::HubFault,
                    format!("the hub at {url} answered 200 but not with an acknowledgement ({error})"),
                )
            })?;
            if ack.acked_through_seq < batch.last_seq {
                return Err(SyncError::new(
                    SyncProblem::HubFault,
                    format!(
                        "the hub at {url} acknowledged events only through seq {} of batch {} (last seq {}); will resend",
                        ack.acked_through_seq, batch.batch_id, batch.last_seq
                    ),
                ));
            }
            return Ok(ack);
        }
        let reason = response.json::<ErrorBody>().map(|body| body.error).unwrap_or_default();
        let said = if reason.is_empty() { String::new() } else { format!(": {reason}") };
        let batch_id = batch.batch_id;
        Err(match status {
            StatusCode::UNAUTHORIZED => SyncError::new(
                SyncProblem::TokenRefused,
                format!(
                    "the hub at {url} refused this kiosk's token (401{said}); ask the coordinator for a new kiosk token and set hub_token"
                ),
            ),
            StatusCode::FORBIDDEN => SyncError::new(
                SyncProblem::WrongKioskName,
                format!(
                    "the hub at {url} says the token is another kiosk's (403{said}); set kiosk_id to the name the token was issued for: the waiting events are then sent under it"
                ),
            ),
            StatusCode::TOO_MANY_REQUESTS => SyncError::new(
                SyncProblem::SlowDown,
                format!("the hub at {url} asked this kiosk to slow down (429); will retry later"),
            ),
            StatusCode::PAYLOAD_TOO_LARGE => SyncError::new(
                SyncProblem::BatchRefused,
                format!("the hub at {url} found batch {batch_id} too large (413{said})"),
            ),
            status if status.is_client_error() => SyncError::new(
                SyncProblem::BatchRefused,
                format!("the hub at {url} refused batch {batch_id} ({status}{said}); will retry"),
            ),
            status => SyncError::new(
                SyncProblem::HubFault,
                format!("the hub at {url} has a problem ({status}{said}); will retry"),
            ),
        })
    }
}

fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = error;
    while let Some(source) = cause.source() {
        cause = source;
    }
    cause.to_string()
}

/// Sends the next batch from the outbox and records the acknowledgement. `Ok(None)`: nothing
/// is pending.
pub fn send_next_batch(
    connection: &mut Connection,
    client: &HubClient,
    config: &SyncConfig,
) -> Result<Option<OutboxBatch>> {
    let Some(batch) = usage_db::next_batch(connection, &config.kiosk_id, config.max_events_per_batch)
        .context("preparing the next batch in the usage log")?
    else {
        return Ok(None);
    };
    usage_db::count_attempt(connection, batch.batch_id).context("counting a send attempt in the usage log")?;
    client.post(&batch)?;
    usage_db::acknowledge(connection, &batch, Local::now())
        .context("recording the hub's acknowledgement in the usage log (the batch will be resent and stored once)")?;
    tracing::info!(batch = %batch.batch_id, events = batch.event_count, last_seq = batch.last_seq, "batch acknowledged by the hub");
    Ok(Some(batch))
}

/// Deletes acknowledged events past retention, logging what went.
fn prune(connection: &mut Connection, config: &SyncConfig) -> Result<usize> {
    let pruned = usage_db::prune(connection, config.retention_days, Local::now())
        .with_context(|| format!("deleting acknowledged events older than {} days", config.retention_days))?;
    if pruned > 0 {
        tracing::info!(pruned, retention_days = config.retention_days, "acknowledged usage events pruned");
    }
    Ok(pruned)
}

/// How often the worker prunes acknowledged events past retention.
const PRUNE_INTERVAL: Duration = Duration::from_secs(60 * 60);

/// More work for the sync worker's thread at each sync, besides sending events: the kiosk's
/// content updates. Runs at the start and after every round (the outbox emptied, or a failure).
pub trait SyncCompanion: Send {
    fn after_round(&mut self, hub: &HubClient, round: &SyncRound);
}

/// Where the usage log stands after a round, for the kiosk's status report.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncRound {
    /// Events the hub has not acknowledged yet.
    pub events_waiting: u64,
    /// The hour of the oldest of them.
    pub oldest_waiting: Option<Hour>,
    /// Why the last send failed, if it did.
    pub problem: Option<SyncProblem>,
}

/// The kiosk's background sender. Dropping it stops the thread (after the request in flight).
pub struct SyncWorker {
    orders: Option<Sender<Order>>,
    thread: Option<JoinHandle<()>>,
}

/// What the kiosk asks of its worker between rounds.
enum Order {
    SyncNow,
    /// New settings: a new hub, token, kiosk name or retention, used from the next round.
    Use(SyncConfig),
}

impl SyncWorker {
    /// Starts the worker for `usage_log`'s data dir. Without a hub it only prunes; with a
    /// malformed `hub_url` it says so in the status and keeps the events.
    pub fn start(usage_log: &UsageLog, config: SyncConfig) -> Result<SyncWorker> {
        SyncWorker::start_with(usage_log, config, None)
    }

    /// As [`SyncWorker::start`], with `companion` run at every sync.
    pub fn start_with(
        usage_log: &UsageLog,
        config: SyncConfig,
        companion: Option<Box<dyn SyncCompanion>>,
    ) -> Result<SyncWorker> {
        let connection = usage_db::open(usage_log.data_dir())?;
        let status = usage_log.status_handle();
        let (orders, received) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("usage-sync".into())
            .spawn(move || Worker { connection, config, status, companion }.run(received))
            .context("starting the sync worker thread")?;
        Ok(SyncWorker { orders: Some(orders), thread: Some(thread) })
    }

    /// Sends what is pending now instead of at the next interval (or the next retry).
    pub fn sync_now(&self) {
        self.order(Order::SyncNow);
    }

    /// Uses the hub address, token, kiosk name and retention of `settings` from now on, without a
    /// restart, and tries the hub at once. Batches waiting under an old kiosk name are sent again
    /// under the new one (see `usage_db::next_batch`).
    pub fn use_settings(&self, settings: &Settings) {
        self.order(Order::Use(SyncConfig::from_settings(settings)));
    }

    fn order(&self, order: Order) {
        if let Some(orders) = &self.orders {
            let _ = orders.send(order);
        }
    }
}

impl Drop for SyncWorker {
    fn drop(&mut self) {
        drop(self.orders.take());
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::error!("sync worker thread panicked");
        }
    }
}

struct Worker {
    connection: Connection,
    config: SyncConfig,
    status: Arc<Mutex<SyncStatus>>,
    companion: Option<Box<dyn SyncCompanion>>,
}

impl Worker {
    fn run(mut self, orders: Receiver<Order>) {
        let mut client = self.connect();
        let mut retry = self.config.retry_delays();
        let mut next_prune = Instant::now();
        loop {
            if Instant::now() >= next_prune {
                if self.config.hub_url.is_empty() {
                    match usage_db::write_off_past_retention(
                        &mut self.connection,
                        self.config.retention_days,
                        Local::now(),
                    ) {
                        Ok(written_off) => {
                            let mut status = lock(&self.status);
                            status.pending_events = status.pending_events.saturating_sub(written_off);
                        }
                        Err(error) => tracing::warn!("writing off usage events past retention: {error}"),
                    }
                }
                if let Err(error) = prune(&mut self.connection, &self.config) {
                    tracing::warn!("{error:#}");
                }
                next_prune = Instant::now() + PRUNE_INTERVAL;
            }
            let wait = match &client {
                None => PRUNE_INTERVAL,
                Some(client) => match send_next_batch(&mut self.connection, client, &self.config) {
                    Ok(Some(batch)) => {
                        retry = self.config.retry_delays();
                        let mut status = lock(&self.status);
                        status.pending_events = status.pending_events.saturating_sub(batch.event_count);
                        status.last_success = Some(Local::now());
                        status.sync_error = None;
                        status.sync_problem = None;
                        Duration::ZERO
                    }
                    Ok(None) => {
                        retry = self.config.retry_delays();
                        self.config.interval
                    }
                    Err(error) => {
                        self.report_failure(&error);
                        retry.next().unwrap_or(self.config.retry_max)
                    }
                },
            };
            if let (Some(client), Some(companion)) = (&client, &mut self.companion)
                && !wait.is_zero()
            {
                let round = SyncRound {
                    events_waiting: usage_db::pending_count(&self.connection).unwrap_or_default(),
                    oldest_waiting: usage_db::oldest_pending_hour(&self.connection)
                        .ok()
                        .flatten()
                        .and_then(|hour| Hour::parse(&hour).ok()),
                    problem: lock(&self.status).sync_problem,
                };
                companion.after_round(client, &round);
            }
            match orders.recv_timeout(wait) {
                Ok(Order::SyncNow) | Err(RecvTimeoutError::Timeout) => {}
                Ok(Order::Use(config)) => {
                    let config = self.config.with_settings_of(&config);
                    if config != self.config {
                        tracing::info!(hub = %config.hub_url, kiosk = %config.kiosk_id, "sync: new settings in use");
                        self.config = config;
                        client = self.connect();
                        retry = self.config.retry_delays();
                        // Pruning (and writing off without a hub) follows the new settings.
                        next_prune = Instant::now();
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    /// The client for the configured hub; the status forgets the old hub's problem.
    fn connect(&mut self) -> Option<HubClient> {
        {
            let mut status = lock(&self.status);
            status.hub_configured = !self.config.hub_url.is_empty();
            status.sync_error = None;
            status.sync_problem = None;
        }
        match HubClient::new(&self.config) {
            Ok(None) => {
                tracing::info!("no hub configured: usage statistics stay on this kiosk");
                None
            }
            Ok(Some(client)) => Some(client),
            Err(error) => {
                self.report_failure(&error.context("statistics stay on this kiosk until it is fixed"));
                None
            }
        }
    }

    fn report_failure(&self, error: &anyhow::Error) {
        let message = format!("{error:#}");
        let problem = SyncProblem::of(error);
        tracing::warn!(problem = problem.id(), "sync: {message}");
        if let Err(db_error) = usage_db::record_error(&self.connection, problem, &message) {
            tracing::warn!("sync: could not note the error in the usage log: {db_error}");
        }
        let mut status = lock(&self.status);
        status.sync_error = Some(message);
        status.sync_problem = Some(problem);
    }
}

/// What `lotsen sync` did.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncReport {
    pub hub: String,
    pub batches: u64,
    pub events: u64,
    pub pruned: usize,
    pub pending: u64,
}

/// `lotsen sync`: sends everything pending now with a progress bar, then prunes. Stops at the
/// first failure (noted in the usage log for `lotsen stats` and the kiosk's status).
pub fn send_all_pending(data_dir: &Path, settings: &Settings) -> Result<SyncReport> {
    let config = SyncConfig::from_settings(settings);
    let settings_file = data_dir.join(Settings::FILE_NAME);
    let client = HubClient::new(&config)?
        .with_context(|| format!("no hub configured: set hub_url and hub_token in {}", settings_file.display()))?;
    let mut connection = usage_db::open(data_dir)?;
    let progress = indicatif::ProgressBar::new(usage_db::pending_count(&connection)?).with_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} events")
            .expect("the progress template is valid")
            .progress_chars("=> "),
    );
    progress.set_message(format!("sending to {}", client.batches_url()));
    let (mut batches, mut events) = (0, 0);
    loop {
        match send_next_batch(&mut connection, &client, &config) {
            Ok(Some(batch)) => {
                batches += 1;
                events += batch.event_count;
                progress.inc(batch.event_count);
            }
            Ok(None) => break,
            Err(error) => {
                progress.abandon();
                let _ = usage_db::record_error(&connection, SyncProblem::of(&error), &format!("{error:#}"));
                return Err(anyhow!("{error:#} (sent {events} events in {batches} batches before that)"));
            }
        }
    }
    progress.finish_and_clear();
    let pruned = prune(&mut connection, &config)?;
    Ok(SyncReport {
        hub: client.batches_url().to_string(),
        batches,
        events,
        pruned,
        pending: usage_db::pending_count(&connection)?,
    })
}
