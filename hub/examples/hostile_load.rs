//! A bounded load test of the hub's connection limits (issue 16): a real `lotsen-hub serve`
//! process on 127.0.0.1, up to 1,000 hostile connections held open (idle, slow headers, slow
//! bodies with a kiosk's token, reopened as the hub closes them), while a normal kiosk sends a
//! batch every second. Stops by itself after `--seconds`; prints what the hub held, its memory
//! and the kiosk's answer times (figures in hub/README.md).
//!
//! ```sh
//! cargo build -p lotsen-hub && cargo run -p lotsen-hub --example hostile_load -- \
//!     --hub target/debug/lotsen-hub --connections 1000 --seconds 40
//! ```

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use clap::Parser;
use lotsen_wire::{Batch, Event, EventKind, Hour, SCHEMA_VERSION};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use uuid::Uuid;

#[derive(Parser)]
struct Args {
    /// The `lotsen-hub` binary to run.
    #[arg(long)]
    hub: std::path::PathBuf,
    /// Hostile connections to keep open (at most 1,000).
    #[arg(long, default_value_t = 1000)]
    connections: usize,
    /// How long the test runs.
    #[arg(long, default_value_t = 40)]
    seconds: u64,
}

/// The three kinds of hostile client, in turn.
#[derive(Debug, Clone, Copy)]
enum Hostile {
    /// Connects and sends nothing.
    Idle,
    /// Sends a request head a byte every second.
    SlowHead,
    /// Sends a kiosk's request head, then its 1 MiB body a byte every second.
    SlowBody,
}

/// Holds one hostile connection open until `deadline`, reconnecting when the hub closes it.
async fn hostile(kind: Hostile, addr: SocketAddr, token: Arc<String>, deadline: Instant, reopened: Arc<AtomicU64>) {
    while Instant::now() < deadline {
        let Ok(mut stream) = TcpStream::connect(addr).await else {
            tokio::time::sleep(Duration::from_millis(200)).await;
            continue;
        };
        let head = match kind {
            Hostile::Idle => String::new(),
            Hostile::SlowHead => "POST /api/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ".to_owned(),
            Hostile::SlowBody => format!(
                "POST /api/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n"
            ),
        };
        if stream.write_all(head.as_bytes()).await.is_err() {
            continue;
        }
        let mut buffer = [0u8; 256];
        loop {
            if Instant::now() >= deadline {
                return;
            }
            let byte: &[u8] = match kind {
                Hostile::Idle => b"",
                Hostile::SlowHead => b"a",
                Hostile::SlowBody => b" ",
            };
            if !byte.is_empty() && stream.write_all(byte).await.is_err() {
                break;
            }
            // Closed by the hub (or answered, e.g. 408): reopen.
            if tokio::time::timeout(Duration::from_secs(1), stream.read(&mut buffer)).await.is_ok() {
                break;
            }
        }
        reopened.fetch_add(1, Ordering::Relaxed);
    }
}

fn batch(kiosk_id: &str, first_seq: u64) -> Batch {
    let session = Uuid::new_v4();
    let hour = Hour::truncate(chrono::Utc::now().naive_utc() - chrono::Duration::hours(1));
    let event = |n: u64, kind| Event {
        seq: first_seq + n,
        kind,
        hour,
        session,
        guide: None,
        step: None,
        locale: Some("sv".into()),
        helpful: None,
        correct: None,
        need: None,
    };
    Batch {
        batch_id: Uuid::new_v4(),
        kiosk_id: kiosk_id.into(),
        schema: SCHEMA_VERSION,
        events: vec![event(0, EventKind::SessionStarted), event(1, EventKind::SessionEnded)],
    }
}

/// Resident memory now and at its peak (VmRSS, VmHWM), in MiB, and open file descriptors.
fn hub_usage(pid: u32) -> Result<(f64, f64, usize)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).context("reading the hub's status")?;
    let field = |name: &str| -> f64 {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd")).map(|dir| dir.count()).unwrap_or(0);
    Ok((field("VmRSS:"), field("VmHWM:"), fds))
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    ensure!(args.connections <= 1000, "at most 1,000 hostile connections");
    let dir = tempfile::tempdir()?;
    let database = format!("sqlite:{}", dir.path().join("hub.sqlite3").display());
    let added = Command::new(&args.hub)
        .args([
            "--database",
            &database,
            "kiosk",
            "add",
            "--library",
            "Lastbiblioteket",
            "--region",
            "Test",
            "--id",
            "load-1",
        ])
        .output()
        .context("running lotsen-hub kiosk add")?;
    ensure!(added.status.success(), "kiosk add: {}", String::from_utf8_lossy(&added.stderr));
    let token = String::from_utf8(added.stdout)?
        .lines()
        .find_map(|line| line.strip_prefix("token:").map(|t| t.trim().to_owned()))
        .context("no token in kiosk add's output")?;
    let token = Arc::new(token);

    let mut hub = Command::new(&args.hub)
        .args(["--database", &database, "serve", "--listen", "127.0.0.1:0"])
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "warn,lotsen_hub::server=info")
        .stderr(Stdio::piped())
        .spawn()
        .context("starting lotsen-hub serve")?;
    let mut log = BufReader::new(hub.stderr.take().context("the hub's log")?).lines();
    let addr: SocketAddr = loop {
        let line = log.next().context("the hub stopped before listening")??;
        if let Some(addr) = line.split("addr=").nth(1).filter(|_| line.contains("hub listening")) {
            break addr.trim().parse()?;
        }
    };
    std::thread::spawn(move || log.for_each(drop));
    let pid = hub.id();
    let (idle_rss, _, idle_fds) = hub_usage(pid)?;

    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let reopened = Arc::new(AtomicU64::new(0));
    let kinds = [Hostile::Idle, Hostile::SlowHead, Hostile::SlowBody];
    let clients: Vec<_> = (0..args.connections)
        .map(|n| tokio::spawn(hostile(kinds[n % 3], addr, token.clone(), deadline, reopened.clone())))
        .collect();

    // The normal kiosk: one batch a second, on a fresh connection each time.
    let client = reqwest::Client::builder().pool_max_idle_per_host(0).timeout(Duration::from_secs(10)).build()?;
    let (mut times, mut failures, mut seq, mut most_fds, mut most_rss) = (Vec::new(), 0, 1, 0, 0.0f64);
    tokio::time::sleep(Duration::from_secs(2)).await;
    while Instant::now() + Duration::from_secs(1) < deadline {
        let started = Instant::now();
        let sent = client
            .post(format!("http://{addr}{}", lotsen_wire::BATCHES_PATH))
            .bearer_auth(token.as_str())
            .json(&batch("load-1", seq))
            .send()
            .await;
        match sent {
            Ok(response) if response.status().is_success() => times.push(started.elapsed()),
            _ => failures += 1,
        }
        seq += 2;
        let (rss, _, fds) = hub_usage(pid)?;
        most_fds = most_fds.max(fds);
        most_rss = most_rss.max(rss);
        tokio::time::sleep(Duration::from_secs(1).saturating_sub(started.elapsed())).await;
    }
    for client in clients {
        let _ = client.await;
    }
    let (_, peak_rss, _) = hub_usage(pid)?;
    let _ = hub.kill();
    let _ = hub.wait();

    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("hostile connections: {} (idle, slow head, slow body in turn) for {} s", args.connections, args.seconds);
    println!("reopened after the hub closed them: {}", reopened.load(Ordering::Relaxed));
    println!("hub file descriptors: {idle_fds} idle, at most {most_fds} under load");
    println!("hub memory: {idle_rss:.1} MiB idle, at most {most_rss:.1} MiB sampled, peak (VmHWM) {peak_rss:.1} MiB");
    if let (Some(first), Some(last)) = (times.first(), times.last()) {
        println!(
            "normal batches: {} answered, {failures} failed; answer time min {:.1} ms, median {:.1} ms, max {:.1} ms",
            times.len(),
            ms(*first),
            ms(times[times.len() / 2]),
            ms(*last)
        );
    } else {
        println!("normal batches: none answered, {failures} failed");
    }
    Ok(())
}
