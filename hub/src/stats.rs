//! `GET /api/v1/stats`: counts for coordinators for one fixed period, from the rollups,
//! published through the region's suppression plan (`suppression::Plan`), which the dashboard
//! uses too: the same cells, hidden the same way, wherever they appear.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::api_error::ApiError;
use crate::hub::Hub;
use crate::period::{self, Period, PeriodKind};
use crate::rollup::Metric;
use crate::store::{Grouping, StatsFilter};
use crate::suppression::{self, Grid, Plan, Published, Unit};
use crate::tokens;

/// The query of `GET /api/v1/stats`. Periods are the kiosks' local calendar.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct StatsParams {
    /// `2026-W36` (ISO week), `2026-09` (month), `2026-Q3` (quarter) or `2026` (year); default:
    /// the last complete month. Free `from`/`to` ranges are refused (400).
    pub period: Option<String>,
    /// Only kiosks of this region. A region token may only name its own region (else 403).
    pub region: Option<String>,
    /// Only kiosks of this library (as given to `kiosk add --library`); a month, quarter or
    /// year (a single library's weeks are not published).
    pub library: Option<String>,
    /// Only events of this guide; adds the guide's funnel to the answer.
    pub guide: Option<String>,
    /// One of guide, locale, library, hour, weekday.
    pub group_by: Option<String>,
}

/// Published counts for one selection of events.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Figures {
    /// Sessions seen (each counted once). `null` where it cannot be split: with `guide=` or
    /// `group_by=guide` (a session is not of one guide).
    pub sessions: Option<Published>,
    /// Sessions a librarian marked as assisted; `null` like `sessions`.
    pub assisted_sessions: Option<Published>,
    pub guides_opened: Published,
    pub guides_completed: Published,
    /// guides_completed / guides_opened; `null` when either is not published or nothing was opened.
    pub completion_rate: Option<f64>,
    pub help_asked: Published,
}

/// One group of `group_by`.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Group {
    /// weekday: `monday`…`sunday`; hour: `00`…`23`; guide, locale, library: the id or name
    /// (`""` where an event had no locale).
    pub key: String,
    #[serde(flatten)]
    pub figures: Figures,
}

/// One step of a guide's funnel.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct FunnelStep {
    /// Step index (0 is the "what you need" screen).
    pub step: u32,
    /// How often the step was reached.
    pub reached: Published,
    /// How often the guide was given up at this step.
    pub abandoned: Published,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct StatsResponse {
    /// The period, as asked or the default (`2026-10`).
    pub period: String,
    /// Its first and last day.
    pub from: String,
    pub to: String,
    /// Whether the period is still in progress (its figures will grow).
    pub in_progress: bool,
    /// The region the figures cover (a region token's own region unless an all-regions token).
    pub region: Option<String>,
    pub library: Option<String>,
    pub guide: Option<String>,
    pub group_by: Option<String>,
    pub total: Figures,
    /// The period of the same kind just before (`2026-09` for `2026-10`).
    pub previous_period: String,
    pub previous: Figures,
    /// The same period a year earlier (`2025-10`).
    pub year_earlier_period: String,
    pub year_earlier: Figures,
    /// Present with `group_by`, ordered by key (weekdays and hours in time order).
    pub groups: Vec<Group>,
    /// Present with `guide=`: per step, in step order.
    pub funnel: Option<Vec<FunnelStep>>,
}

const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

fn parse_grouping(name: Option<&str>) -> Result<Grouping, ApiError> {
    Ok(match name {
        None => Grouping::Total,
        Some("weekday") => Grouping::Weekday,
        Some("guide") => Grouping::Guide,
        Some("locale") => Grouping::Locale,
        Some("library") => Grouping::Library,
        Some("hour") => Grouping::HourOfDay,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "group_by={other:?}: expected guide, locale, library, hour or weekday (a period's weeks are periods of their own: period=2026-W36)"
            )));
        }
    })
}

/// The kinds of period published per library: a single library's ISO weeks are not (weeks
/// that cross a month's end, with the library's months, would give single days away; the
/// region's weeks are protected with the region's months instead).
pub const LIBRARY_KINDS: [PeriodKind; 3] = [PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year];

/// What a request selects: a period of a region (or of all regions), maybe one library, maybe
/// one guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub period: Period,
    pub region: Option<String>,
    pub library: Option<String>,
    pub guide: Option<String>,
}

impl Selection {
    /// Reads `period=` (default: the last complete month before `today`) and refuses what is
    /// not published: a library's week, a period that has not begun.
    pub fn new(
        period: Option<&str>,
        region: Option<String>,
        library: Option<String>,
        today: NaiveDate,
    ) -> Result<Selection, String> {
        let period = match period {
            Some(text) => text.parse::<Period>().map_err(|e| e.to_string())?,
            None => Period::default_for(today),
        };
        if period.is_future(today) {
            return Err(format!("period={period}: it has not begun yet"));
        }
        if library.is_some() && !LIBRARY_KINDS.contains(&period.kind()) {
            return Err(format!(
                "period={period}: a single library's figures are published per month, quarter or year (2026-09, 2026-Q3, 2026), not per week"
            ));
        }
        Ok(Selection { period, region, library, guide: None })
    }

    pub fn filter(&self) -> StatsFilter {
        let (from_day, to_day) = self.period.day_range();
        StatsFilter {
            from_day,
            to_day,
            region: self.region.clone(),
            library: self.library.clone(),
            guide: self.guide.clone(),
        }
    }

    pub fn with_period(&self, period: Period) -> Selection {
        Selection { period, ..self.clone() }
    }

    pub fn without_library(&self) -> Selection {
        Selection { library: None, ..self.clone() }
    }
}

/// Refuses `from`/`to`, saying what to use instead.
fn refuse_free_ranges(query: &str) -> Result<(), ApiError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    match pairs.iter().find(|(key, _)| key == "from" || key == "to") {
        Some((key, _)) => Err(ApiError::bad_request(format!(
            "{key}=: free date ranges are not answered; choose a {}",
            period::ALLOWED_FORMS
        ))),
        None => Ok(()),
    }
}

/// The region a coordinator token may read (`None`: all); 401 for a missing, unknown or
/// revoked token.
pub async fn authenticate_coordinator(hub: &Hub, authorization: Option<&str>) -> Result<Option<String>, ApiError> {
    let token = authorization
        .and_then(tokens::bearer)
        .ok_or_else(|| ApiError::unauthorized("missing `Authorization: Bearer <API token>`"))?;
    hub.store
        .api_token_scope(&tokens::hash(token))
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(|| ApiError::unauthorized("unknown or revoked API token"))
}

/// Today in the kiosks' local calendar, as far as the hub knows it.
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Answers a stats query for a coordinator whose token covers `scope` (`None`: all regions).
pub async fn stats(hub: &Hub, scope: Option<String>, query: &str) -> Result<StatsResponse, ApiError> {
    refuse_free_ranges(query)?;
    let params: StatsParams =
        serde_urlencoded::from_str(query).map_err(|e| ApiError::bad_request(format!("query {query:?}: {e}")))?;
    let grouping = parse_grouping(params.group_by.as_deref())?;
    let region = match (scope, params.region.clone()) {
        (Some(own), Some(asked)) if own != asked => {
            return Err(ApiError::forbidden(format!("this token reads region {own:?} only, not {asked:?}")));
        }
        (Some(own), _) => Some(own),
        (None, asked) => asked,
    };
    let today = today();
    let mut selection = Selection::new(params.period.as_deref(), region, params.library.clone(), today)
        .map_err(ApiError::bad_request)?;
    selection.guide = params.guide.clone();
    let plans = RegionPlans::load(hub, selection.region.as_deref(), today).await.map_err(ApiError::internal)?;
    let per_session = params.guide.is_none() && grouping != Grouping::Guide;
    let total = published_total(hub, &plans, &selection).await.map_err(ApiError::internal)?;
    let compared = |period: Period| {
        let selection = selection.with_period(period);
        let plans = &plans;
        async move { published_total(hub, plans, &selection).await.map(|t| figures(t, per_session)) }
    };
    let previous = compared(selection.period.previous()).await.map_err(ApiError::internal)?;
    let year_earlier = compared(selection.period.year_earlier()).await.map_err(ApiError::internal)?;
    let groups = match grouping {
        Grouping::Total => Vec::new(),
        Grouping::Library => {
            if !LIBRARY_KINDS.contains(&selection.period.kind()) {
                return Err(ApiError::bad_request(format!(
                    "group_by=library: libraries are published per month, quarter or year, not per week ({})",
                    selection.period
                )));
            }
            library_cells(&plans, &selection)
                .into_iter()
                .map(|cell| Group { key: cell.key, figures: figures(cell.published, per_session) })
                .collect()
        }
        _ => {
            let cells = line(hub, &selection.filter(), grouping, total).await.map_err(ApiError::internal)?;
            groups(cells, grouping, per_session)
        }
    };
    let funnel = match &params.guide {
        Some(_) => Some(
            funnel(hub, &selection.filter(), total[Metric::GuidesOpened as usize]).await.map_err(ApiError::internal)?,
        ),
        None => None,
    };
    Ok(StatsResponse {
        period: selection.period.to_string(),
        from: selection.period.first_day().to_string(),
        to: selection.period.last_day().to_string(),
        in_progress: selection.period.in_progress(today),
        region: selection.region,
        library: params.library,
        guide: params.guide,
        group_by: params.group_by,
        total: figures(total, per_session),
        previous_period: selection.period.previous().to_string(),
        previous,
        year_earlier_period: selection.period.year_earlier().to_string(),
        year_earlier,
        groups,
        funnel,
    })
}

/// The suppression plans of a region (or of all regions), one per metric.
pub struct RegionPlans {
    /// The region's libraries, by name; `Unit::Library(i)` is the i-th.
    pub libraries: Vec<String>,
    plans: Vec<Plan>,
}

impl RegionPlans {
    /// Reads the region's counts per library and day and makes the plans. A library's active
    /// days run from its first counted day to today (to its last counted day if all its kiosks
    /// were removed).
    pub async fn load(hub: &Hub, region: Option<&str>, today: NaiveDate) -> Result<RegionPlans> {
        let (libraries, grids) = RegionPlans::grids(hub, region, today).await?;
        let plans = grids.iter().map(|grid| Plan::new(grid, &LIBRARY_KINDS)).collect();
        Ok(RegionPlans { libraries, plans })
    }

    /// The region's libraries and its counts per library and day, one grid per metric
    /// (`rollup::METRICS` order).
    pub async fn grids(hub: &Hub, region: Option<&str>, today: NaiveDate) -> Result<(Vec<String>, Vec<Grid>)> {
        let kiosks = hub.store.kiosk_syncs(region).await?;
        let mut libraries: Vec<String> = kiosks.iter().map(|k| k.library.clone()).collect();
        libraries.sort();
        libraries.dedup();
        let filter = StatsFilter {
            from_day: i64::MIN,
            to_day: i64::MAX,
            region: region.map(str::to_owned),
            library: None,
            guide: None,
        };
        let mut grids = vec![Grid { active: vec![None; libraries.len()], counts: Vec::new() }; 5];
        let mut seen: Vec<Option<(i64, i64)>> = vec![None; libraries.len()];
        for row in hub.store.stats_sums(&filter, Grouping::LibraryDay).await? {
            let Some((library, day)) = row.group.rsplit_once('/') else { continue };
            let (Ok(index), Ok(day)) = (libraries.binary_search_by(|l| l.as_str().cmp(library)), day.parse::<i64>())
            else {
                continue;
            };
            if row.counts.iter().all(|&count| count <= 0) {
                continue;
            }
            let range = seen[index].get_or_insert((day, day));
            *range = (range.0.min(day), range.1.max(day));
            for (grid, count) in grids.iter_mut().zip(row.counts) {
                if count > 0 {
                    grid.counts.push((index, day, count as u64));
                }
            }
        }
        let today = crate::rollup::day_index(today);
        let active: Vec<Option<(i64, i64)>> = libraries
            .iter()
            .zip(&seen)
            .map(|(library, seen)| {
                let removed = kiosks.iter().filter(|k| &k.library == library).all(|k| k.revoked());
                seen.map(|(first, last)| (first, if removed { last } else { last.max(today) }))
            })
            .collect();
        for grid in &mut grids {
            grid.active = active.clone();
        }
        Ok((libraries, grids))
    }

    /// The unit of a library name (`None`: the region); `None` for a library the region does
    /// not have.
    pub fn unit(&self, library: Option<&str>) -> Option<Unit> {
        match library {
            None => Some(Unit::Region),
            Some(name) => self.libraries.iter().position(|l| l == name).map(Unit::Library),
        }
    }

    /// The five metrics of a unit's period as published (a kind not published for it, or a
    /// library the region does not have: no kiosk).
    pub fn cell(&self, unit: Option<Unit>, period: Period) -> [Published; 5] {
        std::array::from_fn(|metric| {
            unit.map_or(Published::NoKiosk, |unit| {
                self.plans[metric].published(unit, period).unwrap_or(Published::NoKiosk)
            })
        })
    }
}

/// `lotsen-hub suppression --region R`: for each metric and kind of period, how many `<5` cells
/// the region's table has and what share of its counts lies in complementary-hidden cells;
/// fails if any certificate does not hold.
pub async fn suppression_report(hub: &Hub, region: &str) -> Result<String> {
    let plans = RegionPlans::load(hub, Some(region), today()).await?;
    let mut report = format!("{region}: {} libraries\n", plans.libraries.len());
    for (plan, metric) in plans.plans.iter().zip(crate::rollup::METRICS) {
        plan.verify().map_err(|e| anyhow::anyhow!("{metric}: {e}"))?;
        for (kind, hidden, all) in plan.hidden_share() {
            let small = plan.cells().filter(|c| c.1.kind() == kind && c.3 == Published::Suppressed).count();
            let share = 100.0 * hidden as f64 / all.max(1) as f64;
            report +=
                &format!("{metric:>17} {kind:?}: {small} cells <5, {hidden} of {all} in hidden cells ({share:.2} %)\n");
        }
    }
    Ok(report)
}

/// The libraries of a selection's region as published (all of them; just the chosen one with a
/// library filter).
pub fn library_cells(plans: &RegionPlans, selection: &Selection) -> Vec<Cell> {
    plans
        .libraries
        .iter()
        .enumerate()
        .filter(|(_, name)| selection.library.as_ref().is_none_or(|chosen| chosen == *name))
        .map(|(index, name)| Cell {
            key: name.clone(),
            published: plans.cell(Some(Unit::Library(index)), selection.period),
        })
        .collect()
}

/// The totals of a selection as published: the region's or the library's cell of the plan;
/// with a guide, that guide's cell in the line of all guides under it.
pub async fn published_total(hub: &Hub, plans: &RegionPlans, selection: &Selection) -> Result<[Published; 5]> {
    let total = plans.cell(plans.unit(selection.library.as_deref()), selection.period);
    let Some(guide) = &selection.guide else { return Ok(total) };
    let all_guides = Selection { guide: None, ..selection.clone() };
    let cells = line(hub, &all_guides.filter(), Grouping::Guide, total).await?;
    Ok(cells.into_iter().find(|cell| &cell.key == guide).map_or(
        match total[Metric::GuidesOpened as usize] {
            Published::NoKiosk => [Published::NoKiosk; 5],
            _ => [Published::Count(0); 5],
        },
        |cell| cell.published,
    ))
}

/// Published metrics → the figures of one group.
fn figures(published: [Published; 5], per_session: bool) -> Figures {
    let metric = |metric: Metric| published[metric as usize];
    Figures {
        sessions: per_session.then(|| metric(Metric::Sessions)),
        assisted_sessions: per_session.then(|| metric(Metric::AssistedSessions)),
        guides_opened: metric(Metric::GuidesOpened),
        guides_completed: metric(Metric::GuidesCompleted),
        completion_rate: suppression::rate(metric(Metric::GuidesCompleted), metric(Metric::GuidesOpened)),
        help_asked: metric(Metric::HelpAsked),
    }
}

/// One group of a breakdown: its metrics (`rollup::METRICS` order) as published as cells of
/// the line of all groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub key: String,
    pub published: [Published; 5],
}

/// The cells of `grouping` under `filter`, each metric published as a line whose total is
/// published as `total` (`suppression::publish_parts`), so that the total minus the shown cells
/// never gives a hidden one away. Guides: the events of no guide (help asked on the start screen) are
/// a part of each line that is not a guide; it is not returned, but is hidden like a cell
/// (unless it is zero) so that the total minus the guides does not give it away either.
pub async fn line(hub: &Hub, filter: &StatsFilter, grouping: Grouping, total: [Published; 5]) -> Result<Vec<Cell>> {
    let mut by_key: BTreeMap<String, [u64; 5]> = BTreeMap::new();
    for row in hub.store.stats_sums(filter, grouping).await? {
        let sums = by_key.entry(row.group).or_default();
        for (sum, count) in sums.iter_mut().zip(row.counts) {
            *sum += count.max(0) as u64;
        }
    }
    let no_guide = if grouping == Grouping::Guide { by_key.remove("") } else { None }.unwrap_or_default();
    let cells: Vec<(String, [u64; 5])> = by_key.into_iter().collect();
    let lines: Vec<Vec<Published>> = (0..5)
        .map(|metric| {
            let mut counts: Vec<u64> = cells.iter().map(|(_, counts)| counts[metric]).collect();
            counts.extend(Some(no_guide[metric]).filter(|&count| count > 0));
            suppression::publish_parts(total[metric], &counts)
        })
        .collect();
    Ok(cells
        .into_iter()
        .enumerate()
        .map(|(i, (key, _))| Cell { key, published: std::array::from_fn(|metric| lines[metric][i]) })
        .collect())
}

fn groups(cells: Vec<Cell>, grouping: Grouping, per_session: bool) -> Vec<Group> {
    // Ordered by a sort key so that weekdays and hours come in time order.
    let mut by_key: BTreeMap<(i64, String), Group> = BTreeMap::new();
    for cell in cells {
        let numeric = cell.key.parse::<i64>().ok();
        let (order, key) = match (grouping, numeric) {
            (Grouping::Weekday, Some(day)) => (day, WEEKDAYS[day.rem_euclid(7) as usize].to_owned()),
            (Grouping::HourOfDay, Some(hour)) => (hour, format!("{hour:02}")),
            _ => (0, cell.key),
        };
        by_key.insert((order, key.clone()), Group { key, figures: figures(cell.published, per_session) });
    }
    by_key.into_values().collect()
}

/// The funnel of the filter's guide: how many reached each step (published one by one: a
/// session reaches many steps, they have no total) and gave up there (a line: they add up to
/// the guide's abandonments). All hidden when `guides_opened`, the count of the guide's or the
/// selection's opened guides as published, is hidden.
pub async fn funnel(hub: &Hub, filter: &StatsFilter, guides_opened: Published) -> Result<Vec<FunnelStep>> {
    let mut steps: BTreeMap<i64, (u64, u64)> = BTreeMap::new();
    for sum in hub.store.step_sums(filter).await? {
        let entry = steps.entry(sum.step).or_default();
        let count = sum.count.max(0) as u64;
        match sum.metric.as_str() {
            "step_reached" => entry.0 += count,
            _ => entry.1 += count,
        }
    }
    let abandoned =
        suppression::publish_parts(guides_opened, &steps.values().map(|(_, abandoned)| *abandoned).collect::<Vec<_>>());
    Ok(steps
        .into_iter()
        .zip(abandoned)
        .map(|((step, (reached, _)), abandoned)| FunnelStep {
            step: u32::try_from(step).unwrap_or_default(),
            reached: match guides_opened {
                Published::Count(_) => suppression::publish(reached),
                Published::Suppressed | Published::Hidden => Published::Hidden,
                Published::NoKiosk => Published::NoKiosk,
            },
            abandoned,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_follow_the_published_counts() {
        let published = [12, 3, 10, 6, 2].map(suppression::publish);
        let figures = figures(published, true);
        assert_eq!(figures.sessions, Some(Published::Count(12)));
        assert_eq!(figures.assisted_sessions, Some(Published::Suppressed));
        assert_eq!(figures.guides_opened, Published::Count(10));
        assert_eq!(figures.help_asked, Published::Suppressed);
        assert_eq!(figures.completion_rate, Some(0.6));
        assert_eq!(super::figures(published, false).sessions, None);
    }
}
