//! Benchmarks of a real hub over HTTP on loopback (see hub/README.md for the figures).
//!
//! ```sh
//! cargo run --release -p lotsen-hub --example bench -- ingest --database sqlite:/tmp/bench-ingest.sqlite3
//! cargo run --release -p lotsen-hub --example bench -- stats --database sqlite:/tmp/bench-10m.sqlite3 --events 10000000
//! ```
//! `ingest` sends pre-built batches from several kiosks at once and reports events/s.
//! `stats` fills a database with synthetic traffic (if it holds fewer events than asked), then
//! times `/api/v1/stats` queries. Both start the hub in-process on 127.0.0.1:0 with the kiosk
//! rate limit raised (the limit would otherwise throttle the benchmark, not the hub).

use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use chrono::{NaiveDate, NaiveDateTime};
use clap::{Parser, Subcommand};
use lotsen_hub::Hub;
use lotsen_wire::{Batch, Event, EventKind, Hour};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest throughput: several kiosks posting batches at once.
    Ingest {
        #[arg(long)]
        database: String,
        #[arg(long, default_value_t = 8)]
        kiosks: usize,
        #[arg(long, default_value_t = 400_000)]
        events: usize,
        #[arg(long, default_value_t = 1000)]
        batch_size: usize,
    },
    /// Stats latency over a database of `--events` events (filled first if it has fewer).
    Stats {
        #[arg(long)]
        database: String,
        #[arg(long, default_value_t = 10_000_000)]
        events: usize,
        /// Kiosks of the synthetic region data (4 regions, one library per kiosk).
        #[arg(long, default_value_t = 40)]
        kiosks: usize,
        #[arg(long, default_value_t = 730)]
        days: i64,
        #[arg(long, default_value_t = 7)]
        runs: usize,
    },
}

const GUIDES: [&str; 12] = [
    "bankid-get",
    "bankid-use",
    "freja-get",
    "swish",
    "internet-bank",
    "1177-login",
    "1177-prescriptions",
    "skatteverket-declaration",
    "kivra",
    "digital-mailbox",
    "bank-scams",
    "bankid-safety",
];
/// Locales weighted roughly as a Swedish library's visitors might be.
const LOCALES: [(&str, u32); 8] =
    [("sv", 40), ("ar", 15), ("en", 10), ("fa", 8), ("so", 8), ("ti", 6), ("uk", 7), ("fi", 6)];
const REGIONS: [&str; 4] = ["Västerbotten", "Norrbotten", "Jämtland", "Västernorrland"];

fn pick_locale(rng: &mut StdRng) -> &'static str {
    let total: u32 = LOCALES.iter().map(|(_, w)| w).sum();
    let mut roll = rng.random_range(0..total);
    for (locale, weight) in LOCALES {
        if roll < weight {
            return locale;
        }
        roll -= weight;
    }
    "sv"
}

/// One synthetic visit: language, one or two guides with steps, sometimes help, assistance,
/// feedback. About 12 events on average.
fn visit(rng: &mut StdRng, at: Hour, next_seq: &mut u64, events: &mut Vec<Event>) {
    let session = Uuid::from_u128(rng.random());
    let locale = pick_locale(rng);
    let mut push = |kind: EventKind, guide: Option<&str>, step: Option<u32>, events: &mut Vec<Event>| {
        events.push(Event {
            seq: *next_seq,
            kind,
            hour: at,
            session,
            guide: guide.map(str::to_owned),
            step,
            locale: Some(locale.to_owned()),
            helpful: (kind == EventKind::FeedbackGiven).then_some(true),
            correct: None,
            need: None,
        });
        *next_seq += 1;
    };
    push(EventKind::SessionStarted, None, None, events);
    push(EventKind::LanguageChosen, None, None, events);
    for _ in 0..rng.random_range(1..=2) {
        let guide = GUIDES[rng.random_range(0..GUIDES.len())];
        push(EventKind::GuideOpened, Some(guide), None, events);
        let steps = rng.random_range(3..=8);
        let completed = rng.random_bool(0.6);
        let reached = if completed { steps } else { rng.random_range(1..=steps) };
        for step in 1..=reached {
            push(EventKind::StepReached, Some(guide), Some(step), events);
        }
        if completed {
            push(EventKind::GuideCompleted, Some(guide), Some(reached), events);
            if rng.random_bool(0.3) {
                push(EventKind::FeedbackGiven, Some(guide), None, events);
            }
        } else {
            push(EventKind::GuideAbandoned, Some(guide), Some(reached), events);
        }
    }
    if rng.random_bool(0.2) {
        push(EventKind::HelpAsked, None, None, events);
    }
    if rng.random_bool(0.3) {
        push(EventKind::AssistedMarked, None, None, events);
    }
    push(EventKind::SessionEnded, None, None, events);
}

fn hour_of(day: NaiveDate, hour: u32) -> Hour {
    Hour::truncate(NaiveDateTime::from(day) + chrono::Duration::hours(hour.into()))
}

struct Server {
    hub: Hub,
    handle: lotsen_hub::ServeHandle,
    client: reqwest::Client,
}

async fn start(database: &str) -> Result<Server> {
    let hub = Hub::open(database).await?.with_kiosk_rate_limit(100_000, 100_000)?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let handle = lotsen_hub::serve(listener, hub.clone())?;
    Ok(Server { hub, handle, client: reqwest::Client::new() })
}

/// Posts pre-serialised batches one after another; returns each request's latency.
async fn send_all(client: reqwest::Client, url: String, token: String, bodies: Vec<Vec<u8>>) -> Result<Vec<Duration>> {
    let mut latencies = Vec::with_capacity(bodies.len());
    for body in bodies {
        let started = Instant::now();
        let response =
            client.post(&url).bearer_auth(&token).header("content-type", "application/json").body(body).send().await?;
        let status = response.status();
        ensure!(status.is_success(), "batch refused: {status} {}", response.text().await.unwrap_or_default());
        latencies.push(started.elapsed());
    }
    Ok(latencies)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

async fn ingest(database: &str, kiosks: usize, events: usize, batch_size: usize) -> Result<()> {
    let server = start(database).await?;
    let url = format!("{}{}", server.handle.base_url(), lotsen_wire::BATCHES_PATH);
    let mut rng = StdRng::seed_from_u64(1);
    let per_kiosk = events / kiosks;
    let mut work = Vec::new();
    for k in 0..kiosks {
        let issued = server.hub.add_kiosk(&format!("Bench library {k}"), REGIONS[k % REGIONS.len()], None).await?;
        let mut all = Vec::with_capacity(per_kiosk + 64);
        let mut seq = 1;
        let day = NaiveDate::from_ymd_opt(2025, 3, 3).context("date")?;
        while all.len() < per_kiosk {
            let at = hour_of(day, rng.random_range(10..19));
            visit(&mut rng, at, &mut seq, &mut all);
        }
        all.truncate(per_kiosk);
        let bodies = all
            .chunks(batch_size)
            .map(|chunk| {
                serde_json::to_vec(&Batch {
                    batch_id: Uuid::new_v4(),
                    kiosk_id: issued.kiosk_id.clone(),
                    schema: 1,
                    events: chunk.to_vec(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        work.push((issued.token, bodies));
    }
    let bytes: usize = work.iter().flat_map(|(_, bodies)| bodies.iter().map(Vec::len)).sum();
    println!(
        "ingest: {kiosks} kiosks × {per_kiosk} events in batches of {batch_size} ({:.1} MB of JSON), {}",
        bytes as f64 / 1e6,
        server.hub.database()
    );
    let started = Instant::now();
    let tasks: Vec<_> = work
        .into_iter()
        .map(|(token, bodies)| tokio::spawn(send_all(server.client.clone(), url.clone(), token, bodies)))
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await??);
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let (stored, batches) = server.hub.totals().await?;
    ensure!(stored as usize == per_kiosk * kiosks, "stored {stored} events, sent {}", per_kiosk * kiosks);
    println!(
        "ingest: {} events in {batches} batches in {:.2} s = {:.0} events/s; batch latency p50 {:?}, p99 {:?}",
        stored,
        elapsed.as_secs_f64(),
        stored as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99)
    );
    server.handle.shutdown().await
}

/// Fills the database with `events` events over `days` days from `kiosks` kiosks, sent over HTTP
/// in batches of 2000 by all kiosks at once.
async fn fill(server: &Server, events: usize, kiosks: usize, days: i64) -> Result<()> {
    let url = format!("{}{}", server.handle.base_url(), lotsen_wire::BATCHES_PATH);
    let first_day = NaiveDate::from_ymd_opt(2024, 1, 1).context("date")?;
    let per_kiosk = events.div_ceil(kiosks);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for k in 0..kiosks {
        let issued = server.hub.add_kiosk(&format!("Bench library {k}"), REGIONS[k % REGIONS.len()], None).await?;
        let (client, url) = (server.client.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            let mut rng = StdRng::seed_from_u64(k as u64);
            let visits_per_day = per_kiosk as f64 / 12.0 / days as f64;
            let mut seq = 1;
            let mut pending = Vec::new();
            let mut sent = 0;
            for day in 0..days {
                let date = first_day + chrono::Duration::days(day);
                let visits = rng.random_range(visits_per_day * 0.5..visits_per_day * 1.5).round() as usize;
                for _ in 0..visits {
                    let at = hour_of(date, rng.random_range(10..19));
                    visit(&mut rng, at, &mut seq, &mut pending);
                }
                if pending.len() >= 2000 || day == days - 1 {
                    for chunk in pending.chunks(2000) {
                        let body = serde_json::to_vec(&Batch {
                            batch_id: Uuid::new_v4(),
                            kiosk_id: issued.kiosk_id.clone(),
                            schema: 1,
                            events: chunk.to_vec(),
                        })?;
                        send_all(client.clone(), url.clone(), issued.token.clone(), vec![body]).await?;
                    }
                    sent += pending.len();
                    pending.clear();
                }
            }
            anyhow::Ok(sent)
        }));
    }
    let mut sent = 0;
    for task in tasks {
        sent += task.await??;
    }
    let elapsed = started.elapsed();
    println!(
        "fill: {sent} events from {kiosks} kiosks over {days} days in {:.0} s ({:.0} events/s)",
        elapsed.as_secs_f64(),
        sent as f64 / elapsed.as_secs_f64()
    );
    Ok(())
}

async fn stats(database: &str, events: usize, kiosks: usize, days: i64, runs: usize) -> Result<()> {
    let server = start(database).await?;
    let (stored, _) = server.hub.totals().await?;
    if (stored as usize) < events * 9 / 10 {
        ensure!(stored == 0, "{database} holds {stored} events, fewer than asked: use an empty or a full database");
        fill(&server, events, kiosks, days).await?;
    }
    let (stored, batches) = server.hub.totals().await?;
    println!("stats: {stored} events in {batches} batches, {}", server.hub.database());
    let region = server.hub.add_api_token(REGIONS[0]).await?.token;
    let queries = [
        "",
        "group_by=week",
        "group_by=library",
        "group_by=locale",
        "group_by=hour",
        "group_by=weekday",
        "group_by=guide",
        "guide=bankid-get&group_by=week",
        "from=2025-01-01&to=2025-12-31&group_by=week",
        "from=2025-11-01&to=2025-11-30&library=Bench%20library%200&group_by=hour",
    ];
    let url = format!("{}{}", server.handle.base_url(), lotsen_hub::STATS_PATH);
    for query in queries {
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let started = Instant::now();
            let response = server.client.get(format!("{url}?{query}")).bearer_auth(&region).send().await?;
            ensure!(response.status().is_success(), "{query}: {}", response.status());
            let body = response.bytes().await?;
            times.push(started.elapsed());
            ensure!(!body.is_empty());
        }
        times.sort();
        println!(
            "stats ?{query:<72} median {:>7.1} ms  max {:>7.1} ms",
            ms(percentile(&times, 0.5)),
            ms(times[times.len() - 1])
        );
    }
    server.handle.shutdown().await
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()))
        .init();
    match Cli::parse().command {
        Command::Ingest { database, kiosks, events, batch_size } => ingest(&database, kiosks, events, batch_size).await,
        Command::Stats { database, events, kiosks, days, runs } => stats(&database, events, kiosks, days, runs).await,
    }
}
