//! The latest status of each kiosk (`kiosk_status`), what the Kiosks page reads, and the
//! settings set per region, library or kiosk (`central_settings`).

use anyhow::{Context, Result};
use lotsen_wire::KioskStatus;

use super::{Store, now_unix};

/// A kiosk and the latest status it sent (none yet: the status columns are empty).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct KioskStatusRecord {
    pub id: String,
    pub library: String,
    pub region: String,
    pub received_at: Option<i64>,
    pub app_version: Option<String>,
    pub content_running: Option<i64>,
    pub content_staged: Option<i64>,
    pub events_waiting: Option<i64>,
    pub oldest_waiting: Option<String>,
    pub problem: Option<String>,
    pub disk_free_percent: Option<i64>,
    pub read_aloud: Option<String>,
    pub printer_configured: Option<i64>,
    pub uptime_hours: Option<i64>,
}

impl Store {
    /// Keeps `status` as kiosk `kiosk_id`'s latest, replacing the one before.
    pub async fn upsert_kiosk_status(&self, kiosk_id: &str, status: &KioskStatus) -> Result<()> {
        sqlx::query(
            "INSERT INTO kiosk_status (kiosk_id, received_at, app_version, content_running, content_staged, events_waiting, oldest_waiting, problem, disk_free_percent, read_aloud, printer_configured, uptime_hours) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
             ON CONFLICT (kiosk_id) DO UPDATE SET received_at = excluded.received_at, app_version = excluded.app_version, \
             content_running = excluded.content_running, content_staged = excluded.content_staged, \
             events_waiting = excluded.events_waiting, oldest_waiting = excluded.oldest_waiting, problem = excluded.problem, \
             disk_free_percent = excluded.disk_free_percent, read_aloud = excluded.read_aloud, \
             printer_configured = excluded.printer_configured, uptime_hours = excluded.uptime_hours",
        )
        .bind(kiosk_id.to_owned())
        .bind(now_unix())
        .bind(status.app_version.clone())
        .bind(i64::try_from(status.content_running).unwrap_or(i64::MAX))
        .bind(status.content_staged.map(|version| i64::try_from(version).unwrap_or(i64::MAX)))
        .bind(i64::try_from(status.events_waiting).unwrap_or(i64::MAX))
        .bind(status.oldest_waiting.map(|hour| hour.to_string()))
        .bind(status.problem.map(|problem| problem.as_str().to_owned()))
        .bind(i64::from(status.disk_free_percent))
        .bind(status.read_aloud.join(","))
        .bind(i64::from(status.printer_configured))
        .bind(i64::from(status.uptime_hours))
        .execute(&self.pool)
        .await
        .with_context(|| format!("keeping the status of kiosk {kiosk_id}"))?;
        Ok(())
    }

    /// Every kiosk not revoked (of `region`, or all), with its latest status.
    pub async fn kiosk_statuses(&self, region: Option<&str>) -> Result<Vec<KioskStatusRecord>> {
        sqlx::query_as(
            "SELECT k.id, k.library, k.region, s.received_at, s.app_version, s.content_running, s.content_staged, \
             s.events_waiting, s.oldest_waiting, s.problem, s.disk_free_percent, s.read_aloud, s.printer_configured, s.uptime_hours \
             FROM kiosks k LEFT JOIN kiosk_status s ON s.kiosk_id = k.id \
             WHERE k.revoked_at IS NULL AND ($1 = '' OR k.region = $1) ORDER BY k.region, k.library, k.id",
        )
        .bind(region.unwrap_or_default().to_owned())
        .fetch_all(&self.pool)
        .await
        .context("reading the kiosks' statuses")
    }
}

/// One stored setting: (scope kind, scope, key, value).
pub type CentralSettingRow = (String, String, String, String);

impl Store {
    /// Sets `key` to `value` for one scope (`region`, `library` or `kiosk`, and its name).
    pub async fn set_central_setting(&self, kind: &str, scope: &str, key: &str, value: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO central_settings (scope_kind, scope, setting, value) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (scope_kind, scope, setting) DO UPDATE SET value = excluded.value",
        )
        .bind(kind.to_owned())
        .bind(scope.to_owned())
        .bind(key.to_owned())
        .bind(value.to_owned())
        .execute(&self.pool)
        .await
        .with_context(|| format!("setting {key} for {kind} {scope}"))?;
        Ok(())
    }

    /// Every stored setting, by scope kind, scope and key.
    pub async fn central_settings(&self) -> Result<Vec<CentralSettingRow>> {
        sqlx::query_as(
            "SELECT scope_kind, scope, setting, value FROM central_settings ORDER BY scope_kind, scope, setting",
        )
        .fetch_all(&self.pool)
        .await
        .context("reading the central settings")
    }

    /// Whether a kiosk (not revoked) has this region, library or id.
    pub async fn scope_has_kiosks(&self, kind: &str, scope: &str) -> Result<bool> {
        let column = match kind {
            "region" => "region",
            "library" => "library",
            _ => "id",
        };
        let count: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM kiosks WHERE {column} = $1 AND revoked_at IS NULL"
        )))
        .bind(scope.to_owned())
        .fetch_one(&self.pool)
        .await
        .context("looking up kiosks")?;
        Ok(count > 0)
    }

    /// A kiosk's library and region.
    pub async fn kiosk_place(&self, kiosk_id: &str) -> Result<(String, String)> {
        sqlx::query_as("SELECT library, region FROM kiosks WHERE id = $1")
            .bind(kiosk_id.to_owned())
            .fetch_one(&self.pool)
            .await
            .with_context(|| format!("looking up kiosk {kiosk_id}"))
    }
}
