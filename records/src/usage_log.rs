//! The kiosk's anonymous usage log: the controller records what a visitor does, a writer thread
//! stores it in SQLite (see `usage_db`), and the sync worker (see `sync`) sends it to the hub.
//!
//! ```no_run
//! # fn demo(data_dir: &std::path::Path) -> anyhow::Result<()> {
//! use lotsen_records::{EventRecord, UsageLog};
//! use lotsen_wire::EventKind;
//!
//! let usage_log = UsageLog::open(data_dir)?;
//! let session = uuid::Uuid::new_v4(); // one per visitor, forgotten at idle reset
//! usage_log.record(EventRecord::new(EventKind::SessionStarted, session))?;
//! usage_log.record(EventRecord::new(EventKind::LanguageChosen, session).locale("ar"))?;
//! usage_log.record(EventRecord::new(EventKind::StepReached, session).guide("bankid-get").step(3))?;
//! # Ok(()) }
//! ```
//!
//! `record` checks the event, stamps the current hour and hands it to the writer thread: it never
//! waits for the disk, so the UI thread is never held up by a slow, full or locked disk. The writer
//! commits whatever has queued up in one transaction with `synchronous=FULL`; an event is committed
//! (survives a kill or a power cut) once `flush` has returned `Ok` for it. If a write fails the
//! events stay in memory and are retried with backoff, and the reason shows in `status()`.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context, Result, anyhow};
use backon::{BackoffBuilder, ExponentialBuilder};
use lotsen_wire::{Event, EventKind, Hour};
use rusqlite::Connection;
use uuid::Uuid;

use crate::sync_status::{SyncStatus, describe_write_error};
use crate::usage_db;

/// At most this many events wait in memory while the disk refuses them (about 20 MB); beyond it
/// new events are counted as lost rather than letting a kiosk with a full disk run out of memory.
const MAX_UNWRITTEN: usize = 100_000;

/// One thing a visitor did. Build it with [`EventRecord::new`] and the setters for the fields its
/// kind needs (the same rules as the wire format: e.g. `step_reached` needs a guide and a step).
#[derive(Debug, Clone, PartialEq)]
pub struct EventRecord {
    pub kind: EventKind,
    /// Random per visitor (`Uuid::new_v4()`), created by the controller, forgotten at idle reset.
    pub session: Uuid,
    pub guide: Option<String>,
    pub step: Option<u32>,
    pub locale: Option<String>,
    pub helpful: Option<bool>,
    pub correct: Option<bool>,
    pub need: Option<String>,
}

impl EventRecord {
    pub fn new(kind: EventKind, session: Uuid) -> EventRecord {
        EventRecord { kind, session, guide: None, step: None, locale: None, helpful: None, correct: None, need: None }
    }

    pub fn guide(self, guide_id: impl Into<String>) -> EventRecord {
        EventRecord { guide: Some(guide_id.into()), ..self }
    }

    /// Step index within the guide (1-based; 0 is the "what you need" screen).
    pub fn step(self, step: u32) -> EventRecord {
        EventRecord { step: Some(step), ..self }
    }

    pub fn locale(self, locale: impl Into<String>) -> EventRecord {
        EventRecord { locale: Some(locale.into()), ..self }
    }

    /// For `feedback_given`: was the guide helpful.
    pub fn helpful(self, helpful: bool) -> EventRecord {
        EventRecord { helpful: Some(helpful), ..self }
    }

    /// For `practice_answered`: did the visitor choose the safe answer.
    pub fn correct(self, correct: bool) -> EventRecord {
        EventRecord { correct: Some(correct), ..self }
    }

    /// For `need_missing`: the id of the "what you need" item the visitor did not have.
    pub fn need(self, need_id: impl Into<String>) -> EventRecord {
        EventRecord { need: Some(need_id.into()), ..self }
    }

    /// The event as stored: stamped with `hour`, its seq given by the log when written.
    fn into_event(self, hour: Hour) -> Event {
        let EventRecord { kind, session, guide, step, locale, helpful, correct, need } = self;
        Event { seq: 0, kind, hour, session, guide, step, locale, helpful, correct, need }
    }
}

enum Message {
    Record(Event),
    /// Answered once everything recorded before it is committed, or with why it is not.
    Flush(Sender<Result<(), String>>),
}

/// The handle the kiosk keeps open while it runs. Dropping it writes what is queued and stops the
/// writer thread.
pub struct UsageLog {
    data_dir: PathBuf,
    sender: Option<Sender<Message>>,
    status: Arc<Mutex<SyncStatus>>,
    writer: Option<JoinHandle<()>>,
}

impl UsageLog {
    /// Opens (or creates) `usage.sqlite3` in `data_dir` and starts the writer thread.
    pub fn open(data_dir: &Path) -> Result<UsageLog> {
        let connection = usage_db::open(data_dir)?;
        let pending_events = usage_db::pending_count(&connection).context("counting pending usage events")?;
        let record = usage_db::sync_record(&connection)?;
        let status = Arc::new(Mutex::new(SyncStatus {
            pending_events,
            last_success: record.last_success,
            sync_error: record.last_error,
            sync_problem: record.last_problem,
            ..SyncStatus::default()
        }));
        let (sender, receiver) = mpsc::channel();
        let writer = Writer { connection, log_file: usage_db::path_in(data_dir), status: Arc::clone(&status) };
        let writer = std::thread::Builder::new()
            .name("usage-log-writer".into())
            .spawn(move || writer.run(receiver))
            .context("starting the usage log writer thread")?;
        Ok(UsageLog { data_dir: data_dir.to_path_buf(), sender: Some(sender), status, writer: Some(writer) })
    }

    /// Records one event now (hour-truncated). Returns at once; an event that breaks the wire
    /// format's rules is refused here, with the reason.
    pub fn record(&self, record: EventRecord) -> Result<()> {
        let event = record.into_event(Hour::now());
        event.validate().context("usage event refused")?;
        self.send(Message::Record(event))
    }

    /// Waits until every event recorded before this call is committed to disk. Fails with the
    /// reason when the disk refuses them (they stay queued) or when `timeout` passes first.
    pub fn flush(&self, timeout: Duration) -> Result<()> {
        let (reply, answer) = mpsc::channel();
        self.send(Message::Flush(reply))?;
        match answer.recv_timeout(timeout) {
            Ok(result) => result.map_err(|message| anyhow!(message)),
            Err(_) => Err(anyhow!("the usage log did not finish writing within {timeout:?}")),
        }
    }

    /// What the settings screen shows about statistics.
    pub fn status(&self) -> SyncStatus {
        lock(&self.status).clone()
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Shared with the sync worker, which reports its side into the same status.
    pub(crate) fn status_handle(&self) -> Arc<Mutex<SyncStatus>> {
        Arc::clone(&self.status)
    }

    fn send(&self, message: Message) -> Result<()> {
        let sender = self.sender.as_ref().expect("sender lives until drop");
        sender.send(message).map_err(|_| anyhow!("the usage log writer thread has stopped"))
    }
}

impl Drop for UsageLog {
    fn drop(&mut self) {
        // Closing the channel tells the writer to write what is queued and stop.
        drop(self.sender.take());
        if let Some(writer) = self.writer.take()
            && writer.join().is_err()
        {
            tracing::error!("usage log writer thread panicked");
        }
    }
}

pub(crate) fn lock(status: &Mutex<SyncStatus>) -> MutexGuard<'_, SyncStatus> {
    // A panic elsewhere while holding the lock leaves a status that is still worth showing.
    status.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

struct Writer {
    connection: Connection,
    log_file: PathBuf,
    status: Arc<Mutex<SyncStatus>>,
}

impl Writer {
    fn run(mut self, receiver: Receiver<Message>) {
        let retry_delays = || {
            ExponentialBuilder::default()
                .with_min_delay(Duration::from_millis(100))
                .with_max_delay(Duration::from_secs(10))
                .without_max_times()
                .with_jitter()
                .build()
        };
        let mut retry = retry_delays();
        let mut unwritten: Vec<Event> = Vec::new();
        let mut flushes: Vec<Sender<Result<(), String>>> = Vec::new();
        let mut retry_after: Option<Duration> = None;
        loop {
            let first = match retry_after {
                None => receiver.recv().map_err(|_| RecvTimeoutError::Disconnected),
                Some(delay) => receiver.recv_timeout(delay),
            };
            let open = match first {
                Ok(message) => {
                    self.take(message, &mut unwritten, &mut flushes);
                    // Everything already queued goes into the same transaction.
                    let mut open = true;
                    loop {
                        match receiver.try_recv() {
                            Ok(message) => self.take(message, &mut unwritten, &mut flushes),
                            Err(mpsc::TryRecvError::Empty) => break,
                            Err(mpsc::TryRecvError::Disconnected) => {
                                open = false;
                                break;
                            }
                        }
                    }
                    open
                }
                Err(RecvTimeoutError::Timeout) => true,
                Err(RecvTimeoutError::Disconnected) => false,
            };
            let outcome = self.write(&mut unwritten);
            retry_after = match &outcome {
                Ok(()) => {
                    retry = retry_delays();
                    None
                }
                Err(_) => retry.next(),
            };
            for flush in flushes.drain(..) {
                let _ = flush.send(outcome.clone());
            }
            if !open {
                if !unwritten.is_empty() {
                    tracing::error!(lost = unwritten.len(), "usage log closed with events that could not be written");
                }
                return;
            }
        }
    }

    fn take(&self, message: Message, unwritten: &mut Vec<Event>, flushes: &mut Vec<Sender<Result<(), String>>>) {
        match message {
            Message::Record(event) if unwritten.len() < MAX_UNWRITTEN => unwritten.push(event),
            Message::Record(event) => {
                let mut status = lock(&self.status);
                status.lost_events += 1;
                tracing::error!(kind = %event.kind, lost = status.lost_events, "usage event dropped: {MAX_UNWRITTEN} events already wait to be written");
            }
            Message::Flush(reply) => flushes.push(reply),
        }
    }

    /// Writes the queued events in one transaction; on failure they stay queued.
    fn write(&mut self, unwritten: &mut Vec<Event>) -> Result<(), String> {
        if unwritten.is_empty() {
            return Ok(());
        }
        let result = usage_db::append(&mut self.connection, unwritten);
        let mut status = lock(&self.status);
        match result {
            Ok(()) => {
                if status.log_error.take().is_some() {
                    tracing::info!(written = unwritten.len(), "usage log writes again");
                }
                status.log_problem = None;
                status.pending_events += unwritten.len() as u64;
                status.unwritten_events = 0;
                unwritten.clear();
                Ok(())
            }
            Err(error) => {
                let (problem, message) = describe_write_error(&error, &self.log_file, unwritten.len());
                // Once per outage at error level: the writer retries every few seconds.
                if status.log_error.is_none() {
                    tracing::error!(%error, "{message}");
                } else {
                    tracing::debug!(%error, "{message}");
                }
                status.log_error = Some(message.clone());
                status.log_problem = Some(problem);
                status.unwritten_events = unwritten.len() as u64;
                Err(message)
            }
        }
    }
}
