//! Kiosk health: the status each kiosk sends at every sync (`POST /api/v1/status`, the latest
//! kept per kiosk), and the flags coordinators see on the Kiosks page and in
//! `lotsen-hub kiosk list`.

use std::collections::HashMap;

use anyhow::Result;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Datelike, Duration, Local, TimeZone, Weekday};
use lotsen_wire::{CentralSettings, ErrorBody, KioskStatus, Problem};

use crate::api_error::ApiError;
use crate::hub::Hub;
use crate::ingest::KioskAuth;

/// Something about a kiosk a coordinator should look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    /// Not heard from for more than one opening day (Monday to Saturday), or never.
    Silent,
    /// It runs content older than the pack published for its region.
    ContentOutdated,
    /// Less than 10% of its disk is free.
    DiskLow,
    /// The hub refused its events or its token.
    SyncRefused,
}

impl Flag {
    pub const ALL: [Flag; 4] = [Flag::Silent, Flag::ContentOutdated, Flag::DiskLow, Flag::SyncRefused];

    /// The flag's name in `kiosk list`, the page's CSS and the dashboard's messages (`flag-…`).
    pub fn id(self) -> &'static str {
        match self {
            Flag::Silent => "silent",
            Flag::ContentOutdated => "content-outdated",
            Flag::DiskLow => "disk-low",
            Flag::SyncRefused => "sync-refused",
        }
    }
}

/// Below this much free disk a kiosk is flagged.
pub const DISK_LOW_PERCENT: u8 = 10;

/// One kiosk as the Kiosks page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskHealth {
    pub library: String,
    pub kiosk_id: String,
    pub region: String,
    /// When its last status arrived; `None`: never.
    pub last_seen: Option<DateTime<Local>>,
    /// The latest status, if one arrived.
    pub status: Option<KioskStatus>,
    /// The pack published for its region (0: none, the bundled content).
    pub published: u64,
    pub flags: Vec<Flag>,
}

impl Hub {
    /// Every kiosk (of `region`, or all) with its latest status and flags, as of `now`.
    pub async fn kiosk_health(&self, region: Option<&str>, now: DateTime<Local>) -> Result<Vec<KioskHealth>> {
        let mut published: HashMap<String, u64> = HashMap::new();
        let mut kiosks = Vec::new();
        for record in self.store.kiosk_statuses(region).await? {
            if !published.contains_key(&record.region) {
                let pack = self.store.current_content_pack(&record.region).await?;
                published.insert(record.region.clone(), pack.map_or(0, |pack| pack.version as u64));
            }
            let published = published[&record.region];
            let last_seen = record.received_at.and_then(|at| Local.timestamp_opt(at, 0).single());
            let status = match (&record.app_version, record.content_running, record.events_waiting) {
                (Some(app_version), Some(running), Some(waiting)) => Some(KioskStatus {
                    app_version: app_version.clone(),
                    content_running: running as u64,
                    content_staged: record.content_staged.map(|version| version as u64),
                    events_waiting: waiting as u64,
                    oldest_waiting: record
                        .oldest_waiting
                        .as_deref()
                        .and_then(|hour| lotsen_wire::Hour::parse(hour).ok()),
                    problem: record.problem.as_deref().and_then(Problem::parse),
                    disk_free_percent: record.disk_free_percent.unwrap_or_default().clamp(0, 100) as u8,
                    read_aloud: record
                        .read_aloud
                        .as_deref()
                        .unwrap_or_default()
                        .split(',')
                        .filter(|code| !code.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    printer_configured: record.printer_configured.unwrap_or_default() != 0,
                    uptime_hours: record.uptime_hours.unwrap_or_default().clamp(0, i64::from(u32::MAX)) as u32,
                }),
                _ => None,
            };
            let flags = flags(last_seen, status.as_ref(), published, now);
            kiosks.push(KioskHealth {
                library: record.library,
                kiosk_id: record.id,
                region: record.region,
                last_seen,
                status,
                published,
                flags,
            });
        }
        Ok(kiosks)
    }
}

fn flags(
    last_seen: Option<DateTime<Local>>,
    status: Option<&KioskStatus>,
    published: u64,
    now: DateTime<Local>,
) -> Vec<Flag> {
    Flag::ALL
        .into_iter()
        .filter(|flag| match flag {
            Flag::Silent => last_seen.is_none_or(|seen| opening_time_between(seen, now) > Duration::hours(24)),
            Flag::ContentOutdated => status.is_some_and(|status| status.content_running < published),
            Flag::DiskLow => status.is_some_and(|status| status.disk_free_percent < DISK_LOW_PERCENT),
            Flag::SyncRefused => status.is_some_and(|status| status.problem == Some(Problem::SyncRefused)),
        })
        .collect()
}

/// The time from `from` to `to` that falls on opening days (Monday to Saturday): a kiosk seen
/// on Saturday morning is not silent on Monday morning.
fn opening_time_between(from: DateTime<Local>, to: DateTime<Local>) -> Duration {
    let mut total = Duration::zero();
    let mut day = from.date_naive();
    let last = to.date_naive();
    while day <= last {
        if day.weekday() != Weekday::Sun {
            let start = day.and_hms_opt(0, 0, 0).and_then(|t| t.and_local_timezone(Local).earliest());
            let end = day
                .succ_opt()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .and_then(|t| t.and_local_timezone(Local).earliest());
            if let (Some(start), Some(end)) = (start, end) {
                let (start, end) = (start.max(from), end.min(to));
                if end > start {
                    total += end - start;
                }
            }
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    total
}

/// Where centrally set settings apply: the kiosks of a region, of a library, or one kiosk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsScope<'a> {
    Region(&'a str),
    Library(&'a str),
    Kiosk(&'a str),
}

impl SettingsScope<'_> {
    /// From the least to the most specific.
    const KINDS: [&'static str; 3] = ["region", "library", "kiosk"];

    fn kind(self) -> &'static str {
        match self {
            SettingsScope::Region(_) => "region",
            SettingsScope::Library(_) => "library",
            SettingsScope::Kiosk(_) => "kiosk",
        }
    }

    fn scope(&self) -> &str {
        match self {
            SettingsScope::Region(name) | SettingsScope::Library(name) | SettingsScope::Kiosk(name) => name,
        }
    }
}

impl std::fmt::Display for SettingsScope<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind(), self.scope())
    }
}

/// The settings stored for one scope, from rows of (kind, scope, key, value); a stored value
/// that no longer parses is left out with a warning.
fn settings_of(rows: &[crate::store::CentralSettingRow], kind: &str, scope: &str) -> CentralSettings {
    let mut settings = CentralSettings::default();
    for (_, _, key, value) in rows.iter().filter(|(k, s, _, _)| k == kind && s == scope) {
        let mut next = settings.clone();
        match next.set(key, value) {
            Ok(()) => settings = next,
            Err(error) => tracing::warn!(kind, scope, "a stored setting is left out: {error}"),
        }
    }
    settings
}

impl Hub {
    /// Sets KEY=VALUE pairs for `scope` after checking all of them (nothing is stored if one is
    /// refused); returns the scope's settings now.
    pub async fn set_central_settings(
        &self,
        scope: SettingsScope<'_>,
        pairs: &[(String, String)],
    ) -> Result<CentralSettings> {
        if !self.store.scope_has_kiosks(scope.kind(), scope.scope()).await? {
            anyhow::bail!("no kiosk has {scope} (`lotsen-hub kiosk list` shows them)");
        }
        let rows = self.store.central_settings().await?;
        let mut settings = settings_of(&rows, scope.kind(), scope.scope());
        for (key, value) in pairs {
            settings.set(key, value).map_err(|error| anyhow::anyhow!("{error}; nothing was changed"))?;
        }
        let keys: Vec<&str> = pairs.iter().map(|(key, _)| key.as_str()).collect();
        for (key, value) in settings.entries().into_iter().filter(|(key, _)| keys.contains(key)) {
            self.store.set_central_setting(scope.kind(), scope.scope(), key, &value).await?;
        }
        tracing::info!(%scope, ?keys, "central settings set");
        Ok(settings)
    }

    /// Every setting stored: (scope kind, scope, key, value).
    pub async fn central_setting_rows(&self) -> Result<Vec<crate::store::CentralSettingRow>> {
        self.store.central_settings().await
    }

    /// The settings a kiosk gets: its region's, then its library's, then its own, the most
    /// specific winning.
    pub async fn settings_for_kiosk(&self, kiosk_id: &str) -> Result<CentralSettings> {
        let (library, region) = self.store.kiosk_place(kiosk_id).await?;
        let rows = self.store.central_settings().await?;
        Ok(SettingsScope::KINDS
            .into_iter()
            .zip([region.as_str(), library.as_str(), kiosk_id])
            .fold(CentralSettings::default(), |settings, (kind, scope)| {
                settings.overlaid_with(&settings_of(&rows, kind, scope))
            }))
    }
}

/// A kiosk reports its health; the hub keeps the latest.
#[utoipa::path(
    post,
    path = "/api/v1/status",
    request_body = KioskStatus,
    security(("kiosk_token" = [])),
    responses(
        (status = 204, description = "Kept as this kiosk's latest status"),
        (status = 400, description = "Malformed JSON, an unknown field or problem, a value out of range", body = ErrorBody),
        (status = 401, description = "Missing, unknown or revoked kiosk token", body = ErrorBody),
    )
)]
pub(crate) async fn post_status(
    State(hub): State<Hub>,
    KioskAuth(kiosk_id): KioskAuth,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let status: KioskStatus =
        serde_json::from_slice(&body).map_err(|error| ApiError::bad_request(format!("not a kiosk status: {error}")))?;
    status.validate().map_err(|error| ApiError::bad_request(error.to_string()))?;
    hub.store.upsert_kiosk_status(&kiosk_id, &status).await.map_err(ApiError::internal)?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Local> {
        chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap().and_local_timezone(Local).unwrap()
    }

    #[test]
    fn sundays_do_not_count_towards_silence() {
        // Saturday 10:00 to Monday 09:00: 14 h of Saturday and 9 h of Monday.
        assert_eq!(opening_time_between(at("2026-11-28 10:00"), at("2026-11-30 09:00")), Duration::hours(23));
        assert_eq!(
            opening_time_between(at("2026-11-24 10:00"), at("2026-11-25 10:30")),
            Duration::minutes(24 * 60 + 30)
        );
        let silent = |seen, now| flags(Some(at(seen)), None, 0, at(now)).contains(&Flag::Silent);
        assert!(!silent("2026-11-28 10:00", "2026-11-30 09:00"));
        assert!(silent("2026-11-28 10:00", "2026-11-30 11:00"));
        assert!(flags(None, None, 0, at("2026-11-30 11:00")).contains(&Flag::Silent), "never seen");
    }
}
