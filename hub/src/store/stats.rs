//! The stats query builder: sums over the daily and weekly rollups for `/api/v1/stats` and
//! the dashboard.

use anyhow::{Context, Result};
use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Row};

use super::{Params, Rollup, Store};
use crate::rollup;

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
    /// Library × day (the suppression plan's counts): key `library/day`, the day since
    /// 1970-01-01 after the last `/`.
    LibraryDay,
    /// Library × hour of day (a library's busiest hours): key `library/hour`.
    LibraryHour,
}

impl Grouping {
    /// The SQL expression of the group key (as text) over `stats_counts c` joined with `kiosks k`.
    fn key_sql(self) -> &'static str {
        match self {
            Grouping::Total => "''",
            Grouping::Weekday => "CAST((c.day + 3) % 7 AS TEXT)",
            Grouping::Guide => "c.guide",
            Grouping::Locale => "c.locale",
            Grouping::Library => "k.library",
            Grouping::HourOfDay => "CAST(c.hour_of_day AS TEXT)",
            Grouping::WeekdayHour => "CAST(((c.day + 3) % 7) * 24 + c.hour_of_day AS TEXT)",
            Grouping::LibraryLocale => "k.library || '/' || c.locale",
            Grouping::LibraryDay => "k.library || '/' || CAST(c.day AS TEXT)",
            Grouping::LibraryHour => "k.library || '/' || CAST(c.hour_of_day AS TEXT)",
        }
    }

    /// Whether the grouping needs single days (a weekday), which the weekly rollups lost.
    fn needs_days(self) -> bool {
        matches!(self, Grouping::Weekday | Grouping::WeekdayHour | Grouping::LibraryDay)
    }

    /// The coarsest rollup level (`rollup::LEVELS`) that has this grouping's dimension, and
    /// the guide when the query filters by one.
    fn level(self, by_guide: bool) -> &'static str {
        match (self, by_guide) {
            (Grouping::Locale | Grouping::LibraryLocale, true) => "gl",
            (Grouping::HourOfDay | Grouping::WeekdayHour | Grouping::LibraryHour, true) => "gh",
            (Grouping::Locale | Grouping::LibraryLocale, false) => "l",
            (Grouping::HourOfDay | Grouping::WeekdayHour | Grouping::LibraryHour, false) => "h",
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

/// Columns `grp` and one per metric (an array, which the derive cannot fill).
impl<'r> sqlx::FromRow<'r, AnyRow> for StatsRow {
    fn from_row(row: &'r AnyRow) -> sqlx::Result<StatsRow> {
        let mut counts = [0; 5];
        for (count, metric) in counts.iter_mut().zip(rollup::METRICS) {
            *count = row.try_get(metric)?;
        }
        Ok(StatsRow { group: row.try_get("grp")?, counts })
    }
}

/// How many times a step of a guide was reached (`step_reached`) or given up on (`guide_abandoned`).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StepSum {
    pub step: i64,
    pub metric: String,
    #[sqlx(rename = "total")]
    pub count: i64,
}

impl Store {
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
        sqlx::query_as_with(AssertSqlSafe(sql), params.args).fetch_all(&self.pool).await.context("summing stats")
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
        sqlx::query_as_with(AssertSqlSafe(sql), params.args).fetch_all(&self.pool).await.context("summing funnel steps")
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
