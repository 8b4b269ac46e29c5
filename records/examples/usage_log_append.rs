//! Benchmark: how long appending one usage event takes, as the UI thread sees it.
//!
//!     cargo run --release -p lotsen-records --example usage_log_append [-- EVENTS [DATA_DIR]]
//!
//! Prints percentiles of two timings over EVENTS events (default 20000), one event at a time
//! with a short pause between, as a visitor's taps would arrive:
//! - `record`: what the UI thread waits for (check, stamp, hand to the writer thread);
//! - `record + flush`: until the event is committed to disk (WAL, synchronous=FULL).
//!
//! DATA_DIR defaults to a temp dir under the system temp dir; pass a path on the kiosk's real
//! disk to measure that disk.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use lotsen_records::{EventRecord, UsageLog};
use lotsen_wire::EventKind;
use uuid::Uuid;

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let events: usize =
        args.next().map(|n| n.parse()).transpose().context("EVENTS must be a number")?.unwrap_or(20_000);
    let temp = tempfile::tempdir()?;
    let dir = args.next().map(PathBuf::from).unwrap_or_else(|| temp.path().to_path_buf());
    let usage_log = UsageLog::open(&dir)?;
    let session = Uuid::new_v4();
    let event = |i: usize| EventRecord::new(EventKind::StepReached, session).guide("bankid-get").step((i % 20) as u32);

    let mut record = Vec::with_capacity(events);
    for i in 0..events {
        let started = Instant::now();
        usage_log.record(event(i))?;
        record.push(started.elapsed());
        std::thread::sleep(Duration::from_micros(200));
    }
    usage_log.flush(Duration::from_secs(60))?;

    let mut committed = Vec::with_capacity(events / 10);
    for i in 0..events / 10 {
        let started = Instant::now();
        usage_log.record(event(i))?;
        usage_log.flush(Duration::from_secs(60))?;
        committed.push(started.elapsed());
    }
    println!("usage log in {}", dir.display());
    report("record", &mut record);
    report("record + flush", &mut committed);
    Ok(())
}

fn report(name: &str, timings: &mut [Duration]) {
    timings.sort();
    let at = |quantile: f64| timings[((timings.len() - 1) as f64 * quantile).round() as usize].as_secs_f64() * 1e6;
    println!(
        "{name:>15}: n={} p50={:.1} µs p99={:.1} µs p99.9={:.1} µs max={:.1} µs",
        timings.len(),
        at(0.5),
        at(0.99),
        at(0.999),
        at(1.0)
    );
}
