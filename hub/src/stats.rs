//! `GET /api/v1/stats`: counts for coordinators, from the rollups, suppressed below 5.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::api_error::ApiError;
use crate::hub::Hub;
use crate::rollup::{self, Metric};
use crate::store::{Grouping, StatsFilter};
use crate::suppression::{self, Published};
use crate::tokens;

/// The query of `GET /api/v1/stats`. Dates are the kiosks' local dates, both ends included,
/// widened to whole weeks (Monday to Sunday) as on the dashboard.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct StatsParams {
    /// First day, YYYY-MM-DD, moved back to its week's Monday (default: no lower bound).
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD, included, moved on to its week's Sunday (default: no upper bound).
    pub to: Option<String>,
    /// Only kiosks of this region. A region token may only name its own region (else 403).
    pub region: Option<String>,
    /// Only kiosks of this library (as given to `kiosk add --library`).
    pub library: Option<String>,
    /// Only events of this guide; adds the guide's funnel to the answer.
    pub guide: Option<String>,
    /// One of week, guide, locale, library, hour, weekday.
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
    /// guides_completed / guides_opened; `null` when either is suppressed or nothing was opened.
    pub completion_rate: Option<f64>,
    pub help_asked: Published,
}

/// One group of `group_by`.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Group {
    /// week: ISO week `2026-W48`; weekday: `monday`…`sunday`; hour: `00`…`23`; guide, locale,
    /// library: the id or name (`""` where an event had no locale).
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
    /// The first day counted: the Monday of `from`'s week.
    pub from: Option<String>,
    /// The last day counted: the Sunday of `to`'s week.
    pub to: Option<String>,
    /// The region the figures cover (a region token's own region unless an all-regions token).
    pub region: Option<String>,
    pub library: Option<String>,
    pub guide: Option<String>,
    pub group_by: Option<String>,
    pub total: Figures,
    /// Present with `group_by`, ordered by key (weeks, weekdays and hours in time order).
    pub groups: Vec<Group>,
    /// Present with `guide=`: per step, in step order.
    pub funnel: Option<Vec<FunnelStep>>,
}

const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

fn parse_grouping(name: Option<&str>) -> Result<Grouping, ApiError> {
    Ok(match name {
        None => Grouping::Total,
        Some("week") => Grouping::Week,
        Some("weekday") => Grouping::Weekday,
        Some("guide") => Grouping::Guide,
        Some("locale") => Grouping::Locale,
        Some("library") => Grouping::Library,
        Some("hour") => Grouping::HourOfDay,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "group_by={other:?}: expected week, guide, locale, library, hour or weekday"
            )));
        }
    })
}

fn parse_date(name: &str, text: Option<&str>) -> Result<Option<NaiveDate>, ApiError> {
    text.map(|text| rollup::parse_query_date(name, text).map_err(ApiError::bad_request)).transpose()
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

/// Answers a stats query for a coordinator whose token covers `scope` (`None`: all regions).
pub async fn stats(hub: &Hub, scope: Option<String>, query: &str) -> Result<StatsResponse, ApiError> {
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
    let (from, to) = (parse_date("from", params.from.as_deref())?, parse_date("to", params.to.as_deref())?);
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(ApiError::bad_request("from is after to"));
    }
    let (from, to) = (from.map(rollup::monday_of), to.map(rollup::sunday_of));
    let filter = StatsFilter {
        from_day: from.map_or(i64::MIN, rollup::day_index),
        to_day: to.map_or(i64::MAX, rollup::day_index),
        region: region.clone(),
        library: params.library.clone(),
        guide: params.guide.clone(),
    };
    let per_session = params.guide.is_none() && grouping != Grouping::Guide;
    let total = published_total(hub, &filter).await.map_err(ApiError::internal)?;
    let groups = if grouping == Grouping::Total {
        Vec::new()
    } else {
        let cells = line(hub, &filter, grouping, total).await.map_err(ApiError::internal)?;
        groups(cells, grouping, per_session)
    };
    let funnel = match &params.guide {
        Some(_) => Some(funnel(hub, &filter, total[Metric::GuidesOpened as usize]).await.map_err(ApiError::internal)?),
        None => None,
    };
    Ok(StatsResponse {
        from: from.map(|date| date.to_string()),
        to: to.map(|date| date.to_string()),
        region,
        library: params.library,
        guide: params.guide,
        group_by: params.group_by,
        total: figures(total, per_session),
        groups,
        funnel,
    })
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
/// never gives a hidden one away. Libraries: every library of the filter's region, those
/// without data as zeros. Guides: the events of no guide (help asked on the start screen) are
/// a part of each line that is not a guide; it is not returned, but is hidden like a cell
/// (unless it is zero) so that the total minus the guides does not give it away either.
pub async fn line(hub: &Hub, filter: &StatsFilter, grouping: Grouping, total: [Published; 5]) -> Result<Vec<Cell>> {
    let mut by_key: BTreeMap<String, [u64; 5]> = BTreeMap::new();
    if grouping == Grouping::Library {
        for kiosk in hub.store.kiosk_syncs(filter.region.as_deref()).await? {
            if filter.library.as_ref().is_none_or(|library| *library == kiosk.library) {
                by_key.entry(kiosk.library).or_default();
            }
        }
    }
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

/// The totals of a selection as published. A chosen library's (or guide's) totals are its cell
/// in the line of all libraries of the region (all guides), hidden whenever the cell is hidden
/// there: otherwise the line's total minus the other cells and this total would reveal the
/// cells secondary suppression hid.
pub async fn published_total(hub: &Hub, filter: &StatsFilter) -> Result<[Published; 5]> {
    let rows = hub.store.stats_sums(filter, Grouping::Total).await?;
    let sums: [u64; 5] = rows.first().map_or([0; 5], |row| row.counts.map(|count| count.max(0) as u64));
    let mut published = sums.map(suppression::publish);
    let parents = [
        (filter.library.as_ref(), StatsFilter { library: None, ..filter.clone() }, Grouping::Library),
        (filter.guide.as_ref(), StatsFilter { guide: None, ..filter.clone() }, Grouping::Guide),
    ];
    for (chosen, parent, grouping) in parents {
        let Some(chosen) = chosen else { continue };
        let parent_total = Box::pin(published_total(hub, &parent)).await?;
        let cells = line(hub, &parent, grouping, parent_total).await?;
        let cell = cells.iter().find(|cell| &cell.key == chosen).map_or([Published::Suppressed; 5], |c| c.published);
        for (published, in_line) in published.iter_mut().zip(cell) {
            if in_line == Published::Suppressed {
                *published = Published::Suppressed;
            }
        }
    }
    Ok(published)
}

fn groups(cells: Vec<Cell>, grouping: Grouping, per_session: bool) -> Vec<Group> {
    // Ordered by a sort key so that weeks, weekdays and hours come in time order.
    let mut by_key: BTreeMap<(i64, String), Group> = BTreeMap::new();
    for cell in cells {
        let numeric = cell.key.parse::<i64>().ok();
        let (order, key) = match (grouping, numeric) {
            (Grouping::Week, Some(week)) => (week, week_label(week)),
            (Grouping::Weekday, Some(day)) => (day, WEEKDAYS[day.rem_euclid(7) as usize].to_owned()),
            (Grouping::HourOfDay, Some(hour)) => (hour, format!("{hour:02}")),
            _ => (0, cell.key),
        };
        by_key.insert((order, key.clone()), Group { key, figures: figures(cell.published, per_session) });
    }
    by_key.into_values().collect()
}

/// `2026-W48` for a Monday-based week number counted from 1970 (see `Grouping::Week`).
fn week_label(week: i64) -> String {
    match rollup::date_of_day(week * 7 - 3) {
        Some(monday) => {
            let iso = monday.iso_week();
            format!("{}-W{:02}", iso.year(), iso.week())
        }
        None => week.to_string(),
    }
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
                Published::Suppressed => Published::Suppressed,
                Published::Count(_) => suppression::publish(reached),
            },
            abandoned,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_are_labelled_as_iso_weeks() {
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let week = (rollup::day_index(monday) + 3) / 7;
        assert_eq!(week_label(week), "2026-W48");
        let sunday = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!((rollup::day_index(sunday) + 3) / 7, week, "Monday to Sunday is one week");
        assert_eq!((rollup::day_index(sunday) + 3) % 7, 6, "Sunday is the 7th weekday");
    }

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
