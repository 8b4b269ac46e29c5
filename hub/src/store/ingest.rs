//! The ingest transaction: a batch, its new events, session facts and rollup increments,
//! stored together or not at all.

use std::collections::HashSet;
use std::sync::Arc;

use anyhow::{Context, Result, anyhow};
use lotsen_wire::{Batch, Event, EventKind};
use sqlx::{Any, AnyConnection, AssertSqlSafe, Connection, Transaction};
use uuid::Uuid;

use super::{Backend, Params, Rollup, Store, now_unix};
use crate::rollup::{self, Increments, SessionFirstSeen};

/// Rows per multi-row INSERT: well under both databases' parameter limits (SQLite 32766,
/// PostgreSQL 65535) with 12 columns.
const ROWS_PER_INSERT: usize = 400;

/// What storing a batch came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchOutcome {
    /// Newly stored; `new_events` of the batch's events were not stored before.
    Stored { acked_through_seq: u64, new_events: usize },
    /// This exact batch was stored before: same answer, nothing stored.
    Replayed { acked_through_seq: u64 },
    /// The batch id is known with other content (or from another kiosk).
    Conflict,
}

/// A value of a rollup row.
enum SqlValue {
    Int(i64),
    Text(String),
}

/// A stored event as its columns hold it.
#[derive(sqlx::FromRow)]
struct EventRow {
    seq: i64,
    kind: String,
    hour: i64,
    session: String,
    guide: Option<String>,
    step: Option<i64>,
    locale: Option<String>,
    helpful: Option<i64>,
    correct: Option<i64>,
    need: Option<String>,
}

impl TryFrom<EventRow> for Event {
    type Error = anyhow::Error;

    fn try_from(row: EventRow) -> Result<Event> {
        let EventRow { seq, kind, hour, session, guide, step, locale, helpful, correct, need } = row;
        Ok(Event {
            seq: u64::try_from(seq).with_context(|| format!("stored seq {seq}"))?,
            kind: EventKind::parse(&kind).ok_or_else(|| anyhow!("stored event has unknown kind {kind:?}"))?,
            hour: rollup::hour_from_index(hour).ok_or_else(|| anyhow!("stored hour {hour} is out of range"))?,
            session: Uuid::parse_str(&session).with_context(|| format!("stored session {session:?}"))?,
            guide,
            step: step.map(u32::try_from).transpose().with_context(|| format!("stored step {step:?}"))?,
            locale,
            helpful: helpful.map(|v| v != 0),
            correct: correct.map(|v| v != 0),
            need,
        })
    }
}

impl Store {
    fn write_lock(&self, kiosk_id: &str) -> Arc<tokio::sync::Mutex<()>> {
        let key = match self.backend {
            Backend::Sqlite => "",
            Backend::Postgres => kiosk_id,
        };
        let mut locks = self.write_locks.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        locks.entry(key.to_owned()).or_default().clone()
    }

    /// Stores a validated batch of `kiosk_id` in one transaction: the batch record, the events
    /// not stored before (by kiosk and seq), session facts and rollups.
    pub async fn store_batch(&self, kiosk_id: &str, batch: &Batch, content_hash: &str) -> Result<BatchOutcome> {
        self.store_batch_received_at(kiosk_id, batch, content_hash, now_unix()).await
    }

    /// [`Store::store_batch`] as if received at `received_at` (Unix seconds): for generated
    /// demo data, whose kiosks synced in the past.
    pub async fn store_batch_received_at(
        &self,
        kiosk_id: &str,
        batch: &Batch,
        content_hash: &str,
        received_at: i64,
    ) -> Result<BatchOutcome> {
        let lock = self.write_lock(kiosk_id);
        let _writing = lock.lock().await;
        let mut connection = self.pool.acquire().await.context("connecting to the database")?;
        let stored = self.store_batch_on(&mut connection, kiosk_id, batch, content_hash, received_at).await;
        if stored.is_err() {
            // After a failed statement or COMMIT (e.g. "database or disk is full") the
            // connection may still count itself inside a transaction and refuse the next BEGIN:
            // close it rather than give it back to the pool.
            connection.close_on_drop();
        }
        stored
    }

    async fn store_batch_on(
        &self,
        connection: &mut AnyConnection,
        kiosk_id: &str,
        batch: &Batch,
        content_hash: &str,
        received_at: i64,
    ) -> Result<BatchOutcome> {
        // SQLite: take the write lock at BEGIN, waiting out other writers (e.g. an admin command
        // in another process), rather than fail with SQLITE_BUSY_SNAPSHOT on a later write.
        let mut tx = match self.backend {
            Backend::Sqlite => connection.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => connection.begin().await,
        }
        .context("starting a transaction")?;
        let batch_id = batch.batch_id.to_string();
        let acked_through_seq = batch.last_seq();
        // Claim the batch id first; on PostgreSQL a concurrent resend of it waits here.
        let claimed = sqlx::query(
            "INSERT INTO batches (batch_id, kiosk_id, content_hash, acked_through_seq, received_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (batch_id) DO NOTHING RETURNING batch_id",
        )
        .bind(batch_id.clone())
        .bind(kiosk_id.to_owned())
        .bind(content_hash.to_owned())
        .bind(acked_through_seq as i64)
        .bind(received_at)
        .fetch_optional(&mut *tx)
        .await
        .context("recording the batch")?;
        if claimed.is_none() {
            let (known_kiosk, known_hash, acked): (String, String, i64) =
                sqlx::query_as("SELECT kiosk_id, content_hash, acked_through_seq FROM batches WHERE batch_id = $1")
                    .bind(batch_id)
                    .fetch_one(&mut *tx)
                    .await
                    .context("looking up the batch id")?;
            return Ok(if known_kiosk == kiosk_id && known_hash == content_hash {
                BatchOutcome::Replayed { acked_through_seq: acked as u64 }
            } else {
                BatchOutcome::Conflict
            });
        }

        // Events at or below the kiosk's pruned seq were stored, counted and deleted since.
        let pruned_through: i64 = sqlx::query_scalar("SELECT pruned_through_seq FROM kiosks WHERE id = $1")
            .bind(kiosk_id.to_owned())
            .fetch_one(&mut *tx)
            .await
            .context("reading the kiosk's pruned seq")?;
        let unpruned = batch.events.partition_point(|event| event.seq as i64 <= pruned_through);
        let new_events = insert_events(&mut tx, self.backend, kiosk_id, &batch.events[unpruned..]).await?;
        let sessions = rollup::sessions_of(&new_events);
        let new_sessions = insert_sessions(&mut tx, self.backend, kiosk_id, &sessions).await?;
        let newly_assisted = mark_assisted(&mut tx, self.backend, kiosk_id, &new_events, &sessions).await?;
        let increments = rollup::increments(&new_events, &new_sessions, &newly_assisted);
        add_increments(&mut tx, self.backend, kiosk_id, &increments).await?;
        tx.commit().await.context("committing the batch")?;
        Ok(BatchOutcome::Stored { acked_through_seq, new_events: new_events.len() })
    }

    /// The events stored for a kiosk, in seq order.
    pub async fn stored_events(&self, kiosk_id: &str) -> Result<Vec<Event>> {
        let rows: Vec<EventRow> = sqlx::query_as(
            "SELECT seq, kind, hour, session, guide, step, locale, helpful, correct, need FROM events WHERE kiosk_id = $1 ORDER BY seq",
        )
        .bind(kiosk_id.to_owned())
        .fetch_all(&self.pool)
        .await
        .with_context(|| format!("reading the events of kiosk {kiosk_id:?}"))?;
        rows.into_iter().map(Event::try_from).collect()
    }

    /// How many events and batches are stored in all.
    pub async fn totals(&self) -> Result<(i64, i64)> {
        sqlx::query_as("SELECT (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM batches) AS batches")
            .fetch_one(&self.pool)
            .await
            .context("counting events and batches")
    }
}

impl Store {
    /// Deletes the raw events (and session records) of hours before `before_hour` (an hour
    /// index), kiosk by kiosk; their rollups stay, so every published figure stays the same.
    /// Returns how many events were deleted.
    pub async fn prune_events(&self, before_hour: i64) -> Result<u64> {
        let kiosks: Vec<String> =
            sqlx::query_scalar("SELECT id FROM kiosks").fetch_all(&self.pool).await.context("listing kiosks")?;
        let mut deleted = 0;
        for kiosk_id in kiosks {
            let lock = self.write_lock(&kiosk_id);
            let _writing = lock.lock().await;
            let mut connection = self.pool.acquire().await.context("connecting to the database")?;
            let pruned = prune_kiosk(&mut connection, self.backend, &kiosk_id, before_hour).await;
            if pruned.is_err() {
                connection.close_on_drop();
            }
            deleted += pruned.with_context(|| format!("deleting old events of kiosk {kiosk_id:?}"))?;
        }
        Ok(deleted)
    }
}

async fn prune_kiosk(
    connection: &mut AnyConnection,
    backend: Backend,
    kiosk_id: &str,
    before_hour: i64,
) -> Result<u64> {
    let mut tx = match backend {
        Backend::Sqlite => connection.begin_with("BEGIN IMMEDIATE").await,
        Backend::Postgres => connection.begin().await,
    }?;
    let last: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM events WHERE kiosk_id = $1 AND hour < $2")
        .bind(kiosk_id.to_owned())
        .bind(before_hour)
        .fetch_one(&mut *tx)
        .await?;
    let Some(last) = last else { return Ok(0) };
    sqlx::query("UPDATE kiosks SET pruned_through_seq = $1 WHERE id = $2 AND pruned_through_seq < $1")
        .bind(last)
        .bind(kiosk_id.to_owned())
        .execute(&mut *tx)
        .await?;
    let deleted = sqlx::query("DELETE FROM events WHERE kiosk_id = $1 AND hour < $2")
        .bind(kiosk_id.to_owned())
        .bind(before_hour)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM sessions WHERE kiosk_id = $1 AND first_hour < $2")
        .bind(kiosk_id.to_owned())
        .bind(before_hour)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(deleted)
}

/// Inserts the events, skipping seqs the kiosk sent before; returns those newly stored.
async fn insert_events<'e>(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    kiosk_id: &str,
    events: &'e [Event],
) -> Result<Vec<&'e Event>> {
    let mut stored = Vec::with_capacity(events.len());
    for chunk in events.chunks(ROWS_PER_INSERT) {
        let mut params = Params::new(backend);
        let mut rows = Vec::with_capacity(chunk.len());
        for event in chunk {
            let values = [
                params.bind(kiosk_id.to_owned())?,
                params.bind(event.seq as i64)?,
                params.bind(rollup::hour_index(event.hour))?,
                params.bind(event.session.simple().to_string())?,
                params.bind(event.kind.as_str().to_owned())?,
                params.bind(event.guide.clone())?,
                params.bind(event.step.map(i64::from))?,
                params.bind(event.locale.clone())?,
                params.bind(event.helpful.map(i64::from))?,
                params.bind(event.correct.map(i64::from))?,
                params.bind(event.need.clone())?,
            ];
            rows.push(format!("({})", values.join(", ")));
        }
        let sql = format!(
            "INSERT INTO events (kiosk_id, seq, hour, session, kind, guide, step, locale, helpful, correct, need) VALUES {} ON CONFLICT (kiosk_id, seq) DO NOTHING RETURNING seq",
            rows.join(", ")
        );
        let inserted: HashSet<i64> = sqlx::query_scalar_with(AssertSqlSafe(sql), params.args)
            .fetch_all(&mut **tx)
            .await
            .context("storing events")?
            .into_iter()
            .collect();
        stored.extend(chunk.iter().filter(|event| inserted.contains(&(event.seq as i64))));
    }
    Ok(stored)
}

/// Records sessions not seen before; returns them.
async fn insert_sessions<'s>(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    kiosk_id: &str,
    sessions: &'s [SessionFirstSeen],
) -> Result<Vec<&'s SessionFirstSeen>> {
    let mut new = Vec::new();
    for chunk in sessions.chunks(ROWS_PER_INSERT) {
        let mut params = Params::new(backend);
        let mut rows = Vec::with_capacity(chunk.len());
        for session in chunk {
            rows.push(format!(
                "({}, {}, {})",
                params.bind(kiosk_id.to_owned())?,
                params.bind(session.session.simple().to_string())?,
                params.bind(session.hour)?
            ));
        }
        let sql = format!(
            "INSERT INTO sessions (kiosk_id, session, first_hour) VALUES {} ON CONFLICT (kiosk_id, session) DO NOTHING RETURNING session",
            rows.join(", ")
        );
        let inserted: HashSet<String> = sqlx::query_scalar_with(AssertSqlSafe(sql), params.args)
            .fetch_all(&mut **tx)
            .await
            .context("storing sessions")?
            .into_iter()
            .collect();
        new.extend(chunk.iter().filter(|s| inserted.contains(&s.session.simple().to_string())));
    }
    Ok(new)
}

/// Marks the sessions with an `assisted_marked` event as assisted; returns those that were not
/// marked before.
async fn mark_assisted<'s>(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    kiosk_id: &str,
    events: &[&Event],
    sessions: &'s [SessionFirstSeen],
) -> Result<Vec<&'s SessionFirstSeen>> {
    let assisted: HashSet<Uuid> =
        events.iter().filter(|e| e.kind == EventKind::AssistedMarked).map(|e| e.session).collect();
    if assisted.is_empty() {
        return Ok(Vec::new());
    }
    let mut params = Params::new(backend);
    let kiosk = params.bind(kiosk_id.to_owned())?;
    let mut placeholders = Vec::new();
    for session in &assisted {
        placeholders.push(params.bind(session.simple().to_string())?);
    }
    let sql = format!(
        "UPDATE sessions SET assisted = 1 WHERE kiosk_id = {kiosk} AND assisted = 0 AND session IN ({}) RETURNING session",
        placeholders.join(", ")
    );
    let updated: HashSet<String> = sqlx::query_scalar_with(AssertSqlSafe(sql), params.args)
        .fetch_all(&mut **tx)
        .await
        .context("marking assisted sessions")?
        .into_iter()
        .collect();
    Ok(sessions.iter().filter(|s| updated.contains(&s.session.simple().to_string())).collect())
}

/// Adds the increments to the daily rollup tables and their sums per week to the weekly ones.
async fn add_increments(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    kiosk_id: &str,
    increments: &Increments,
) -> Result<()> {
    for (rollup, increments) in [(Rollup::Daily, increments), (Rollup::Weekly, &increments.by_week())] {
        let stats = increments.stats.iter().map(|(key, counts)| {
            let mut row = vec![
                SqlValue::Text(key.dims.to_owned()),
                SqlValue::Text(key.guide.clone()),
                SqlValue::Int(key.day),
                SqlValue::Text(key.locale.clone()),
                SqlValue::Int(key.hour_of_day),
            ];
            row.extend(counts.iter().map(|&count| SqlValue::Int(count)));
            row
        });
        let stats_keys = ["dims", "guide", "day", "locale", "hour_of_day"];
        let stats_table = rollup.stats_table();
        add_to_rollup(tx, backend, kiosk_id, stats_table, &stats_keys, &rollup::METRICS, stats.collect()).await?;
        let steps = increments.steps.iter().map(|(key, &count)| {
            vec![
                SqlValue::Text(key.guide.clone()),
                SqlValue::Int(key.day),
                SqlValue::Int(key.step),
                SqlValue::Text(key.metric.to_owned()),
                SqlValue::Int(count),
            ]
        });
        let step_keys = ["guide", "day", "step", "metric"];
        add_to_rollup(tx, backend, kiosk_id, rollup.steps_table(), &step_keys, &["count"], steps.collect()).await?;
    }
    Ok(())
}

/// Adds rows (key values, then counts) of one kiosk to a rollup table: one multi-row upsert
/// per chunk that adds the counts to existing rows.
async fn add_to_rollup(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    kiosk_id: &str,
    table: &str,
    key_columns: &[&str],
    count_columns: &[&str],
    rows: Vec<Vec<SqlValue>>,
) -> Result<()> {
    let keys = key_columns.join(", ");
    let counts = count_columns.join(", ");
    let additions =
        count_columns.iter().map(|c| format!("{c} = {table}.{c} + excluded.{c}")).collect::<Vec<_>>().join(", ");
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let mut params = Params::new(backend);
        let mut tuples = Vec::with_capacity(chunk.len());
        for row in chunk {
            let mut values = vec![params.bind(kiosk_id.to_owned())?];
            for value in row {
                values.push(match value {
                    SqlValue::Int(value) => params.bind(*value)?,
                    SqlValue::Text(value) => params.bind(value.clone())?,
                });
            }
            tuples.push(format!("({})", values.join(", ")));
        }
        let sql = format!(
            "INSERT INTO {table} (kiosk_id, {keys}, {counts}) VALUES {} ON CONFLICT (kiosk_id, {keys}) DO UPDATE SET {additions}",
            tuples.join(", ")
        );
        sqlx::query_with(AssertSqlSafe(sql), params.args)
            .execute(&mut **tx)
            .await
            .with_context(|| format!("updating rollup {table}"))?;
    }
    Ok(())
}
