//! The usage log's SQLite file: schema, migrations and the queries the writer, the sync worker
//! and `lotsen stats` share.
//!
//! Tables:
//! - `events`: append-only. Triggers refuse every UPDATE, and every DELETE of an event the hub has
//!   not acknowledged (`seq` above `sync_state.acked_through_seq`). Pruning after retention is the
//!   one DELETE the trigger lets through, and only for acknowledged events, so a bug or a stray
//!   statement cannot drop or rewrite anything that has not reached the hub.
//!   A kiosk without a hub writes off events past retention first (`write_off_past_retention`
//!   moves the watermark past them), so it too keeps at most `retention_days` of events.
//! - `outbox`: batches exactly as sent. A row is written before its first send and its body is
//!   never changed (trigger), so a resend after a crash or a timeout carries the same `batch_id`
//!   and the same events, which lets the hub store it once.
//! - `sync_state`: one row: how far the hub has acknowledged (it only rises, trigger), and the last
//!   success and error (its sentence and its kind), so a second process (`lotsen stats`) and the
//!   kiosk after a restart can report them.
//!
//! A batch carries the kiosk name it was written under. When the name changes while batches wait
//! (the hub refused them with 403 because the token is another name's), `next_batch` writes those
//! events again as new batches under the new name: nothing is dropped and nothing is refused
//! forever. The hub stored nothing of a refused batch, so nothing is counted twice; only a batch
//! whose acknowledgement was lost on the way just before a rename could be counted under both
//! names.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use chrono::{DateTime, Local, SecondsFormat, Utc};
use lotsen_wire::{Batch, Event, EventKind, Hour, SCHEMA_VERSION};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use uuid::Uuid;

use crate::sync::SyncProblem;

/// The usage log's file name inside the data dir.
pub const FILE_NAME: &str = "usage.sqlite3";

/// How long a statement waits for another connection's write lock before it fails as "locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// Each entry moves the schema from version `index` to `index + 1` (`PRAGMA user_version`).
/// Never edit an entry that has shipped: add a new one.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: a pruned seq is never reused
    kind TEXT NOT NULL,
    hour TEXT NOT NULL,                    -- local time truncated to the hour, YYYY-MM-DDTHH:00
    session TEXT NOT NULL,
    guide TEXT,
    step INTEGER,
    locale TEXT,
    helpful INTEGER,
    correct INTEGER
) STRICT;
CREATE INDEX events_by_hour ON events (hour);

CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    acked_through_seq INTEGER NOT NULL,
    last_success TEXT,                     -- RFC 3339
    last_error TEXT
) STRICT;
INSERT INTO sync_state (id, acked_through_seq) VALUES (1, 0);

CREATE TABLE outbox (
    batch_id TEXT PRIMARY KEY NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL UNIQUE,
    event_count INTEGER NOT NULL,
    body TEXT NOT NULL,                    -- the JSON posted, byte for byte on every resend
    attempts INTEGER NOT NULL DEFAULT 0,
    acked_at TEXT                          -- RFC 3339; NULL until the hub acknowledges
) STRICT;

CREATE TRIGGER events_append_only BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'usage events are append-only'); END;

CREATE TRIGGER events_delete_only_acknowledged BEFORE DELETE ON events
WHEN old.seq > (SELECT acked_through_seq FROM sync_state WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'usage events are kept until the hub has acknowledged them'); END;

CREATE TRIGGER outbox_batches_unchanged BEFORE UPDATE OF batch_id, first_seq, last_seq, event_count, body ON outbox
BEGIN SELECT RAISE(ABORT, 'an outbox batch is resent unchanged'); END;

CREATE TRIGGER acknowledgements_only_rise BEFORE UPDATE OF acked_through_seq ON sync_state
WHEN new.acked_through_seq < old.acked_through_seq
BEGIN SELECT RAISE(ABORT, 'acked_through_seq only rises'); END;
"#,
    r#"
-- The kind of the last sync problem (`SyncProblem::id`), shown to staff in their language.
ALTER TABLE sync_state ADD COLUMN last_problem TEXT;
"#,
    r#"
-- need_missing events: the "what you need" item the visitor did not have.
ALTER TABLE events ADD COLUMN need TEXT;
"#,
];

pub fn path_in(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

/// Opens (creating if needed) the usage log in `data_dir` and brings its schema up to date.
pub fn open(data_dir: &Path) -> Result<Connection> {
    crate::data_dir::create(data_dir)?;
    let path = path_in(data_dir);
    let mut connection = Connection::open(&path).with_context(|| format!("opening usage log {}", path.display()))?;
    configure(&connection).with_context(|| format!("configuring usage log {}", path.display()))?;
    migrate(&mut connection).with_context(|| format!("migrating usage log {}", path.display()))?;
    Ok(connection)
}

fn configure(connection: &Connection) -> rusqlite::Result<()> {
    connection.busy_timeout(BUSY_TIMEOUT)?;
    // WAL: readers (stats, sync) never block the writer. FULL: a commit is on disk (WAL fsynced)
    // before it returns, so a power cut loses no committed event.
    let mode: String = connection.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        tracing::warn!(%mode, "usage log: SQLite refused WAL journal mode");
    }
    connection.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

fn migrate(connection: &mut Connection) -> Result<()> {
    let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let version: usize = transaction.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    anyhow::ensure!(
        version <= MIGRATIONS.len(),
        "schema version {version} is newer than this program knows ({}): was it written by a newer Lotsen?",
        MIGRATIONS.len()
    );
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(version) {
        transaction.execute_batch(migration).with_context(|| format!("migration to version {}", index + 1))?;
    }
    transaction.pragma_update(None, "user_version", MIGRATIONS.len())?;
    transaction.commit()?;
    Ok(())
}

/// Appends events in one transaction; all or none are stored.
pub(crate) fn append(connection: &mut Connection, events: &[Event]) -> rusqlite::Result<()> {
    let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    {
        let mut insert = transaction.prepare_cached(
            "INSERT INTO events (kind, hour, session, guide, step, locale, helpful, correct, need)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for event in events {
            insert.execute(params![
                event.kind.as_str(),
                event.hour.to_string(),
                event.session.to_string(),
                event.guide,
                event.step,
                event.locale,
                event.helpful,
                event.correct,
                event.need
            ])?;
        }
    }
    transaction.commit()
}

/// Events the hub has not acknowledged yet.
pub fn pending_count(connection: &Connection) -> rusqlite::Result<u64> {
    connection.query_row(
        "SELECT count(*) FROM events WHERE seq > (SELECT acked_through_seq FROM sync_state WHERE id = 1)",
        [],
        |row| row.get(0),
    )
}

/// The hour of the oldest event the hub has not acknowledged yet.
pub fn oldest_pending_hour(connection: &Connection) -> rusqlite::Result<Option<String>> {
    connection.query_row(
        "SELECT min(hour) FROM events WHERE seq > (SELECT acked_through_seq FROM sync_state WHERE id = 1)",
        [],
        |row| row.get(0),
    )
}

/// A batch in the outbox, waiting for the hub's acknowledgement.
#[derive(Debug, Clone)]
pub struct OutboxBatch {
    pub batch_id: Uuid,
    pub last_seq: u64,
    pub event_count: u64,
    /// The exact JSON to post.
    pub body: String,
}

/// The oldest unacknowledged batch; if there is none, a new one is written from the events not
/// yet in any batch (at most `max_events`). `None` when everything is batched and acknowledged.
///
/// Waiting batches written under another kiosk name are replaced first: their events go into
/// new batches (new `batch_id`s) under `kiosk_id`.
pub fn next_batch(connection: &mut Connection, kiosk_id: &str, max_events: usize) -> Result<Option<OutboxBatch>> {
    let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let renamed = transaction.execute(
        "DELETE FROM outbox WHERE acked_at IS NULL AND json_extract(body, '$.kiosk_id') IS NOT ?1",
        [kiosk_id],
    )?;
    if renamed > 0 {
        tracing::info!(batches = renamed, kiosk = kiosk_id, "waiting batches written again under the new kiosk name");
    }
    if let Some(batch) = oldest_unacked(&transaction)? {
        return Ok(Some(batch));
    }
    let batched_through: u64 = transaction.query_row(
        "SELECT max((SELECT acked_through_seq FROM sync_state WHERE id = 1), coalesce((SELECT max(last_seq) FROM outbox), 0))",
        [],
        |row| row.get(0),
    )?;
    let events = events_after(&transaction, batched_through, max_events)?;
    if events.is_empty() {
        return Ok(None);
    }
    let batch = Batch { batch_id: Uuid::new_v4(), kiosk_id: kiosk_id.to_owned(), schema: SCHEMA_VERSION, events };
    batch.validate().with_context(|| {
        format!("batch of events {}..={} breaks the wire format", batch.events[0].seq, batch.last_seq())
    })?;
    let body = serde_json::to_string(&batch).context("serialising a batch")?;
    let outbox_batch = OutboxBatch {
        batch_id: batch.batch_id,
        last_seq: batch.last_seq(),
        event_count: batch.events.len() as u64,
        body,
    };
    transaction.execute(
        "INSERT INTO outbox (batch_id, first_seq, last_seq, event_count, body) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            outbox_batch.batch_id.to_string(),
            batch.events[0].seq,
            outbox_batch.last_seq,
            outbox_batch.event_count,
            outbox_batch.body
        ],
    )?;
    transaction.commit()?;
    Ok(Some(outbox_batch))
}

fn oldest_unacked(transaction: &Transaction) -> Result<Option<OutboxBatch>> {
    let row = transaction
        .query_row(
            "SELECT batch_id, last_seq, event_count, body FROM outbox WHERE acked_at IS NULL ORDER BY last_seq LIMIT 1",
            [],
            |row| Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .optional()?;
    let Some((batch_id, last_seq, event_count, body)) = row else { return Ok(None) };
    let batch_id = Uuid::parse_str(&batch_id).with_context(|| format!("outbox batch id {batch_id:?}"))?;
    Ok(Some(OutboxBatch { batch_id, last_seq, event_count, body }))
}

fn events_after(transaction: &Transaction, after_seq: u64, limit: usize) -> Result<Vec<Event>> {
    let mut select = transaction.prepare(
        "SELECT seq, kind, hour, session, guide, step, locale, helpful, correct, need
         FROM events WHERE seq > ?1 ORDER BY seq LIMIT ?2",
    )?;
    let mut rows = select.query(params![after_seq, limit as u64])?;
    let mut events = Vec::new();
    while let Some(row) = rows.next()? {
        let seq: u64 = row.get(0)?;
        let at = || format!("usage log event seq {seq}");
        let kind: String = row.get(1)?;
        events.push(Event {
            seq,
            kind: EventKind::parse(&kind).with_context(|| format!("{}: unknown kind {kind:?}", at()))?,
            hour: Hour::parse(&row.get::<_, String>(2)?).with_context(at)?,
            session: Uuid::parse_str(&row.get::<_, String>(3)?).with_context(at)?,
            guide: row.get(4)?,
            step: row.get(5)?,
            locale: row.get(6)?,
            helpful: row.get(7)?,
            correct: row.get(8)?,
            need: row.get(9)?,
        });
    }
    Ok(events)
}

/// Records that a send of `batch_id` is being attempted (for the record; the body is unchanged).
pub(crate) fn count_attempt(connection: &Connection, batch_id: Uuid) -> rusqlite::Result<()> {
    connection.execute("UPDATE outbox SET attempts = attempts + 1 WHERE batch_id = ?1", [batch_id.to_string()])?;
    Ok(())
}

/// Marks a batch acknowledged and raises the acknowledged watermark, in one transaction.
pub fn acknowledge(connection: &mut Connection, batch: &OutboxBatch, now: DateTime<Local>) -> rusqlite::Result<()> {
    let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let now = timestamp(now);
    transaction
        .execute("UPDATE outbox SET acked_at = ?2 WHERE batch_id = ?1", params![batch.batch_id.to_string(), now])?;
    transaction.execute(
        "UPDATE sync_state SET acked_through_seq = max(acked_through_seq, ?1), last_success = ?2, last_error = NULL, last_problem = NULL WHERE id = 1",
        params![batch.last_seq, now],
    )?;
    transaction.commit()
}

pub(crate) fn record_error(connection: &Connection, problem: SyncProblem, message: &str) -> rusqlite::Result<()> {
    connection
        .execute("UPDATE sync_state SET last_error = ?1, last_problem = ?2 WHERE id = 1", [message, problem.id()])?;
    Ok(())
}

/// What `sync_state` remembers across processes.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct SyncRecord {
    pub last_success: Option<DateTime<Local>>,
    pub last_error: Option<String>,
    pub last_problem: Option<SyncProblem>,
}

pub(crate) fn sync_record(connection: &Connection) -> Result<SyncRecord> {
    let (last_success, last_error, last_problem): (Option<String>, Option<String>, Option<String>) = connection
        .query_row("SELECT last_success, last_error, last_problem FROM sync_state WHERE id = 1", [], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?;
    let last_success = last_success
        .map(|text| DateTime::parse_from_rfc3339(&text).map(|time| time.with_timezone(&Local)))
        .transpose()
        .context("sync_state.last_success")?;
    // A kind this program does not know (a newer one wrote it) shows as a usage-log problem.
    let last_problem = last_problem.map(|id| SyncProblem::parse(&id).unwrap_or(SyncProblem::UsageLog));
    Ok(SyncRecord { last_success, last_error, last_problem })
}

/// Deletes acknowledged events older than `retention_days` and acknowledged batches acked before
/// then. Returns how many events went. The `events` trigger refuses anything unacknowledged.
pub fn prune(connection: &mut Connection, retention_days: u32, now: DateTime<Local>) -> rusqlite::Result<usize> {
    let cutoff = now - chrono::Duration::days(i64::from(retention_days));
    let cutoff_hour = Hour::truncate(cutoff.naive_local()).to_string();
    let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let events = transaction.execute(
        "DELETE FROM events WHERE hour < ?1 AND seq <= (SELECT acked_through_seq FROM sync_state WHERE id = 1)",
        [cutoff_hour],
    )?;
    transaction.execute("DELETE FROM outbox WHERE acked_at IS NOT NULL AND acked_at < ?1", [timestamp(cutoff)])?;
    transaction.commit()?;
    Ok(events)
}

/// On a kiosk without a hub nothing is ever acknowledged, so `prune` would keep everything:
/// this writes off the oldest events that are all past `retention_days` (they will never be
/// sent; the acknowledged watermark moves past them and their unsent batches go) so that `prune`
/// deletes them. Returns how many pending events were written off.
pub fn write_off_past_retention(
    connection: &mut Connection,
    retention_days: u32,
    now: DateTime<Local>,
) -> rusqlite::Result<u64> {
    let cutoff = now - chrono::Duration::days(i64::from(retention_days));
    let cutoff_hour = Hour::truncate(cutoff.naive_local()).to_string();
    let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let acked: u64 =
        transaction.query_row("SELECT acked_through_seq FROM sync_state WHERE id = 1", [], |row| row.get(0))?;
    // The run of events from the oldest up to the first one still within retention.
    let through: Option<u64> = transaction.query_row(
        "SELECT coalesce((SELECT min(seq) - 1 FROM events WHERE hour >= ?1), (SELECT max(seq) FROM events))",
        [cutoff_hour],
        |row| row.get(0),
    )?;
    let Some(through) = through.filter(|&through| through > acked) else { return Ok(0) };
    let written_off: u64 = transaction.query_row(
        "SELECT count(*) FROM events WHERE seq > ?1 AND seq <= ?2",
        params![acked, through],
        |row| row.get(0),
    )?;
    transaction.execute("UPDATE sync_state SET acked_through_seq = ?1 WHERE id = 1", [through])?;
    transaction.execute("DELETE FROM outbox WHERE acked_at IS NULL AND last_seq <= ?1", [through])?;
    transaction.commit()?;
    Ok(written_off)
}

/// Timestamps are stored in UTC so that they compare as text across daylight-saving changes.
fn timestamp(time: DateTime<Local>) -> String {
    time.with_timezone(&Utc).to_rfc3339_opts(SecondsFormat::Secs, true)
}
