//! The rollups the hub keeps beside the raw events, computed per batch at ingest so that
//! `/api/v1/stats` reads a few summed rows instead of millions of events.
//!
//! Three tables, each keyed by kiosk and day so that a date range over a region is a range scan:
//! `daily_counts` (guide × locale × metric) answers totals and grouping by week, weekday, guide,
//! locale and library; `hour_of_day_counts` (hour × guide × metric) answers grouping by hour;
//! `step_counts` (guide × step) answers funnels. A metric is an event kind, or `sessions` /
//! `assisted_sessions`, which count each session once however many batches it spans.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use lotsen_wire::{Event, EventKind, Hour};
use uuid::Uuid;

pub const SESSIONS: &str = "sessions";
pub const ASSISTED_SESSIONS: &str = "assisted_sessions";

/// One rollup table: its name and the key columns after `kiosk_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RollupTable {
    pub name: &'static str,
    pub key_columns: &'static [&'static str],
}

pub const DAILY: RollupTable = RollupTable { name: "daily_counts", key_columns: &["day", "guide", "locale", "metric"] };
pub const HOUR_OF_DAY: RollupTable =
    RollupTable { name: "hour_of_day_counts", key_columns: &["day", "hour_of_day", "guide", "metric"] };
pub const STEPS: RollupTable = RollupTable { name: "step_counts", key_columns: &["day", "guide", "step", "metric"] };

/// One value of a rollup key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KeyPart {
    Int(i64),
    Text(String),
}

/// Counts to add to each rollup table, keyed by the values of its key columns.
#[derive(Debug, Default)]
pub struct Increments(pub HashMap<RollupTable, HashMap<Vec<KeyPart>, i64>>);

impl Increments {
    fn add(&mut self, table: RollupTable, key: Vec<KeyPart>) {
        *self.0.entry(table).or_default().entry(key).or_default() += 1;
    }

    fn count(&mut self, metric: &str, hour: i64, guide: Option<&str>, locale: Option<&str>) {
        let guide = KeyPart::Text(guide.unwrap_or_default().to_owned());
        let metric = KeyPart::Text(metric.to_owned());
        let day = KeyPart::Int(day_of(hour));
        let locale = KeyPart::Text(locale.unwrap_or_default().to_owned());
        self.add(DAILY, vec![day.clone(), guide.clone(), locale, metric.clone()]);
        self.add(HOUR_OF_DAY, vec![day, KeyPart::Int(hour.rem_euclid(24)), guide, metric]);
    }

    fn count_step(&mut self, metric: &str, hour: i64, guide: &str, step: u32) {
        let key = vec![
            KeyPart::Int(day_of(hour)),
            KeyPart::Text(guide.into()),
            KeyPart::Int(step.into()),
            KeyPart::Text(metric.into()),
        ];
        self.add(STEPS, key);
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
        increments.count(event.kind.as_str(), hour, event.guide.as_deref(), event.locale.as_deref());
        if let (EventKind::StepReached | EventKind::GuideAbandoned, Some(guide), Some(step)) =
            (event.kind, &event.guide, event.step)
        {
            increments.count_step(event.kind.as_str(), hour, guide, step);
        }
    }
    for session in new_sessions {
        increments.count(SESSIONS, session.hour, None, session.locale.as_deref());
    }
    for session in newly_assisted {
        let hour = events
            .iter()
            .find(|e| e.session == session.session && e.kind == EventKind::AssistedMarked)
            .map_or(session.hour, |e| hour_index(e.hour));
        increments.count(ASSISTED_SESSIONS, hour, None, session.locale.as_deref());
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
    fn steps_go_to_the_funnel_and_sessions_count_once() {
        let session = Uuid::from_u128(7);
        let mut step = event(2, EventKind::StepReached, session, "2026-11-23T14:00");
        step.guide = Some("bankid-get".into());
        step.step = Some(3);
        let events = [event(1, EventKind::SessionStarted, session, "2026-11-23T14:00"), step];
        let refs: Vec<&Event> = events.iter().collect();
        let sessions = sessions_of(&refs);
        let new: Vec<&SessionFirstSeen> = sessions.iter().collect();
        let increments = increments(&refs, &new, &[]);
        assert_eq!(increments.0[&STEPS].len(), 1);
        assert_eq!(increments.0[&STEPS].values().sum::<i64>(), 1);
        let daily = &increments.0[&DAILY];
        let sessions_rows: i64 =
            daily.iter().filter(|(key, _)| key[3] == KeyPart::Text(SESSIONS.into())).map(|(_, count)| count).sum();
        assert_eq!(sessions_rows, 1);
        assert_eq!(daily.values().sum::<i64>(), 3, "two events and one session");
    }
}
