//! What the dashboard shows, computed from the rollups and published through
//! `suppression`: every page, chart and export is made from these tables, so they all hide
//! the same cells.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate};

use crate::hub::Hub;
use crate::rollup;
use crate::stats::{self, FunnelStep};
use crate::store::dashboard::KioskSync;
use crate::store::{Grouping, StatsFilter, StatsRow};
use crate::suppression::{self, Published};

/// Indices into `StatsRow::counts` (`rollup::METRICS` order).
pub const SESSIONS: usize = 0;
pub const ASSISTED: usize = 1;
pub const OPENED: usize = 2;
pub const COMPLETED: usize = 3;
pub const HELP: usize = 4;

/// A kiosk that has not sent a batch for longer than this is flagged.
pub const SILENT_AFTER_SECONDS: i64 = 3 * 24 * 3600;

/// What a coordinator selected: whole weeks (Monday to Sunday), a region and a library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub region: Option<String>,
    pub library: Option<String>,
    pub guide: Option<String>,
}

impl Selection {
    /// Widens `from`..`to` to whole weeks: every range is then a sum of the weekly cells the
    /// overview publishes.
    pub fn new(from: NaiveDate, to: NaiveDate, region: Option<String>, library: Option<String>) -> Selection {
        let (from, to) = if from <= to { (from, to) } else { (to, from) };
        Selection { from: rollup::monday_of(from), to: rollup::sunday_of(to), region, library, guide: None }
    }

    pub fn weeks(&self) -> i64 {
        ((self.to - self.from).num_days() + 1) / 7
    }

    /// The as many weeks just before.
    pub fn previous(&self) -> Selection {
        let shift = Duration::days(self.weeks() * 7);
        Selection { from: self.from - shift, to: self.to - shift, ..self.clone() }
    }

    fn filter(&self) -> StatsFilter {
        StatsFilter {
            from_day: rollup::day_index(self.from),
            to_day: rollup::day_index(self.to),
            region: self.region.clone(),
            library: self.library.clone(),
            guide: self.guide.clone(),
        }
    }

    fn without_library(&self) -> Selection {
        Selection { library: None, ..self.clone() }
    }
}

fn counts(row: &StatsRow) -> [u64; 5] {
    row.counts.map(|count| count.max(0) as u64)
}

/// The five totals of a selection as published (see `stats::published_total`: a chosen
/// library's totals are hidden when its cell is hidden in the table of all libraries).
pub async fn totals(hub: &Hub, selection: &Selection) -> Result<[Published; 5]> {
    stats::published_total(hub, &selection.filter()).await
}

/// One week of the sessions chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    /// ISO week, `2026-W48`.
    pub label: String,
    pub monday: NaiveDate,
    pub sessions: Published,
}

fn iso_week(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// Sessions per week, every week of the selection (weeks without sessions included).
pub async fn weeks(hub: &Hub, selection: &Selection, total_sessions: Published) -> Result<Vec<Week>> {
    let rows = hub.store.stats_sums(&selection.filter(), Grouping::Week).await?;
    let by_week: HashMap<i64, u64> =
        rows.iter().filter_map(|row| Some((row.group.parse::<i64>().ok()?, counts(row)[SESSIONS]))).collect();
    let mondays: Vec<NaiveDate> = (0..selection.weeks()).map(|w| selection.from + Duration::days(7 * w)).collect();
    // Same week numbering as `Grouping::Week`: (day + 3) / 7.
    let cells: Vec<u64> = mondays
        .iter()
        .map(|monday| by_week.get(&((rollup::day_index(*monday) + 3) / 7)).copied().unwrap_or(0))
        .collect();
    let published = suppression::publish_parts(total_sessions, &cells);
    Ok(mondays
        .into_iter()
        .zip(published)
        .map(|(monday, sessions)| Week { label: iso_week(monday), monday, sessions })
        .collect())
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
    if total_sessions == Published::Suppressed {
        published.iter_mut().for_each(|row| row.fill(Published::Suppressed));
    }
    Ok(published)
}

/// A library's row on the libraries page.
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryRow {
    pub library: String,
    pub region: String,
    pub sessions: Published,
    pub completed: Published,
    /// The locale most sessions used; `None` when the library's sessions are hidden.
    pub top_language: Option<String>,
    /// The latest batch of any of its kiosks (Unix seconds).
    pub last_sync: Option<i64>,
    /// Kiosks (not revoked) that have been silent for over 3 days, or never synced.
    pub silent_kiosks: usize,
}

pub async fn libraries(hub: &Hub, selection: &Selection) -> Result<Vec<LibraryRow>> {
    let selection = selection.without_library();
    let total = stats::published_total(hub, &selection.filter()).await?;
    let cells = stats::line(hub, &selection.filter(), Grouping::Library, total).await?;
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
    let now = chrono::Utc::now().timestamp();
    Ok(cells
        .into_iter()
        .map(|cells| {
            let kiosks: Vec<&KioskSync> = syncs.iter().filter(|k| k.library == cells.key).collect();
            let sessions = cells.published[SESSIONS];
            LibraryRow {
                region: kiosks.first().map(|k| k.region.clone()).unwrap_or_default(),
                sessions,
                completed: cells.published[COMPLETED],
                top_language: top
                    .get(&cells.key)
                    .filter(|(count, _)| *count > 0 && sessions != Published::Suppressed)
                    .map(|(_, locale)| locale.clone()),
                last_sync: kiosks.iter().filter_map(|k| k.last_batch_at).max(),
                silent_kiosks: kiosks
                    .iter()
                    .filter(|k| !k.revoked() && k.last_batch_at.is_none_or(|at| now - at > SILENT_AFTER_SECONDS))
                    .count(),
                library: cells.key,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_indices_follow_the_rollup() {
        assert_eq!(rollup::METRICS[SESSIONS], "sessions");
        assert_eq!(rollup::METRICS[ASSISTED], "assisted_sessions");
        assert_eq!(rollup::METRICS[OPENED], "guides_opened");
        assert_eq!(rollup::METRICS[COMPLETED], "guides_completed");
        assert_eq!(rollup::METRICS[HELP], "help_asked");
    }

    #[test]
    fn selections_are_whole_weeks_and_compare_with_the_weeks_before() {
        let date = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        let selection = Selection::new(date("2026-11-25"), date("2026-11-10"), None, None);
        assert_eq!((selection.from, selection.to), (date("2026-11-09"), date("2026-11-29")));
        assert_eq!(selection.weeks(), 3);
        let previous = selection.previous();
        assert_eq!((previous.from, previous.to), (date("2026-10-19"), date("2026-11-08")));
    }

    #[test]
    fn the_most_given_up_step_is_a_published_one() {
        let step = |step, abandoned| FunnelStep { step, reached: Published::Count(50), abandoned };
        let steps = [step(1, Published::Count(6)), step(2, Published::Suppressed), step(3, Published::Count(9))];
        assert_eq!(most_given_up(&steps), Some(3));
        assert_eq!(most_given_up(&[step(1, Published::Suppressed)]), None);
    }
}
