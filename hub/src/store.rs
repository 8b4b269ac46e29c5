//! The hub's storage: every SQL statement the hub runs, for SQLite and PostgreSQL alike.
//!
//! One code path through sqlx's `Any` driver: the schema (`hub/migrations`) and the statements
//! here use only what both databases understand (`$n` parameters, `ON CONFLICT`, `RETURNING`,
//! TEXT and BIGINT columns).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result, anyhow};
use lotsen_wire::{Batch, Event, EventKind};
use sqlx::any::{AnyArguments, AnyPoolOptions};
use sqlx::{Any, AnyPool, Arguments, AssertSqlSafe, Executor, Row, Transaction};
use uuid::Uuid;

use crate::rollup::{self, Increments, SessionFirstSeen};

pub mod dashboard;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// Rows per multi-row INSERT: well under both databases' parameter limits (SQLite 32766,
/// PostgreSQL 65535) with 11 columns.
const ROWS_PER_INSERT: usize = 400;

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    url: String,
    backend: Backend,
    /// Ingest writers take a lock first: per kiosk on PostgreSQL (kiosks never share rows), one
    /// for all on SQLite (one writer at a time, and no SQLITE_BUSY on lock upgrades).
    write_locks: Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskRecord {
    pub id: String,
    pub library: String,
    pub region: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenRecord {
    pub id: String,
    /// `None`: every region (reserved for an admin token).
    pub region: Option<String>,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

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

/// Which rows `/api/v1/stats` sums.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatsFilter {
    pub from_day: i64,
    pub to_day: i64,
    pub region: Option<String>,
    pub library: Option<String>,
    pub guide: Option<String>,
}

/// The dimension stats are grouped by; `None` gives one group (the total).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Total,
    Week,
    Weekday,
    Guide,
    Locale,
    Library,
    HourOfDay,
    /// Weekday × hour of day (dashboard heatmap): key `weekday * 24 + hour`, weekday 0 = Monday.
    WeekdayHour,
    /// Library × locale (dashboard: a library's top language): key `library/locale`; a locale
    /// tag has no `/`, so the key splits at its last one.
    LibraryLocale,
}

impl Grouping {
    /// The SQL expression of the group key (as text) over `stats_counts c` joined with `kiosks k`.
    fn key_sql(self) -> &'static str {
        match self {
            Grouping::Total => "''",
            // Day 0 (1970-01-01) was a Thursday: (day + 3) / 7 counts Monday-based weeks.
            Grouping::Week => "CAST((c.day + 3) / 7 AS TEXT)",
            Grouping::Weekday => "CAST((c.day + 3) % 7 AS TEXT)",
            Grouping::Guide => "c.guide",
            Grouping::Locale => "c.locale",
            Grouping::Library => "k.library",
            Grouping::HourOfDay => "CAST(c.hour_of_day AS TEXT)",
            Grouping::WeekdayHour => "CAST(((c.day + 3) % 7) * 24 + c.hour_of_day AS TEXT)",
            Grouping::LibraryLocale => "k.library || '/' || c.locale",
        }
    }

    /// Whether the grouping needs single days (a weekday), which the weekly rollups lost.
    fn needs_days(self) -> bool {
        matches!(self, Grouping::Weekday | Grouping::WeekdayHour)
    }

    /// The coarsest rollup level (`rollup::LEVELS`) that has this grouping's dimension, and
    /// the guide when the query filters by one.
    fn level(self, by_guide: bool) -> &'static str {
        match (self, by_guide) {
            (Grouping::Locale | Grouping::LibraryLocale, true) => "gl",
            (Grouping::HourOfDay | Grouping::WeekdayHour, true) => "gh",
            (Grouping::Locale | Grouping::LibraryLocale, false) => "l",
            (Grouping::HourOfDay | Grouping::WeekdayHour, false) => "h",
            (Grouping::Guide, _) | (_, true) => "g",
            _ => "",
        }
    }
}

/// Summed stats metrics of one group, in `rollup::METRICS` order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsRow {
    pub group: String,
    pub counts: [i64; 5],
}

/// How many times a step of a guide was reached (`step_reached`) or given up on (`guide_abandoned`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepSum {
    pub step: i64,
    pub metric: String,
    pub count: i64,
}

/// A value of a rollup row.
enum SqlValue {
    Int(i64),
    Text(String),
}

/// Binds parameters and hands out their placeholders in order: `$n` for PostgreSQL, `?` for
/// SQLite, where binding thousands of `$n` by name takes quadratic time (sqlx looks each name
/// up with sqlite3_bind_parameter_name, itself a linear search).
struct Params {
    args: AnyArguments,
    count: usize,
    backend: Backend,
}

impl Params {
    fn new(backend: Backend) -> Params {
        Params { args: AnyArguments::default(), count: 0, backend }
    }

    fn bind<T>(&mut self, value: T) -> Result<String>
    where
        T: for<'q> sqlx::Encode<'q, Any> + sqlx::Type<Any> + Send + 'static,
    {
        self.args.add(value).map_err(|e| anyhow!("binding parameter {}: {e}", self.count + 1))?;
        self.count += 1;
        Ok(match self.backend {
            Backend::Sqlite => "?".to_owned(),
            Backend::Postgres => format!("${}", self.count),
        })
    }
}

fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}

impl Store {
    /// Connects to `sqlite:PATH` or `postgres://…` and runs the migrations.
    pub async fn open(url: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let (backend, url) = if let Some(path) = url.strip_prefix("sqlite:") {
            (Backend::Sqlite, sqlite_url(path)?)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Backend::Postgres, url.to_owned())
        } else {
            anyhow::bail!("database {url:?}: expected sqlite:PATH or postgres://…");
        };
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets stats read while a batch is written. FULL: an acknowledged
                        // batch is never sent again (the kiosk prunes it later), so the ack must
                        // survive a power cut of the hub's disk, not only a crash.
                        conn.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON")
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .with_context(|| format!("connecting to database {}", redact(&url)))?;
        MIGRATOR.run(&pool).await.with_context(|| format!("migrating database {}", redact(&url)))?;
        Ok(Store { pool, url, backend, write_locks: Arc::default() })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The database URL without its password, for logs.
    pub fn display_url(&self) -> String {
        redact(&self.url)
    }

    /// Whether the database answers a query.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await.context("asking the database for SELECT 1")?;
        Ok(())
    }

    /// Writes a consistent copy of the SQLite database to a new file at `path` while the hub keeps
    /// serving: `VACUUM INTO` reads one snapshot (writers go on under WAL) and writes a compact
    /// database. PostgreSQL is backed up with `pg_dump`.
    pub async fn backup_to(&self, path: &std::path::Path) -> Result<()> {
        if self.backend == Backend::Postgres {
            anyhow::bail!(
                "the hub's database is PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom --file=FILE DATABASE_URL"
            );
        }
        if path.exists() {
            anyhow::bail!("{} exists already: a backup never overwrites a file, choose a new name", path.display());
        }
        let target = path.to_str().with_context(|| format!("backup path {} is not UTF-8", path.display()))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target.to_owned())
            .execute(&self.pool)
            .await
            .with_context(|| format!("writing the backup to {}", path.display()))?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub async fn insert_kiosk(&self, id: &str, library: &str, region: &str, token_hash: &str) -> Result<()> {
        sqlx::query("INSERT INTO kiosks (id, library, region, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id.to_owned())
            .bind(library.to_owned())
            .bind(region.to_owned())
            .bind(token_hash.to_owned())
            .bind(now_unix())
            .execute(&self.pool)
            .await
            .with_context(|| format!("adding kiosk {id:?}"))?;
        Ok(())
    }

    pub async fn kiosk_exists(&self, id: &str) -> Result<bool> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM kiosks WHERE id = $1")
            .bind(id.to_owned())
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get::<i64, _>("n")? > 0)
    }

    pub async fn list_kiosks(&self) -> Result<Vec<KioskRecord>> {
        let rows =
            sqlx::query("SELECT id, library, region, created_at, revoked_at FROM kiosks ORDER BY region, library, id")
                .fetch_all(&self.pool)
                .await
                .context("listing kiosks")?;
        rows.iter()
            .map(|row| {
                Ok(KioskRecord {
                    id: row.try_get("id")?,
                    library: row.try_get("library")?,
                    region: row.try_get("region")?,
                    created_at: row.try_get("created_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                })
            })
            .collect()
    }

    /// Revokes a kiosk's token; false if there is no such kiosk or it was revoked already.
    pub async fn revoke_kiosk(&self, id: &str) -> Result<bool> {
        let done = sqlx::query("UPDATE kiosks SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now_unix())
            .bind(id.to_owned())
            .execute(&self.pool)
            .await
            .with_context(|| format!("revoking kiosk {id:?}"))?;
        Ok(done.rows_affected() > 0)
    }

    /// The kiosk a token belongs to, if the token is known and not revoked.
    pub async fn kiosk_for_token(&self, token_hash: &str) -> Result<Option<String>> {
        let row = sqlx::query("SELECT id FROM kiosks WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(token_hash.to_owned())
            .fetch_optional(&self.pool)
            .await
            .context("looking up a kiosk token")?;
        Ok(row.map(|row| row.try_get("id")).transpose()?)
    }

    pub async fn insert_api_token(&self, id: &str, region: Option<&str>, token_hash: &str) -> Result<()> {
        sqlx::query("INSERT INTO api_tokens (id, token_hash, region, created_at) VALUES ($1, $2, $3, $4)")
            .bind(id.to_owned())
            .bind(token_hash.to_owned())
            .bind(region.map(str::to_owned))
            .bind(now_unix())
            .execute(&self.pool)
            .await
            .with_context(|| format!("adding API token {id:?}"))?;
        Ok(())
    }

    pub async fn list_api_tokens(&self) -> Result<Vec<ApiTokenRecord>> {
        let rows = sqlx::query("SELECT id, region, created_at, revoked_at FROM api_tokens ORDER BY created_at, id")
            .fetch_all(&self.pool)
            .await
            .context("listing API tokens")?;
        rows.iter()
            .map(|row| {
                Ok(ApiTokenRecord {
                    id: row.try_get("id")?,
                    region: row.try_get("region")?,
                    created_at: row.try_get("created_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                })
            })
            .collect()
    }

    pub async fn revoke_api_token(&self, id: &str) -> Result<bool> {
        let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now_unix())
            .bind(id.to_owned())
            .execute(&self.pool)
            .await
            .with_context(|| format!("revoking API token {id:?}"))?;
        Ok(done.rows_affected() > 0)
    }

    /// The scope of a coordinator token: `Some(Some(region))`, `Some(None)` for all regions,
    /// `None` if the token is unknown or revoked.
    pub async fn api_token_scope(&self, token_hash: &str) -> Result<Option<Option<String>>> {
        let row = sqlx::query("SELECT region FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(token_hash.to_owned())
            .fetch_optional(&self.pool)
            .await
            .context("looking up an API token")?;
        Ok(row.map(|row| row.try_get("region")).transpose()?)
    }

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
        // SQLite: take the write lock at BEGIN, waiting out other writers (e.g. an admin command
        // in another process), rather than fail with SQLITE_BUSY_SNAPSHOT on a later write.
        let mut tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
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
            let known =
                sqlx::query("SELECT kiosk_id, content_hash, acked_through_seq FROM batches WHERE batch_id = $1")
                    .bind(batch_id)
                    .fetch_one(&mut *tx)
                    .await
                    .context("looking up the batch id")?;
            let same = known.try_get::<String, _>("kiosk_id")? == kiosk_id
                && known.try_get::<String, _>("content_hash")? == content_hash;
            let acked: i64 = known.try_get("acked_through_seq")?;
            return Ok(if same {
                BatchOutcome::Replayed { acked_through_seq: acked as u64 }
            } else {
                BatchOutcome::Conflict
            });
        }

        let new_events = insert_events(&mut tx, self.backend, kiosk_id, &batch.events).await?;
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
        let rows = sqlx::query(
            "SELECT seq, kind, hour, session, guide, step, locale, helpful, correct FROM events WHERE kiosk_id = $1 ORDER BY seq",
        )
        .bind(kiosk_id.to_owned())
        .fetch_all(&self.pool)
        .await
        .with_context(|| format!("reading the events of kiosk {kiosk_id:?}"))?;
        rows.iter().map(event_from_row).collect()
    }

    /// How many events and batches are stored in all.
    pub async fn totals(&self) -> Result<(i64, i64)> {
        let row =
            sqlx::query("SELECT (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM batches) AS batches")
                .fetch_one(&self.pool)
                .await?;
        Ok((row.try_get("events")?, row.try_get("batches")?))
    }

    /// Sums the stats metrics per group.
    pub async fn stats_sums(&self, filter: &StatsFilter, grouping: Grouping) -> Result<Vec<StatsRow>> {
        let level = grouping.level(filter.guide.is_some() || grouping == Grouping::Guide);
        let mut params = Params::new(self.backend);
        let mut parts = Vec::new();
        for span in day_spans(filter, !grouping.needs_days()) {
            let sums = rollup::METRICS.map(|m| format!("CAST(SUM(c.{m}) AS BIGINT) AS {m}")).join(", ");
            let mut sql = format!(
                "SELECT {key} AS grp, {sums} FROM {table} c JOIN kiosks k ON k.id = c.kiosk_id WHERE c.dims = {level} AND ",
                key = grouping.key_sql(),
                table = span.rollup.stats_table(),
                level = params.bind(level.to_owned())?,
            );
            if !level.contains('g') {
                // Rows of levels without guide all have guide '': saying so lets the primary key
                // (kiosk_id, dims, guide, day, …) narrow the scan to the date range.
                sql += "c.guide = '' AND ";
            }
            sql += &filter_sql(filter, &span, &mut params)?;
            parts.push(sql + " GROUP BY grp");
        }
        let sums = rollup::METRICS.map(|m| format!("CAST(SUM({m}) AS BIGINT) AS {m}")).join(", ");
        let sql = format!("SELECT grp, {sums} FROM ({}) parts GROUP BY grp", parts.join(" UNION ALL "));
        let rows =
            sqlx::query_with(AssertSqlSafe(sql), params.args).fetch_all(&self.pool).await.context("summing stats")?;
        rows.iter()
            .map(|row| {
                let mut counts = [0; 5];
                for (count, metric) in counts.iter_mut().zip(rollup::METRICS) {
                    *count = row.try_get(metric)?;
                }
                Ok(StatsRow { group: row.try_get("grp")?, counts })
            })
            .collect()
    }

    /// Sums the funnel of the filter's guide per step.
    pub async fn step_sums(&self, filter: &StatsFilter) -> Result<Vec<StepSum>> {
        let mut params = Params::new(self.backend);
        let mut parts = Vec::new();
        for span in day_spans(filter, true) {
            let table = span.rollup.steps_table();
            parts.push(format!(
                "SELECT c.step AS step, c.metric AS metric, CAST(SUM(c.count) AS BIGINT) AS total FROM {table} c JOIN kiosks k ON k.id = c.kiosk_id WHERE {} GROUP BY c.step, c.metric",
                filter_sql(filter, &span, &mut params)?
            ));
        }
        let sql = format!(
            "SELECT step, metric, CAST(SUM(total) AS BIGINT) AS total FROM ({}) parts GROUP BY step, metric ORDER BY step",
            parts.join(" UNION ALL ")
        );
        let rows = sqlx::query_with(AssertSqlSafe(sql), params.args)
            .fetch_all(&self.pool)
            .await
            .context("summing funnel steps")?;
        rows.iter()
            .map(|row| {
                Ok(StepSum { step: row.try_get("step")?, metric: row.try_get("metric")?, count: row.try_get("total")? })
            })
            .collect()
    }
}

/// The daily rollup tables, or the weekly ones (their rows summed per week; `day` is the
/// week's Monday).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rollup {
    Daily,
    Weekly,
}

impl Rollup {
    fn stats_table(self) -> &'static str {
        match self {
            Rollup::Daily => "stats_counts",
            Rollup::Weekly => "stats_counts_weekly",
        }
    }

    fn steps_table(self) -> &'static str {
        match self {
            Rollup::Daily => "step_counts",
            Rollup::Weekly => "step_counts_weekly",
        }
    }
}

/// Days `from_day..=to_day` read from one rollup (weekly: the Mondays of the weeks read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DaySpan {
    rollup: Rollup,
    from_day: i64,
    to_day: i64,
}

/// Where the filter's days are read: the whole weeks among them from the weekly rollups (when
/// `weeks_will_do`, i.e. the query needs no weekday), the days before and after those from
/// the daily ones. Always at least one span, so that a query has a part to sum.
fn day_spans(filter: &StatsFilter, weeks_will_do: bool) -> Vec<DaySpan> {
    let daily = |from_day, to_day| DaySpan { rollup: Rollup::Daily, from_day, to_day };
    // No rollup row is older than 2000 (`rollup::earliest_hour`); the upper clamp keeps the week
    // arithmetic from overflowing on an open end (i64::MAX).
    let from_day = filter.from_day.max(rollup::day_of(rollup::hour_index(rollup::earliest_hour())));
    let to_day = filter.to_day.min(i64::MAX - 7);
    let first_monday = rollup::week_start(from_day + 6);
    let monday_after = rollup::week_start(to_day + 1);
    if !weeks_will_do || first_monday >= monday_after {
        return vec![daily(from_day, to_day)];
    }
    let mut spans = vec![DaySpan { rollup: Rollup::Weekly, from_day: first_monday, to_day: monday_after - 7 }];
    if from_day < first_monday {
        spans.push(daily(from_day, first_monday - 1));
    }
    if monday_after <= to_day {
        spans.push(daily(monday_after, to_day));
    }
    spans
}

/// The WHERE conditions of a stats filter, over the days of `span`, on rollup `c` joined with
/// kiosks `k`.
fn filter_sql(filter: &StatsFilter, span: &DaySpan, params: &mut Params) -> Result<String> {
    let mut conditions =
        vec![format!("c.day >= {}", params.bind(span.from_day)?), format!("c.day <= {}", params.bind(span.to_day)?)];
    match &filter.region {
        Some(region) => conditions.push(format!("k.region = {}", params.bind(region.clone())?)),
        // All regions (dashboard admins): without this, SQLite scans the whole rollup instead
        // of range-scanning it per kiosk (2.5 s instead of tens of ms over 10M events).
        None => conditions.push("c.kiosk_id IN (SELECT id FROM kiosks)".to_owned()),
    }
    if let Some(library) = &filter.library {
        conditions.push(format!("k.library = {}", params.bind(library.clone())?));
    }
    if let Some(guide) = &filter.guide {
        conditions.push(format!("c.guide = {}", params.bind(guide.clone())?));
    }
    Ok(conditions.join(" AND "))
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
            ];
            rows.push(format!("({})", values.join(", ")));
        }
        let sql = format!(
            "INSERT INTO events (kiosk_id, seq, hour, session, kind, guide, step, locale, helpful, correct) VALUES {} ON CONFLICT (kiosk_id, seq) DO NOTHING RETURNING seq",
            rows.join(", ")
        );
        let inserted =
            sqlx::query_with(AssertSqlSafe(sql), params.args).fetch_all(&mut **tx).await.context("storing events")?;
        let inserted: std::collections::HashSet<i64> =
            inserted.iter().map(|row| row.try_get::<i64, _>("seq")).collect::<Result<_, _>>()?;
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
        let inserted =
            sqlx::query_with(AssertSqlSafe(sql), params.args).fetch_all(&mut **tx).await.context("storing sessions")?;
        let inserted: std::collections::HashSet<String> =
            inserted.iter().map(|row| row.try_get::<String, _>("session")).collect::<Result<_, _>>()?;
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
    let assisted: std::collections::HashSet<Uuid> =
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
    let updated = sqlx::query_with(AssertSqlSafe(sql), params.args)
        .fetch_all(&mut **tx)
        .await
        .context("marking assisted sessions")?;
    let updated: std::collections::HashSet<String> =
        updated.iter().map(|row| row.try_get::<String, _>("session")).collect::<Result<_, _>>()?;
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

fn event_from_row(row: &sqlx::any::AnyRow) -> Result<Event> {
    let kind: String = row.try_get("kind")?;
    let hour: i64 = row.try_get("hour")?;
    let session: String = row.try_get("session")?;
    let step: Option<i64> = row.try_get("step")?;
    let helpful: Option<i64> = row.try_get("helpful")?;
    let correct: Option<i64> = row.try_get("correct")?;
    Ok(Event {
        seq: row.try_get::<i64, _>("seq")? as u64,
        kind: EventKind::parse(&kind).ok_or_else(|| anyhow!("stored event has unknown kind {kind:?}"))?,
        hour: rollup::hour_from_index(hour).ok_or_else(|| anyhow!("stored hour {hour} is out of range"))?,
        session: Uuid::parse_str(&session).with_context(|| format!("stored session {session:?}"))?,
        guide: row.try_get("guide")?,
        step: step.map(u32::try_from).transpose()?,
        locale: row.try_get("locale")?,
        helpful: helpful.map(|v| v != 0),
        correct: correct.map(|v| v != 0),
    })
}

/// `sqlite:PATH` with the options the hub needs: create the file if it is missing.
fn sqlite_url(path: &str) -> Result<String> {
    let path = path.trim_start_matches("//");
    let file = path.split('?').next().unwrap_or_default();
    if file.is_empty() || file == ":memory:" {
        anyhow::bail!(
            "database sqlite:{path}: the hub needs a file (an in-memory database is not shared between connections)"
        );
    }
    if let Some(parent) = std::path::Path::new(file).parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("creating directory {}", parent.display()))?;
    }
    Ok(if path.contains('?') { format!("sqlite://{path}") } else { format!("sqlite://{path}?mode=rwc") })
}

/// The URL with any password replaced, for logs and error messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _password)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(redact("postgres://lotsen:secret@127.0.0.1:5432/hub"), "postgres://lotsen:***@127.0.0.1:5432/hub");
        assert_eq!(redact("postgres://lotsen@127.0.0.1/hub"), "postgres://lotsen@127.0.0.1/hub");
        assert_eq!(redact("sqlite:///tmp/hub.sqlite3?mode=rwc"), "sqlite:///tmp/hub.sqlite3?mode=rwc");
    }

    #[test]
    fn whole_weeks_are_read_from_the_weekly_rollups() {
        let day = |date: &str| rollup::day_index(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap());
        let filter = |from: i64, to: i64| StatsFilter { from_day: from, to_day: to, ..StatsFilter::default() };
        let span = |rollup, from: &str, to: &str| DaySpan { rollup, from_day: day(from), to_day: day(to) };
        // Wednesday 2026-11-04 to Tuesday 2026-11-24: two whole weeks (Mondays 9 and 16 November).
        let (wednesday, tuesday) = (day("2026-11-04"), day("2026-11-24"));
        assert_eq!(
            day_spans(&filter(wednesday, tuesday), true),
            [
                span(Rollup::Weekly, "2026-11-09", "2026-11-16"),
                span(Rollup::Daily, "2026-11-04", "2026-11-08"),
                span(Rollup::Daily, "2026-11-23", "2026-11-24"),
            ]
        );
        assert_eq!(day_spans(&filter(wednesday, tuesday), false), [span(Rollup::Daily, "2026-11-04", "2026-11-24")]);
        // Monday to Sunday: weeks only; a part of one week: days only.
        assert_eq!(
            day_spans(&filter(day("2026-11-09"), day("2026-11-22")), true),
            [span(Rollup::Weekly, "2026-11-09", "2026-11-16")]
        );
        assert_eq!(
            day_spans(&filter(day("2026-11-10"), day("2026-11-15")), true),
            [span(Rollup::Daily, "2026-11-10", "2026-11-15")]
        );
        // Open ends start at 2000-01-01 (a Saturday) and do not overflow.
        let open = day_spans(&filter(i64::MIN, i64::MAX), true);
        assert_eq!(open[0].from_day, day("2000-01-03"));
        assert_eq!(open[1], span(Rollup::Daily, "2000-01-01", "2000-01-02"));
        assert!(open.iter().all(|span| span.from_day <= span.to_day));
    }

    #[test]
    fn sqlite_urls_create_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/hub.sqlite3");
        let url = sqlite_url(path.to_str().unwrap()).unwrap();
        assert!(url.ends_with("hub.sqlite3?mode=rwc"), "{url}");
        assert!(dir.path().join("sub").is_dir());
        assert!(sqlite_url(":memory:").is_err());
    }
}
