//! The hub's storage: every SQL statement the hub runs, for SQLite and PostgreSQL alike.
//!
//! One code path through sqlx's `Any` driver: the schema (`hub/migrations`) and the statements
//! use only what both databases understand (`$n` parameters, `ON CONFLICT`, `RETURNING`, TEXT
//! and BIGINT columns). This module holds the connection; the statements live by concern:
//! [`kiosks`] (kiosks and tokens), [`ingest`] (the batch transaction), [`stats`] (the stats
//! query builder) and [`dashboard`] (logins, sessions and what the dashboard reads).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result, anyhow};
use sqlx::any::{AnyArguments, AnyPoolOptions};
use sqlx::{Any, AnyPool, Arguments, Executor};

mod content;
pub mod dashboard;
mod fleet;
mod ingest;
mod kiosks;
mod stats;

pub use content::{ContentPackRecord, NewContentPack};
pub use fleet::CentralSettingRow;
pub use ingest::BatchOutcome;
pub use kiosks::{ApiTokenRecord, KioskRecord};
pub use stats::{Grouping, StatsFilter, StatsRow};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

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
enum Backend {
    Sqlite,
    Postgres,
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
    private_file(std::path::Path::new(file))?;
    Ok(if path.contains('?') { format!("sqlite://{path}") } else { format!("sqlite://{path}?mode=rwc") })
}

/// Creates the database file readable by its owner only (0600, in a directory made 0700), before
/// SQLite opens it; SQLite gives its WAL and shared-memory files the same mode. An existing file
/// that others may read is left as it is, with a warning.
fn private_file(file: &std::path::Path) -> Result<()> {
    use std::fs::{DirBuilder, OpenOptions};
    #[cfg(unix)]
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty() && !p.exists()) {
        let mut dir = DirBuilder::new();
        dir.recursive(true);
        #[cfg(unix)]
        dir.mode(0o700);
        dir.create(parent).with_context(|| format!("creating directory {}", parent.display()))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    match options.open(file) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            #[cfg(unix)]
            if let Ok(metadata) = std::fs::metadata(file)
                && metadata.permissions().mode() & 0o077 != 0
            {
                tracing::warn!(
                    "the hub database {} is readable by others (mode {:o}): chmod 600 it",
                    file.display(),
                    metadata.permissions().mode() & 0o777
                );
            }
            Ok(())
        }
        Err(error) => Err(error).with_context(|| format!("creating database file {}", file.display())),
    }
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
    fn sqlite_urls_create_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/hub.sqlite3");
        let url = sqlite_url(path.to_str().unwrap()).unwrap();
        assert!(url.ends_with("hub.sqlite3?mode=rwc"), "{url}");
        assert!(dir.path().join("sub").is_dir());
        assert!(sqlite_url(":memory:").is_err());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600, "the database is its owner's only");
            assert_eq!(mode(&dir.path().join("sub")), 0o700);
        }
    }
}
