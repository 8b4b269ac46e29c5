//! The rollups the hub keeps beside the raw events, computed per batch at ingest so that
//! `/api/v1/stats` sums a few thousand rows instead of millions of events.
//!
//! `stats_counts` holds the five stats metrics as columns, per kiosk and day, at six levels of
//! detail (`dims`): by nothing else (`""`), by guide (`g`), locale (`l`), hour of day (`h`),
//! guide and locale (`gl`), guide and hour (`gh`). A query reads the coarsest level that has
//! the dimensions it groups or filters by; week, weekday and library come from day and kiosk.
//! `step_counts` (kiosk × guide × day × step) answers funnels. `stats_counts_weekly` and
//! `step_counts_weekly` hold the same rows summed per Monday-to-Sunday week ([`week_start`]),
//! so a query over whole weeks reads a seventh of the rows. Sessions and assisted sessions
//! count each session once however many batches it spans (see `store::insert_sessions`).
//! Other event kinds are kept only in the raw `events` table.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use lotsen_wire::{Event, EventKind, Hour};
use uuid::Uuid;

/// The levels of detail of `stats_counts`: which of guide (g), locale (l) and hour of day (h)
/// a row keeps.
pub const LEVELS: [&str; 6] = ["", "g", "l", "h", "gl", "gh"];

/// The metrics of `stats_counts`, in column order.
pub const METRICS: [&str; 5] = ["sessions", "assisted_sessions", "guides_opened", "guides_completed", "help_asked"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    Sessions,
    AssistedSessions,
    GuidesOpened,
    GuidesCompleted,
    HelpAsked,
}

impl Metric {
    fn of(kind: EventKind) -> Option<Metric> {
        match kind {
            EventKind::GuideOpened => Some(Metric::GuidesOpened),
            EventKind::GuideCompleted => Some(Metric::GuidesCompleted),
            EventKind::HelpAsked => Some(Metric::HelpAsked),
            _ => None,
        }
    }
}

/// A row key of `stats_counts` (after `kiosk_id`): unused dimensions are `""` / -1.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StatsKey {
    pub dims: &'static str,
    pub guide: String,
    pub day: i64,
    pub locale: String,
    pub hour_of_day: i64,
}

/// A row key of `step_counts` (after `kiosk_id`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StepKey {
    pub guide: String,
    pub day: i64,
    pub step: i64,
    /// `step_reached` or `guide_abandoned`.
    pub metric: &'static str,
}

/// Counts to add to the rollups.
#[derive(Debug, Default)]
pub struct Increments {
    /// Per key, the metrics in `METRICS` order.
    pub stats: HashMap<StatsKey, [i64; 5]>,
    pub steps: HashMap<StepKey, i64>,
}

impl Increments {
    fn count(&mut self, metric: Metric, hour: i64, guide: Option<&str>, locale: Option<&str>) {
        for dims in LEVELS {
            let key = StatsKey {
                dims,
                guide: if dims.contains('g') { guide.unwrap_or_default().to_owned() } else { String::new() },
                day: day_of(hour),
                locale: if dims.contains('l') { locale.unwrap_or_default().to_owned() } else { String::new() },
                hour_of_day: if dims.contains('h') { hour.rem_euclid(24) } else { -1 },
            };
            self.stats.entry(key).or_default()[metric as usize] += 1;
        }
    }

    /// The same counts summed per week: the rows to add to the weekly rollups.
    pub fn by_week(&self) -> Increments {
        let mut weekly = Increments::default();
        for (key, counts) in &self.stats {
            let week_key = StatsKey { day: week_start(key.day), ..key.clone() };
            let sums = weekly.stats.entry(week_key).or_default();
            for (sum, count) in sums.iter_mut().zip(counts) {
                *sum += count;
            }
        }
        for (key, count) in &self.steps {
            *weekly.steps.entry(StepKey { day: week_start(key.day), ..key.clone() }).or_default() += count;
        }
        weekly
    }

    fn count_step(&mut self, metric: &'static str, hour: i64, guide: &str, step: u32) {
        let key = StepKey { guide: guide.to_owned(), day: day_of(hour), step: step.into(), metric };
        *self.steps.entry(key).or_default() += 1;
    }
}

/// The earliest hour the hub stores: older hours are a kiosk clock gone wrong.
pub fn earliest_hour() -> Hour {
    Hour::truncate(NaiveDate::from_ymd_opt(2000, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)).expect("valid date"))
}

/// Hours since 1970-01-01T00:00 (of the kiosk's local time), as stored.
pub fn hour_index(hour: Hour) -> i64 {
    hour.time().and_utc().timestamp().div_euclid(3600)
}

/// The hour an index stands for.
pub fn hour_from_index(index: i64) -> Option<Hour> {
    chrono::DateTime::from_timestamp(index.checked_mul(3600)?, 0).map(|t| Hour::truncate(t.naive_utc()))
}

pub fn day_of(hour: i64) -> i64 {
    hour.div_euclid(24)
}

/// The Monday of the week of a day (both days since 1970-01-01, which was a Thursday).
pub fn week_start(day: i64) -> i64 {
    day - (day + 3).rem_euclid(7)
}

/// Days since 1970-01-01 for a date.
pub fn day_index(date: NaiveDate) -> i64 {
    NaiveDateTime::from(date).and_utc().timestamp().div_euclid(86_400)
}

pub fn date_of_day(day: i64) -> Option<NaiveDate> {
    chrono::DateTime::from_timestamp(day.checked_mul(86_400)?, 0).map(|t| t.date_naive())
}

/// Where a session first shows up in a batch: the hour of its first event and the first locale
/// any of its events names.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionFirstSeen {
    pub session: Uuid,
    pub hour: i64,
    pub locale: Option<String>,
}

/// The sessions of these events, in order of first appearance.
pub fn sessions_of(events: &[&Event]) -> Vec<SessionFirstSeen> {
    let mut seen: Vec<SessionFirstSeen> = Vec::new();
    let mut position: HashMap<Uuid, usize> = HashMap::new();
    for event in events {
        match position.get(&event.session) {
            Some(&at) => {
                if seen[at].locale.is_none() {
                    seen[at].locale = event.locale.clone();
                }
            }
            None => {
                position.insert(event.session, seen.len());
                seen.push(SessionFirstSeen {
                    session: event.session,
                    hour: hour_index(event.hour),
                    locale: event.locale.clone(),
                });
            }
        }
    }
    seen
}

/// The rollup increments for newly stored events. `new_sessions` are the sessions the hub had
/// not seen before, `newly_assisted` those that got their first `assisted_marked` in this batch.
pub fn increments(
    events: &[&Event],
    new_sessions: &[&SessionFirstSeen],
    newly_assisted: &[&SessionFirstSeen],
) -> Increments {
    let mut increments = Increments::default();
    for event in events {
        let hour = hour_index(event.hour);
        if let Some(metric) = Metric::of(event.kind) {
            increments.count(metric, hour, event.guide.as_deref(), event.locale.as_deref());
        }
        if let (EventKind::StepReached | EventKind::GuideAbandoned, Some(guide), Some(step)) =
            (event.kind, &event.guide, event.step)
        {
            increments.count_step(event.kind.as_str(), hour, guide, step);
        }
    }
    for session in new_sessions {
        increments.count(Metric::Sessions, session.hour, None, session.locale.as_deref());
    }
    for session in newly_assisted {
        let hour = events
            .iter()
            .find(|e| e.session == session.session && e.kind == EventKind::AssistedMarked)
            .map_or(session.hour, |e| hour_index(e.hour));
        increments.count(Metric::AssistedSessions, hour, None, session.locale.as_deref());
    }
    increments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(seq: u64, kind: EventKind, session: Uuid, hour: &str) -> Event {
        Event {
            seq,
            kind,
            hour: Hour::parse(hour).unwrap(),
            session,
            guide: None,
            step: None,
            locale: None,
            helpful: None,
            correct: None,
            need: None,
        }
    }

    #[test]
    fn hour_and_day_indices_round_trip() {
        let hour = Hour::parse("2026-11-23T14:00").unwrap();
        let index = hour_index(hour);
        assert_eq!(hour_from_index(index), Some(hour));
        assert_eq!(index.rem_euclid(24), 14);
        assert_eq!(date_of_day(day_of(index)), NaiveDate::from_ymd_opt(2026, 11, 23));
        assert_eq!(day_index(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()), day_of(index));
    }

    #[test]
    fn sessions_take_first_hour_and_first_locale() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let mut chosen = event(2, EventKind::LanguageChosen, a, "2026-11-23T15:00");
        chosen.locale = Some("ar".into());
        let events = [
            event(1, EventKind::SessionStarted, a, "2026-11-23T14:00"),
            chosen,
            event(3, EventKind::SessionStarted, b, "2026-11-23T16:00"),
        ];
        let refs: Vec<&Event> = events.iter().collect();
        let sessions = sessions_of(&refs);
        assert_eq!(sessions.len(), 2);
        assert_eq!(sessions[0].hour, hour_index(Hour::parse("2026-11-23T14:00").unwrap()));
        assert_eq!(sessions[0].locale.as_deref(), Some("ar"));
        assert_eq!(sessions[1].locale, None);
    }

    #[test]
    fn steps_go_to_the_funnel_and_sessions_count_once_per_level() {
        let session = Uuid::from_u128(7);
        let mut step = event(2, EventKind::StepReached, session, "2026-11-23T14:00");
        step.guide = Some("bankid-get".into());
        step.step = Some(3);
        let mut opened = event(3, EventKind::GuideOpened, session, "2026-11-23T14:00");
        opened.guide = Some("bankid-get".into());
        opened.locale = Some("ar".into());
        let events = [event(1, EventKind::SessionStarted, session, "2026-11-23T14:00"), step, opened];
        let refs: Vec<&Event> = events.iter().collect();
        let sessions = sessions_of(&refs);
        let new: Vec<&SessionFirstSeen> = sessions.iter().collect();
        let increments = increments(&refs, &new, &[]);
        assert_eq!(increments.steps.len(), 1);
        assert_eq!(increments.steps.values().sum::<i64>(), 1);
        for dims in LEVELS {
            let level: Vec<_> = increments.stats.iter().filter(|(key, _)| key.dims == dims).collect();
            let sum = |metric: Metric| level.iter().map(|(_, counts)| counts[metric as usize]).sum::<i64>();
            assert_eq!(sum(Metric::Sessions), 1, "level {dims:?}");
            assert_eq!(sum(Metric::GuidesOpened), 1, "level {dims:?}");
            assert_eq!(sum(Metric::HelpAsked), 0, "level {dims:?}");
        }
        let by_guide_locale = StatsKey {
            dims: "gl",
            guide: "bankid-get".into(),
            day: day_of(hour_index(events[0].hour)),
            locale: "ar".into(),
            hour_of_day: -1,
        };
        assert_eq!(increments.stats[&by_guide_locale], [0, 0, 1, 0, 0]);
    }

    #[test]
    fn weekly_increments_sum_the_days_of_a_week() {
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(week_start(day_index(monday)), day_index(monday));
        assert_eq!(week_start(day_index(monday) + 6), day_index(monday), "Sunday");
        assert_eq!(week_start(day_index(monday) + 7), day_index(monday) + 7, "next Monday");
        assert_eq!(week_start(0), -3, "1970-01-01 was a Thursday");

        let at = |hour: &str, seq| {
            let mut opened = event(seq, EventKind::GuideOpened, Uuid::from_u128(seq.into()), hour);
            opened.guide = Some("swish".into());
            opened
        };
        // Tuesday and Sunday of one week, Monday of the next.
        let events = [at("2026-11-24T10:00", 1), at("2026-11-29T10:00", 2), at("2026-11-30T10:00", 3)];
        let refs: Vec<&Event> = events.iter().collect();
        let daily = increments(&refs, &[], &[]);
        let weekly = daily.by_week();
        let opened = |increments: &Increments, day: i64| {
            let key = StatsKey { dims: "g", guide: "swish".into(), day, locale: String::new(), hour_of_day: -1 };
            increments.stats.get(&key).map_or(0, |counts| counts[Metric::GuidesOpened as usize])
        };
        assert_eq!(opened(&weekly, day_index(monday)), 2);
        assert_eq!(opened(&weekly, day_index(monday) + 7), 1);
        assert_eq!(weekly.stats.len() * 3, daily.stats.len() * 2, "two weeks of rows for three days");
    }
}
