//! Fixed periods: an ISO week, a calendar month, a quarter or a year, written `2026-W36`,
//! `2026-09`, `2026-Q3` or `2026`. The dashboard, its exports and `/api/v1/stats` answer for
//! these only: free date ranges could be subtracted from one another to give away a few days
//! of one library (see `DASHBOARD.md`), fixed periods are cells of one published table that
//! `suppression::Plan` protects as a whole.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::rollup;

/// The kinds of period, finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeriodKind {
    Week,
    Month,
    Quarter,
    Year,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 4] = [PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year];
}

/// One fixed period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// ISO week (`year` is the ISO week-numbering year).
    Week {
        year: i32,
        week: u32,
    },
    Month {
        year: i32,
        month: u32,
    },
    Quarter {
        year: i32,
        quarter: u32,
    },
    Year(i32),
}

/// What is wrong with a `period=` value; the message lists the forms that are allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "period={0:?}: expected an ISO week (2026-W36), a month (2026-09), a quarter (2026-Q3) or a year (2026), from 2000 on"
)]
pub struct PeriodError(pub String);

/// The forms `period=` takes, for messages that refuse something else.
pub const ALLOWED_FORMS: &str = "period=2026-W36 (ISO week), 2026-09 (month), 2026-Q3 (quarter) or 2026 (year)";

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(text: &str) -> Result<Period, PeriodError> {
        let error = || PeriodError(text.to_owned());
        let number = |digits: &str, len: usize| -> Result<u32, PeriodError> {
            if digits.len() == len && digits.bytes().all(|b| b.is_ascii_digit()) {
                digits.parse().map_err(|_| error())
            } else {
                Err(error())
            }
        };
        let (year_text, rest) = text.split_at_checked(4).ok_or_else(error)?;
        let year = i32::try_from(number(year_text, 4)?).map_err(|_| error())?;
        if !(2000..=9998).contains(&year) {
            return Err(error());
        }
        let period = match rest.strip_prefix('-') {
            None if rest.is_empty() => Period::Year(year),
            None => return Err(error()),
            Some(rest) => {
                if let Some(week) = rest.strip_prefix('W') {
                    let week = number(week, 2)?;
                    NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).ok_or_else(error)?;
                    Period::Week { year, week }
                } else if let Some(quarter) = rest.strip_prefix('Q') {
                    let quarter = number(quarter, 1)?;
                    if !(1..=4).contains(&quarter) {
                        return Err(error());
                    }
                    Period::Quarter { year, quarter }
                } else {
                    let month = number(rest, 2)?;
                    if !(1..=12).contains(&month) {
                        return Err(error());
                    }
                    Period::Month { year, month }
                }
            }
        };
        Ok(period)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Week { year, week } => write!(f, "{year}-W{week:02}"),
            Period::Month { year, month } => write!(f, "{year}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year}-Q{quarter}"),
            Period::Year(year) => write!(f, "{year}"),
        }
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a valid calendar date")
}

impl Period {
    pub fn kind(self) -> PeriodKind {
        match self {
            Period::Week { .. } => PeriodKind::Week,
            Period::Month { .. } => PeriodKind::Month,
            Period::Quarter { .. } => PeriodKind::Quarter,
            Period::Year(_) => PeriodKind::Year,
        }
    }

    /// The period of `kind` a date falls in.
    pub fn containing(kind: PeriodKind, date: NaiveDate) -> Period {
        match kind {
            PeriodKind::Week => {
                let week = date.iso_week();
                Period::Week { year: week.year(), week: week.week() }
            }
            PeriodKind::Month => Period::Month { year: date.year(), month: date.month() },
            PeriodKind::Quarter => Period::Quarter { year: date.year(), quarter: date.month0() / 3 + 1 },
            PeriodKind::Year => Period::Year(date.year()),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        match self {
            Period::Week { year, week } => {
                NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).expect("weeks are checked when parsed")
            }
            Period::Month { year, month } => ymd(year, month, 1),
            Period::Quarter { year, quarter } => ymd(year, quarter * 3 - 2, 1),
            Period::Year(year) => ymd(year, 1, 1),
        }
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day() - Duration::days(1)
    }

    /// The period of the same kind just after.
    pub fn next(self) -> Period {
        match self {
            Period::Week { .. } => Period::containing(PeriodKind::Week, self.first_day() + Duration::days(7)),
            Period::Month { year, month: 12 } => Period::Month { year: year + 1, month: 1 },
            Period::Month { year, month } => Period::Month { year, month: month + 1 },
            Period::Quarter { year, quarter: 4 } => Period::Quarter { year: year + 1, quarter: 1 },
            Period::Quarter { year, quarter } => Period::Quarter { year, quarter: quarter + 1 },
            Period::Year(year) => Period::Year(year + 1),
        }
    }

    /// The period of the same kind just before.
    pub fn previous(self) -> Period {
        Period::containing(self.kind(), self.first_day() - Duration::days(1))
    }

    /// The same period a year earlier: week 36 of the year before (week 52 for a week 53
    /// the year before did not have), the same month, quarter, the year before.
    pub fn year_earlier(self) -> Period {
        match self {
            Period::Week { year, week } => {
                let week = if NaiveDate::from_isoywd_opt(year - 1, week, Weekday::Mon).is_some() { week } else { 52 };
                Period::Week { year: year - 1, week }
            }
            Period::Month { year, month } => Period::Month { year: year - 1, month },
            Period::Quarter { year, quarter } => Period::Quarter { year: year - 1, quarter },
            Period::Year(year) => Period::Year(year - 1),
        }
    }

    /// Days since 1970-01-01 of the first and last day (as the rollups count them).
    pub fn day_range(self) -> (i64, i64) {
        (rollup::day_index(self.first_day()), rollup::day_index(self.last_day()))
    }

    /// Whether `today` is inside the period: it is still in progress.
    pub fn in_progress(self, today: NaiveDate) -> bool {
        self.first_day() <= today && today <= self.last_day()
    }

    /// Whether the period has not begun by `today`.
    pub fn is_future(self, today: NaiveDate) -> bool {
        self.first_day() > today
    }

    /// The default: the last complete month before `today`.
    pub fn default_for(today: NaiveDate) -> Period {
        Period::containing(PeriodKind::Month, today).previous()
    }

    /// The `count` periods of the same kind ending with this one, oldest first.
    pub fn trailing(self, count: usize) -> Vec<Period> {
        let mut periods = vec![self];
        while periods.len() < count {
            let earlier = periods.last().expect("not empty").previous();
            periods.push(earlier);
        }
        periods.reverse();
        periods
    }

    /// The periods of `kind` from the one containing `from` to the one containing `to`.
    #[cfg(test)]
    pub fn all_between(kind: PeriodKind, from: NaiveDate, to: NaiveDate) -> Vec<Period> {
        let mut periods = Vec::new();
        let mut period = Period::containing(kind, from);
        while period.first_day() <= to {
            periods.push(period);
            period = period.next();
        }
        periods
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_four_forms_parse_and_print_back() {
        for text in ["2026-W36", "2026-09", "2026-Q3", "2026", "2026-W53", "2020-W01"] {
            assert_eq!(text.parse::<Period>().unwrap().to_string(), text);
        }
        let week: Period = "2026-W36".parse().unwrap();
        assert_eq!((week.first_day(), week.last_day()), (date("2026-08-31"), date("2026-09-06")));
        let month: Period = "2026-02".parse().unwrap();
        assert_eq!((month.first_day(), month.last_day()), (date("2026-02-01"), date("2026-02-28")));
        let quarter: Period = "2026-Q3".parse().unwrap();
        assert_eq!((quarter.first_day(), quarter.last_day()), (date("2026-07-01"), date("2026-09-30")));
        assert_eq!(quarter.last_day() - quarter.first_day() + Duration::days(1), Duration::days(92), "not 14 weeks");
        let year: Period = "2026".parse().unwrap();
        assert_eq!((year.first_day(), year.last_day()), (date("2026-01-01"), date("2026-12-31")));
    }

    #[test]
    fn anything_else_is_refused_with_the_allowed_forms() {
        for text in [
            "",
            "2026-13",
            "2026-00",
            "2026-Q5",
            "2026-Q0",
            "2025-W53",
            "2026-W00",
            "2026-W7",
            "2026-9",
            "26",
            "2026-06-01",
            "1999",
            "2026-w36",
            "2026-q3",
            "+2026",
            "2026-",
            "2026-W36x",
            "２０２６",
        ] {
            let error = text.parse::<Period>().unwrap_err();
            assert!(error.to_string().contains("2026-W36") && error.to_string().contains("2026-Q3"), "{text}");
        }
    }

    #[test]
    fn previous_and_year_earlier_are_of_the_same_kind() {
        let p = |t: &str| t.parse::<Period>().unwrap();
        assert_eq!(p("2026-W01").previous(), p("2025-W52"));
        assert_eq!(p("2027-W01").previous(), p("2026-W53"));
        assert_eq!(p("2026-W53").year_earlier(), p("2025-W52"), "2025 had no week 53");
        assert_eq!(p("2026-W36").year_earlier(), p("2025-W36"));
        assert_eq!(p("2026-01").previous(), p("2025-12"));
        assert_eq!(p("2026-Q1").previous(), p("2025-Q4"));
        assert_eq!(p("2026-Q3").year_earlier(), p("2025-Q3"));
        assert_eq!(p("2026").previous(), p("2025"));
        assert_eq!(p("2026-12").next(), p("2027-01"));
        assert_eq!(p("2026-09").trailing(3), [p("2026-07"), p("2026-08"), p("2026-09")]);
    }

    #[test]
    fn the_default_is_the_last_complete_month_and_progress_is_known() {
        let today = date("2026-11-30");
        assert_eq!(Period::default_for(today), "2026-10".parse().unwrap());
        assert_eq!(Period::default_for(date("2026-01-01")), "2025-12".parse().unwrap());
        assert!("2026-11".parse::<Period>().unwrap().in_progress(today));
        assert!("2026-Q4".parse::<Period>().unwrap().in_progress(today));
        assert!(!"2026-10".parse::<Period>().unwrap().in_progress(today));
        assert!("2026-12".parse::<Period>().unwrap().is_future(today));
        assert_eq!(
            Period::all_between(PeriodKind::Quarter, date("2025-12-31"), date("2026-04-01")),
            ["2025-Q4", "2026-Q1", "2026-Q2"].map(|t| t.parse::<Period>().unwrap())
        );
    }
}
