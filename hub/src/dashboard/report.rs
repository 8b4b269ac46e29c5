//! What the dashboard shows, computed from the rollups and published through
//! `suppression`: every page, chart and export is made from these tables, so they all hide
//! the same cells.

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate};

use crate::hub::Hub;
use crate::rollup;
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
        let monday = from - Duration::days(from.weekday().num_days_from_monday().into());
        let sunday = to + Duration::days((6 - to.weekday().num_days_from_monday()).into());
        Selection { from: monday, to: sunday, region, library, guide: None }
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

/// Publishes one metric of several groups as a line (secondary suppression included).
fn publish_metric(rows: &[[u64; 5]], metric: usize) -> Vec<Published> {
    suppression::publish_line(&rows.iter().map(|row| row[metric]).collect::<Vec<_>>())
}

/// When a selection's total is hidden, its breakdown is hidden too: the published parts
/// would add up to it.
fn hide_all_if_hidden(total: Published, line: &mut [Published]) {
    if total == Published::Suppressed {
        line.fill(Published::Suppressed);
    }
}

/// The five totals of a selection as published. With a library chosen, a total is hidden
/// when that library's cell is hidden in the table of all libraries of the region, so that
/// the region total minus the other libraries never reveals it.
pub async fn totals(hub: &Hub, selection: &Selection) -> Result<[Published; 5]> {
    let Some(library) = &selection.library else {
        let rows = hub.store.stats_sums(&selection.filter(), Grouping::Total).await?;
        let total = rows.first().map(counts).unwrap_or_default();
        return Ok(total.map(suppression::publish));
    };
    let libraries = libraries_line(hub, &selection.without_library()).await?;
    Ok(libraries.iter().find(|row| &row.library == library).map_or([Published::Suppressed; 5], |row| row.published))
}

/// One library's counts in a selection, published as cells of the line of all libraries.
#[derive(Debug, Clone)]
struct LibraryCells {
    library: String,
    published: [Published; 5],
}

/// Every library of the selection's region (those without data included, as zeros).
async fn libraries_line(hub: &Hub, selection: &Selection) -> Result<Vec<LibraryCells>> {
    let mut by_library: BTreeMap<String, [u64; 5]> = BTreeMap::new();
    for kiosk in hub.store.kiosk_syncs(selection.region.as_deref()).await? {
        by_library.entry(kiosk.library).or_default();
    }
    for row in hub.store.stats_sums(&selection.filter(), Grouping::Library).await? {
        let entry = by_library.entry(row.group.clone()).or_default();
        for (sum, count) in entry.iter_mut().zip(counts(&row)) {
            *sum += count;
        }
    }
    let rows: Vec<(String, [u64; 5])> = by_library.into_iter().collect();
    let all: Vec<[u64; 5]> = rows.iter().map(|(_, counts)| *counts).collect();
    let lines: Vec<Vec<Published>> = (0..5).map(|metric| publish_metric(&all, metric)).collect();
    Ok(rows
        .into_iter()
        .enumerate()
        .map(|(i, (library, _))| LibraryCells { library, published: std::array::from_fn(|m| lines[m][i]) })
        .collect())
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
    let mut published = suppression::publish_line(&cells);
    hide_all_if_hidden(total_sessions, &mut published);
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
    let rows: Vec<StatsRow> = hub
        .store
        .stats_sums(&selection.filter(), Grouping::Guide)
        .await?
        .into_iter()
        .filter(|row| !row.group.is_empty())
        .collect();
    let all: Vec<[u64; 5]> = rows.iter().map(counts).collect();
    let mut opened = publish_metric(&all, OPENED);
    let mut completed = publish_metric(&all, COMPLETED);
    hide_all_if_hidden(totals[OPENED], &mut opened);
    hide_all_if_hidden(totals[COMPLETED], &mut completed);
    let mut guides: Vec<GuideRow> = rows
        .into_iter()
        .zip(opened.into_iter().zip(completed))
        .map(|(row, (opened, completed))| GuideRow {
            guide: row.group,
            opened,
            completed,
            completion_rate: suppression::rate(completed, opened),
        })
        .collect();
    by_published_then_name(&mut guides, |g| g.opened, |g| &g.guide);
    Ok(guides)
}

/// Sessions per language (`""`: not recorded), largest first.
pub async fn languages(
    hub: &Hub,
    selection: &Selection,
    total_sessions: Published,
) -> Result<Vec<(String, Published)>> {
    let rows = hub.store.stats_sums(&selection.filter(), Grouping::Locale).await?;
    let all: Vec<[u64; 5]> = rows.iter().map(counts).collect();
    let mut sessions = publish_metric(&all, SESSIONS);
    hide_all_if_hidden(total_sessions, &mut sessions);
    let mut languages: Vec<(String, Published)> = rows.into_iter().map(|row| row.group).zip(sessions).collect();
    by_published_then_name(&mut languages, |l| l.1, |l| &l.0);
    Ok(languages)
}

/// One step of a guide's funnel.
#[derive(Debug, Clone, PartialEq)]
pub struct FunnelStep {
    pub step: u32,
    pub reached: Published,
    pub abandoned: Published,
}

/// The funnel of `selection.guide`; the abandonments are a line (they add up to the guide's
/// abandonments), the reached counts are published one by one.
pub async fn funnel(hub: &Hub, selection: &Selection) -> Result<Vec<FunnelStep>> {
    let mut steps: BTreeMap<i64, (u64, u64)> = BTreeMap::new();
    for sum in hub.store.step_sums(&selection.filter()).await? {
        let entry = steps.entry(sum.step).or_default();
        let count = sum.count.max(0) as u64;
        match sum.metric.as_str() {
            "step_reached" => entry.0 += count,
            _ => entry.1 += count,
        }
    }
    let abandoned = suppression::publish_line(&steps.values().map(|(_, a)| *a).collect::<Vec<_>>());
    Ok(steps
        .into_iter()
        .zip(abandoned)
        .map(|((step, (reached, _)), abandoned)| FunnelStep {
            step: u32::try_from(step).unwrap_or_default(),
            reached: suppression::publish(reached),
            abandoned,
        })
        .collect())
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
    let cells = libraries_line(hub, &selection).await?;
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
            let kiosks: Vec<&KioskSync> = syncs.iter().filter(|k| k.library == cells.library).collect();
            let sessions = cells.published[SESSIONS];
            LibraryRow {
                region: kiosks.first().map(|k| k.region.clone()).unwrap_or_default(),
                sessions,
                completed: cells.published[COMPLETED],
                top_language: top
                    .get(&cells.library)
                    .filter(|(count, _)| *count > 0 && sessions != Published::Suppressed)
                    .map(|(_, locale)| locale.clone()),
                last_sync: kiosks.iter().filter_map(|k| k.last_batch_at).max(),
                silent_kiosks: kiosks
                    .iter()
                    .filter(|k| !k.revoked && k.last_batch_at.is_none_or(|at| now - at > SILENT_AFTER_SECONDS))
                    .count(),
                library: cells.library,
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
