//! `lotsen stats`: what this kiosk's own usage log says about the last days, and how syncing goes.

use std::fmt;
use std::path::Path;

use anyhow::{Context, Result};
use chrono::{DateTime, Local};
use lotsen_wire::Hour;
use rusqlite::Connection;

use crate::usage_db;

/// The days `lotsen stats` looks back.
pub const DAYS: u32 = 7;

#[derive(Debug, Clone, PartialEq)]
pub struct StatsReport {
    pub days: u32,
    pub sessions: u64,
    /// Per guide: (guide id, opened, completed), most opened first.
    pub guides: Vec<(String, u64, u64)>,
    /// Per locale: (locale, times chosen), most chosen first.
    pub languages: Vec<(String, u64)>,
    pub help_asked: u64,
    pub assisted: u64,
    pub last_sync: Option<DateTime<Local>>,
    pub last_sync_error: Option<String>,
    pub pending_events: u64,
}

/// Reads the summary of the last `days` days (counted back from `now`) from the usage log.
pub fn summarize(data_dir: &Path, days: u32, now: DateTime<Local>) -> Result<StatsReport> {
    summarize_since(data_dir, days, now - chrono::Duration::days(i64::from(days)))
}

/// Reads the summary of the events from the hour of `start` on; `days` names the period.
pub fn summarize_since(data_dir: &Path, days: u32, start: DateTime<Local>) -> Result<StatsReport> {
    let connection = usage_db::open(data_dir)?;
    let since = Hour::truncate(start.naive_local()).to_string();
    let count_of = |kind: &str, distinct_sessions: bool| -> Result<u64> {
        let what = if distinct_sessions { "count(DISTINCT session)" } else { "count(*)" };
        let sql = format!("SELECT {what} FROM events WHERE kind = ?1 AND hour >= ?2");
        connection.query_row(&sql, [kind, &since], |row| row.get(0)).with_context(|| format!("counting {kind} events"))
    };
    let record = usage_db::sync_record(&connection)?;
    Ok(StatsReport {
        days,
        sessions: count_of("session_started", true)?,
        guides: guides(&connection, &since)?,
        languages: languages(&connection, &since)?,
        help_asked: count_of("help_asked", false)?,
        assisted: count_of("assisted_marked", true)?,
        last_sync: record.last_success,
        last_sync_error: record.last_error,
        pending_events: usage_db::pending_count(&connection)?,
    })
}

fn guides(connection: &Connection, since: &str) -> Result<Vec<(String, u64, u64)>> {
    let mut select = connection.prepare(
        "SELECT guide, sum(kind = 'guide_opened'), sum(kind = 'guide_completed') FROM events
         WHERE guide IS NOT NULL AND kind IN ('guide_opened', 'guide_completed') AND hour >= ?1
         GROUP BY guide ORDER BY 2 DESC, guide",
    )?;
    let rows = select.query_map([since], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
    rows.collect::<Result<_, _>>().context("counting guides")
}

fn languages(connection: &Connection, since: &str) -> Result<Vec<(String, u64)>> {
    let mut select = connection.prepare(
        "SELECT locale, count(*) FROM events WHERE kind = 'language_chosen' AND hour >= ?1
         GROUP BY locale ORDER BY 2 DESC, locale",
    )?;
    let rows = select.query_map([since], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect::<Result<_, _>>().context("counting languages")
}

impl fmt::Display for StatsReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Last {} days on this kiosk", self.days)?;
        writeln!(f, "  sessions:        {}", self.sessions)?;
        writeln!(f, "  help asked:      {}", self.help_asked)?;
        writeln!(f, "  assisted:        {} sessions", self.assisted)?;
        writeln!(f, "Guides (opened / completed)")?;
        if self.guides.is_empty() {
            writeln!(f, "  none")?;
        }
        for (guide, opened, completed) in &self.guides {
            writeln!(f, "  {guide:<32} {opened:>6} / {completed}")?;
        }
        writeln!(f, "Languages chosen")?;
        if self.languages.is_empty() {
            writeln!(f, "  none")?;
        }
        for (locale, chosen) in &self.languages {
            writeln!(f, "  {locale:<8} {chosen:>6}")?;
        }
        match self.last_sync {
            Some(time) => writeln!(f, "Last sync:         {}", time.format("%Y-%m-%d %H:%M"))?,
            None => writeln!(f, "Last sync:         never")?,
        }
        if let Some(error) = &self.last_sync_error {
            writeln!(f, "Last sync problem: {error}")?;
        }
        write!(f, "Pending events:    {}", self.pending_events)
    }
}
