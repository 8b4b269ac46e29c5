//! What the dashboard shows, computed from the rollups and published through
//! `suppression`: every page, chart and export is made from these tables, so they all hide
//! the same cells.

use std::collections::HashMap;

use anyhow::Result;

use crate::hub::Hub;
use crate::period::{Period, PeriodKind};
use crate::stats::{self, FunnelStep, RegionPlans};
use crate::store::dashboard::KioskSync;
use crate::store::{Grouping, StatsRow};
use crate::suppression::{self, Published};

pub use crate::stats::Selection;

/// Indices into `StatsRow::counts` (`rollup::METRICS` order).
pub const SESSIONS: usize = 0;
pub const ASSISTED: usize = 1;
pub const OPENED: usize = 2;
pub const COMPLETED: usize = 3;
pub const HELP: usize = 4;

/// A kiosk that has not sent a batch for longer than this is flagged.
pub const SILENT_AFTER_SECONDS: i64 = 3 * 24 * 3600;

fn counts(row: &StatsRow) -> [u64; 5] {
    row.counts.map(|count| count.max(0) as u64)
}

/// The five totals of a selection as published: its cell of the region's plan (see
/// `stats::published_total`).
pub async fn totals(hub: &Hub, plans: &RegionPlans, selection: &Selection) -> Result<[Published; 5]> {
    stats::published_total(hub, plans, selection).await
}

/// How many periods of the selection's kind the trend shows, ending with the selection's.
fn trend_length(kind: PeriodKind) -> usize {
    match kind {
        PeriodKind::Week | PeriodKind::Month => 13,
        PeriodKind::Quarter => 8,
        PeriodKind::Year => 3,
    }
}

/// One metric over the periods of the selection's kind up to it, as its cells of the plan.
pub fn trend(plans: &RegionPlans, selection: &Selection, metric: usize) -> Vec<(Period, Published)> {
    let unit = plans.unit(selection.library.as_deref());
    selection
        .period
        .trailing(trend_length(selection.period.kind()))
        .into_iter()
        .map(|period| (period, plans.cell(unit, period)[metric]))
        .collect()
}

/// A guide's row of the completion table.
#[derive(Debug, Clone, PartialEq)]
pub struct GuideRow {
    pub guide: String,
    pub opened: Published,
    pub completed: Published,
    pub completion_rate: Option<f64>,
}

/// Published values first, largest first; hidden ones after, by name (their order must not
/// tell which of them is larger).
fn by_published_then_name<T>(rows: &mut [T], value: impl Fn(&T) -> Published, name: impl Fn(&T) -> &str) {
    rows.sort_by(|a, b| {
        let key = |row: &T| std::cmp::Reverse(value(row).value().map_or(0, |v| v + 1));
        key(a).cmp(&key(b)).then_with(|| name(a).cmp(name(b)))
    });
}

pub async fn guides(hub: &Hub, selection: &Selection, totals: &[Published; 5]) -> Result<Vec<GuideRow>> {
    let cells = stats::line(hub, &selection.filter(), Grouping::Guide, *totals).await?;
    let mut guides: Vec<GuideRow> = cells
        .into_iter()
        .map(|cell| GuideRow {
            guide: cell.key,
            opened: cell.published[OPENED],
            completed: cell.published[COMPLETED],
            completion_rate: suppression::rate(cell.published[COMPLETED], cell.published[OPENED]),
        })
        .collect();
    by_published_then_name(&mut guides, |g| g.opened, |g| &g.guide);
    Ok(guides)
}

/// Sessions per language (`""`: not recorded), largest first.
pub async fn languages(hub: &Hub, selection: &Selection, totals: &[Published; 5]) -> Result<Vec<(String, Published)>> {
    let cells = stats::line(hub, &selection.filter(), Grouping::Locale, *totals).await?;
    let mut languages: Vec<(String, Published)> =
        cells.into_iter().map(|cell| (cell.key, cell.published[SESSIONS])).collect();
    by_published_then_name(&mut languages, |l| l.1, |l| &l.0);
    Ok(languages)
}

/// The funnel of `selection.guide`, hidden when `guides_opened` (the selection's published
/// count of opened guides) is hidden: see `stats::funnel`.
pub async fn funnel(hub: &Hub, selection: &Selection, guides_opened: Published) -> Result<Vec<FunnelStep>> {
    stats::funnel(hub, &selection.filter(), guides_opened).await
}

/// The step with the most published abandonments, if any is published.
pub fn most_given_up(steps: &[FunnelStep]) -> Option<u32> {
    steps
        .iter()
        .filter_map(|s| Some((s.abandoned.value()?, s.step)))
        .max_by_key(|&(count, step)| (count, std::cmp::Reverse(step)))
        .map(|(_, step)| step)
}

/// Sessions by weekday (rows, Monday first) and hour of day (24 columns).
pub async fn heatmap(hub: &Hub, selection: &Selection, total_sessions: Published) -> Result<Vec<Vec<Published>>> {
    let mut cells = vec![vec![0u64; 24]; 7];
    for row in hub.store.stats_sums(&selection.filter(), Grouping::WeekdayHour).await? {
        if let Ok(key) = row.group.parse::<usize>()
            && key < 7 * 24
        {
            cells[key / 24][key % 24] += counts(&row)[SESSIONS];
        }
    }
    let mut published = suppression::publish_table(&cells);
    if !matches!(total_sessions, Published::Count(_)) {
        let shown = if total_sessions == Published::NoKiosk { Published::NoKiosk } else { Published::Hidden };
        published.iter_mut().for_each(|row| row.fill(shown));
    }
    Ok(published)
}

/// A library's row on the libraries page.
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryRow {
    pub library: String,
    pub region: String,
    /// Sessions, assisted sessions, guides opened and completed, help asked: the library's
    /// cells of the region's plans.
    pub figures: [Published; 5],
    /// The locale most sessions used; `None` when the library's sessions are not published.
    pub top_language: Option<String>,
    /// Its busiest hours of the day (up to three, busiest first) among the published cells of
    /// its hours under its sessions.
    pub busiest_hours: Vec<u32>,
    /// The latest batch of any of its kiosks (Unix seconds).
    pub last_sync: Option<i64>,
    /// Kiosks (not revoked) that have been silent for over 3 days, or never synced.
    pub silent_kiosks: usize,
}

pub async fn libraries(hub: &Hub, plans: &RegionPlans, selection: &Selection) -> Result<Vec<LibraryRow>> {
    let selection = selection.without_library();
    let cells = stats::library_cells(plans, &selection);
    let syncs = hub.store.kiosk_syncs(selection.region.as_deref()).await?;
    let mut top: HashMap<String, (u64, String)> = HashMap::new();
    for row in hub.store.stats_sums(&selection.filter(), Grouping::LibraryLocale).await? {
        let Some((library, locale)) = row.group.rsplit_once('/') else { continue };
        let sessions = counts(&row)[SESSIONS];
        let best = top.entry(library.to_owned()).or_insert((0, String::new()));
        if sessions > best.0 || (sessions == best.0 && locale < best.1.as_str()) {
            *best = (sessions, locale.to_owned());
        }
    }
    let mut hours: HashMap<String, [u64; 24]> = HashMap::new();
    for row in hub.store.stats_sums(&selection.filter(), Grouping::LibraryHour).await? {
        let Some((library, hour)) = row.group.rsplit_once('/') else { continue };
        if let Ok(hour) = hour.parse::<usize>()
            && hour < 24
        {
            hours.entry(library.to_owned()).or_insert([0; 24])[hour] += counts(&row)[SESSIONS];
        }
    }
    let now = chrono::Utc::now().timestamp();
    Ok(cells
        .into_iter()
        .map(|cell| {
            let kiosks: Vec<&KioskSync> = syncs.iter().filter(|k| k.library == cell.key).collect();
            let sessions = cell.published[SESSIONS];
            let hour_line = suppression::publish_parts(sessions, &hours.get(&cell.key).copied().unwrap_or([0; 24]));
            let mut busiest: Vec<(u64, u32)> = (0u32..)
                .zip(hour_line)
                .filter_map(|(hour, p)| Some((p.value()?, hour)))
                .filter(|(c, _)| *c > 0)
                .collect();
            busiest.sort_by_key(|&(count, hour)| (std::cmp::Reverse(count), hour));
            LibraryRow {
                region: kiosks.first().map(|k| k.region.clone()).unwrap_or_default(),
                figures: cell.published,
                top_language: top
                    .get(&cell.key)
                    .filter(|(count, _)| *count > 0 && matches!(sessions, Published::Count(_)))
                    .map(|(_, locale)| locale.clone()),
                busiest_hours: busiest.into_iter().take(3).map(|(_, hour)| hour).collect(),
                last_sync: kiosks.iter().filter_map(|k| k.last_batch_at).max(),
                silent_kiosks: kiosks
                    .iter()
                    .filter(|k| !k.revoked() && k.last_batch_at.is_none_or(|at| now - at > SILENT_AFTER_SECONDS))
                    .count(),
                library: cell.key,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rollup;

    #[test]
    fn metric_indices_follow_the_rollup() {
        assert_eq!(rollup::METRICS[SESSIONS], "sessions");
        assert_eq!(rollup::METRICS[ASSISTED], "assisted_sessions");
        assert_eq!(rollup::METRICS[OPENED], "guides_opened");
        assert_eq!(rollup::METRICS[COMPLETED], "guides_completed");
        assert_eq!(rollup::METRICS[HELP], "help_asked");
    }

    #[test]
    fn the_most_given_up_step_is_a_published_one() {
        let step = |step, abandoned| FunnelStep { step, reached: Published::Count(50), abandoned };
        let steps = [step(1, Published::Count(6)), step(2, Published::Suppressed), step(3, Published::Count(9))];
        assert_eq!(most_given_up(&steps), Some(3));
        assert_eq!(most_given_up(&[step(1, Published::Suppressed)]), None);
    }
}
