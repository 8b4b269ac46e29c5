//! `lotsen-hub demo-data`: fills a hub with realistic generated usage, stored through the same
//! store path as `POST /api/v1/batches` (validated batches, `Store::store_batch`), so rollups
//! and session counting are exactly those of real kiosks.

use anyhow::{Context, Result, bail};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};
use lotsen_wire::{Batch, Event, EventKind, Hour, MAX_EVENTS_PER_BATCH, SCHEMA_VERSION};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use crate::hub::Hub;
use crate::ingest;

/// Libraries in northern Sweden: (name, region, relative size). The last one is small on
/// purpose, so that the dashboard has cells below 5 to hide.
const LIBRARIES: [(&str, &str, f64); 14] = [
    ("Umeå stadsbibliotek", "Västerbotten", 3.0),
    ("Skellefteå stadsbibliotek", "Västerbotten", 2.2),
    ("Lycksele bibliotek", "Västerbotten", 1.0),
    ("Vilhelmina bibliotek", "Västerbotten", 0.7),
    ("Vännäs bibliotek", "Västerbotten", 0.8),
    ("Sundsvalls stadsbibliotek", "Västernorrland", 2.5),
    ("Härnösands bibliotek", "Västernorrland", 1.3),
    ("Örnsköldsviks stadsbibliotek", "Västernorrland", 1.6),
    ("Kramfors bibliotek", "Västernorrland", 0.9),
    ("Sollefteå bibliotek", "Västernorrland", 0.8),
    ("Luleå stadsbibliotek", "Norrbotten", 2.4),
    ("Kiruna stadsbibliotek", "Norrbotten", 1.1),
    ("Piteå stadsbibliotek", "Norrbotten", 1.5),
    ("Sorsele bibliotek", "Västerbotten", 0.005),
];

/// Guides as in `guides/` (folder names), with how often each is opened and how many steps
/// it has; the step where many give up is the hard one (e.g. waiting for the ID card).
const GUIDES: [(&str, f64, u32, u32); 16] = [
    ("bankid-get", 9.0, 8, 4),
    ("bankid-use", 7.0, 6, 3),
    ("bankid-renew", 3.0, 6, 3),
    ("bankid-safety", 4.0, 5, 2),
    ("freja-get", 5.0, 8, 5),
    ("bank-login", 6.0, 5, 2),
    ("bank-pay-bill", 4.0, 7, 5),
    ("bank-scams", 3.0, 5, 3),
    ("swish-setup", 4.0, 6, 4),
    ("1177-login", 6.0, 5, 2),
    ("1177-appointments", 3.0, 6, 4),
    ("1177-journal-prescriptions", 2.5, 6, 3),
    ("1177-messages-children", 1.5, 7, 5),
    ("digital-mailbox", 3.5, 6, 3),
    ("tax-declaration", 2.0, 8, 6),
    ("safe-help", 1.0, 4, 2),
];

const LOCALES: [(&str, f64); 8] =
    [("sv", 40.0), ("ar", 14.0), ("en", 10.0), ("fa", 8.0), ("so", 9.0), ("ti", 5.0), ("uk", 9.0), ("fi", 5.0)];

/// Opening hours: visits per hour of day (0 when closed), Monday..Friday and Saturday; most
/// libraries are closed on Sunday.
const WEEKDAY_HOURS: [f64; 24] =
    [0., 0., 0., 0., 0., 0., 0., 0., 0., 0.6, 1.0, 1.2, 1.1, 1.3, 1.4, 1.2, 1.0, 0.8, 0.6, 0.3, 0., 0., 0., 0.];
const CLOSED: [f64; 24] = [0.0; 24];
const SATURDAY_HOURS: [f64; 24] =
    [0., 0., 0., 0., 0., 0., 0., 0., 0., 0., 0.2, 0.9, 1.0, 0.8, 0.4, 0., 0., 0., 0., 0., 0., 0., 0., 0.];

#[derive(Debug, Clone)]
pub struct DemoOptions {
    pub libraries: usize,
    pub days: i64,
    pub seed: u64,
    /// Visits per hour of an average library at its busiest (≈ 1 gives ~10 a day).
    pub intensity: f64,
}

impl Default for DemoOptions {
    fn default() -> DemoOptions {
        DemoOptions { libraries: 12, days: 180, seed: 2026, intensity: 1.0 }
    }
}

/// What was generated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub kiosks: usize,
    pub events: usize,
    pub batches: usize,
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T], weight: impl Fn(&T) -> f64) -> &'a T {
    let total: f64 = items.iter().map(&weight).sum();
    let mut left = rng.random::<f64>() * total;
    for item in items {
        left -= weight(item);
        if left <= 0.0 {
            return item;
        }
    }
    items.last().expect("a non-empty list")
}

/// A Poisson-distributed count (Knuth's method; means here are small).
fn poisson(rng: &mut StdRng, mean: f64) -> u32 {
    let limit = (-mean).exp();
    let (mut count, mut product) = (0, rng.random::<f64>());
    while product > limit {
        count += 1;
        product *= rng.random::<f64>();
    }
    count
}

/// The events of one visit at `hour`.
fn visit(rng: &mut StdRng, hour: Hour, events: &mut Vec<Event>, next_seq: &mut u64) {
    let session = Uuid::from_u128(rng.random());
    let locale = pick(rng, &LOCALES, |l| l.1).0;
    let (guide, _, steps, hard_step) = *pick(rng, &GUIDES, |g| g.1);
    let mut push = |kind: EventKind, guide: Option<&str>, step: Option<u32>| {
        events.push(Event {
            seq: *next_seq,
            kind,
            hour,
            session,
            guide: guide.map(str::to_owned),
            step,
            locale: Some(locale.to_owned()),
            helpful: None,
            correct: None,
            need: None,
        });
        *next_seq += 1;
    };
    push(EventKind::SessionStarted, None, None);
    push(EventKind::LanguageChosen, None, None);
    push(EventKind::GuideOpened, Some(guide), None);
    // Visitors in a language other than Swedish give up a little more often.
    let give_up = if locale == "sv" { 0.04 } else { 0.06 };
    let mut completed = true;
    for step in 1..=steps {
        push(EventKind::StepReached, Some(guide), Some(step));
        let chance = if step == hard_step { give_up * 4.0 } else { give_up };
        if rng.random::<f64>() < chance {
            push(EventKind::GuideAbandoned, Some(guide), Some(step));
            completed = false;
            break;
        }
    }
    if completed {
        push(EventKind::GuideCompleted, Some(guide), None);
    }
    if rng.random::<f64>() < 0.12 {
        push(EventKind::HelpAsked, None, None);
    }
    if rng.random::<f64>() < if locale == "sv" { 0.12 } else { 0.25 } {
        push(EventKind::AssistedMarked, None, None);
    }
    push(EventKind::SessionEnded, None, None);
}

fn hour_at(day: NaiveDate, hour: u32) -> Hour {
    Hour::truncate(NaiveDateTime::new(day, chrono::NaiveTime::from_hms_opt(hour, 0, 0).expect("an hour of the day")))
}

/// Adds `options.libraries` kiosks (one per library) and `options.days` days of usage up to
/// the current hour. One library stops syncing 5 days before the end (it shows as silent).
pub async fn generate(hub: &Hub, options: &DemoOptions) -> Result<DemoSummary> {
    if options.libraries == 0 || options.libraries > LIBRARIES.len() {
        bail!("--libraries must be 1..={}", LIBRARIES.len());
    }
    if !(1..=3650).contains(&options.days) {
        bail!("--days must be 1..=3650");
    }
    let mut rng = StdRng::seed_from_u64(options.seed);
    let now = Utc::now().naive_utc();
    let today = now.date();
    let first_day = today - Duration::days(options.days - 1);
    // Keep the small library whatever the count, so that there is always something to hide.
    let mut chosen: Vec<(&str, &str, f64)> = LIBRARIES[..options.libraries - 1].to_vec();
    chosen.push(LIBRARIES[LIBRARIES.len() - 1]);
    let silent_library = if chosen.len() > 2 { Some(chosen[chosen.len() - 2].0) } else { None };
    let mut summary = DemoSummary::default();
    for (library, region, size) in chosen {
        let kiosk =
            hub.add_kiosk(library, region, None).await.with_context(|| format!("adding a kiosk for {library}"))?;
        summary.kiosks += 1;
        let last_day = if Some(library) == silent_library { today - Duration::days(5) } else { today };
        let mut next_seq = 1u64;
        let mut day = first_day;
        while day <= last_day {
            let hours = match day.weekday() {
                chrono::Weekday::Sun => CLOSED,
                chrono::Weekday::Sat => SATURDAY_HOURS,
                _ => WEEKDAY_HOURS,
            };
            let mut events = Vec::new();
            for (hour, weight) in hours.iter().enumerate() {
                let hour = hour as u32;
                if *weight == 0.0 || (day == today && hour >= now.hour()) {
                    continue;
                }
                for _ in 0..poisson(&mut rng, weight * size * options.intensity) {
                    visit(&mut rng, hour_at(day, hour), &mut events, &mut next_seq);
                }
            }
            // The kiosk syncs in the evening of the day (or now, for today).
            let synced = NaiveDateTime::new(day, chrono::NaiveTime::from_hms_opt(20, 0, 0).expect("20:00")).min(now);
            for chunk in events.chunks(MAX_EVENTS_PER_BATCH) {
                let batch = Batch {
                    batch_id: Uuid::from_u128(rng.random()),
                    kiosk_id: kiosk.kiosk_id.clone(),
                    schema: SCHEMA_VERSION,
                    events: chunk.to_vec(),
                };
                batch.validate().with_context(|| format!("generated batch of {library} on {day}"))?;
                hub.store
                    .store_batch_received_at(
                        &kiosk.kiosk_id,
                        &batch,
                        &ingest::content_hash(&batch),
                        synced.and_utc().timestamp(),
                    )
                    .await
                    .with_context(|| format!("storing generated events of {library} on {day}"))?;
                summary.batches += 1;
                summary.events += chunk.len();
            }
            day += Duration::days(1);
        }
        tracing::info!(library, events = summary.events, "demo data generated");
    }
    Ok(summary)
}
