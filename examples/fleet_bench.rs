//! Benchmarks of content updates across a region (README "Performance"), against a real hub in
//! this process (its own runtime, threads named `hub…`, its SQLite in a temp dir) and real kiosk
//! code (`ContentFetcher`, `ContentStore`):
//!
//! ```sh
//! cargo run --release --example fleet_bench -- pack DIR         # the full library as a pack: DIR/full.tar, DIR/keys/
//! cargo run --release --example fleet_bench -- not-modified 1000 5  # 1,000 kiosks ask 5 times each, all 304
//! cargo run --release --example fleet_bench -- publish 200       # publish, then until 200 kiosks have staged it
//! ```
//! The hub's CPU time is read from /proc for its threads alone (the tokio workers and the SQLite
//! workers), not the simulated kiosks'.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use lotsen::updates::{ContentFetcher, ContentStore};
use lotsen_hub::Hub;
use lotsen_records::{HubClient, Settings, SyncConfig};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |index: usize, default: usize| -> Result<usize> {
        args.get(index).map_or(Ok(default), |text| text.parse().with_context(|| format!("{text:?} is not a number")))
    };
    match args.first().map(String::as_str) {
        Some("pack") => {
            let dir = PathBuf::from(args.get(1).context("pack DIR")?);
            let (pack, _) = full_library_pack(&dir)?;
            println!("{}: {} bytes", pack.display(), std::fs::metadata(&pack)?.len());
            Ok(())
        }
        Some("not-modified") => not_modified(number(1, 1000)?, number(2, 5)?),
        Some("publish") => publish(number(1, 200)?),
        _ => bail!("usage: fleet_bench pack DIR | not-modified [KIOSKS] [ROUNDS] | publish [KIOSKS]"),
    }
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository's guides/ and locales/ as pack 1, signed with a new key in `dir/keys`.
fn full_library_pack(dir: &Path) -> Result<(PathBuf, lotsen_pack::TrustedKey)> {
    let keys = lotsen_pack::generate_key_pair(&dir.join("keys"))?;
    let key = lotsen_pack::SigningKey::from_file(&keys.secret)?;
    let out = dir.join("full.tar");
    let manifest = lotsen_pack::write(&repo(), 1, "0.1.0".parse()?, chrono::Utc::now(), &key, &out)?;
    eprintln!("pack: {} files, {} bytes unpacked", manifest.files.len(), manifest.unpacked_bytes());
    Ok((out, lotsen_pack::TrustedKey::from_file(&keys.public)?))
}

/// A hub on its own runtime, serving on 127.0.0.1, with `kiosks` kiosks (their tokens).
struct TestHub {
    hub: Hub,
    url: String,
    tokens: Vec<(String, String)>,
    runtime: tokio::runtime::Runtime,
    _server: lotsen_hub::ServeHandle,
    _dir: tempfile::TempDir,
}

fn start_hub(kiosks: usize) -> Result<TestHub> {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).thread_name("hub").enable_all().build()?;
    let dir = tempfile::tempdir()?;
    let hub = runtime.block_on(Hub::open(&format!("sqlite:{}", dir.path().join("hub.sqlite3").display())))?;
    let started = Instant::now();
    let mut tokens = Vec::new();
    for n in 0..kiosks {
        let issued = runtime.block_on(hub.add_kiosk(
            &format!("Bibliotek {}", n / 2),
            "Västerbotten",
            Some(&format!("kiosk-{n}")),
        ))?;
        tokens.push((issued.kiosk_id, issued.token));
    }
    eprintln!("{kiosks} kiosks added in {:.1} s", started.elapsed().as_secs_f64());
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let server = {
        let _entered = runtime.enter();
        lotsen_hub::serve(listener, hub.clone())?
    };
    Ok(TestHub { url: server.base_url(), hub, tokens, runtime, _server: server, _dir: dir })
}

/// CPU seconds (user + system) used so far by this process's threads whose name starts with one
/// of `prefixes`.
fn thread_cpu_seconds(prefixes: &[&str]) -> f64 {
    // USER_HZ: /proc counts CPU time in hundredths of a second on Linux.
    let ticks = 100.0;
    let mut total = 0.0;
    for task in std::fs::read_dir("/proc/self/task").into_iter().flatten().flatten() {
        let name = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
        if !prefixes.iter().any(|prefix| name.starts_with(prefix)) {
            continue;
        }
        let stat = std::fs::read_to_string(task.path().join("stat")).unwrap_or_default();
        // Fields after the command name in parentheses; utime and stime are the 12th and 13th.
        let fields: Vec<&str> =
            stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
        let field = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or_default();
        total += (field(11) + field(12)) / ticks;
    }
    total
}

const HUB_THREADS: [&str; 2] = ["hub", "sqlx"];

/// `kiosks` kiosks each ask `rounds` times with the ETag of their first answer: every answer a 304.
fn not_modified(kiosks: usize, rounds: usize) -> Result<()> {
    let hub = start_hub(kiosks)?;
    let client = reqwest::Client::builder().pool_max_idle_per_host(64).build()?;
    let load =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).thread_name("load").enable_all().build()?;
    let url = format!("{}{}", hub.url, lotsen_wire::CONTENT_PATH);
    // The first answer of each kiosk: its ETag.
    let etags: Vec<(String, String)> = load.block_on(async {
        let mut etags = Vec::new();
        for (_, token) in &hub.tokens {
            let response = client.get(&url).bearer_auth(token).send().await?;
            let etag = response.headers().get("etag").context("an ETag")?.to_str()?.to_owned();
            etags.push((token.clone(), etag));
        }
        anyhow::Ok(etags)
    })?;
    let etags = Arc::new(etags);
    let not_modified = Arc::new(AtomicUsize::new(0));
    let cpu_before = thread_cpu_seconds(&HUB_THREADS);
    let started = Instant::now();
    load.block_on(async {
        let mut tasks = Vec::new();
        const CONNECTIONS: usize = 50;
        for worker in 0..CONNECTIONS {
            let (client, url, etags, not_modified) = (client.clone(), url.clone(), etags.clone(), not_modified.clone());
            tasks.push(tokio::spawn(async move {
                for _ in 0..rounds {
                    for (token, etag) in etags.iter().skip(worker).step_by(CONNECTIONS) {
                        let response = client.get(&url).bearer_auth(token).header("if-none-match", etag).send().await?;
                        if response.status() == reqwest::StatusCode::NOT_MODIFIED {
                            not_modified.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
                anyhow::Ok(())
            }));
        }
        for task in tasks {
            task.await??;
        }
        anyhow::Ok(())
    })?;
    let wall = started.elapsed().as_secs_f64();
    let cpu = thread_cpu_seconds(&HUB_THREADS) - cpu_before;
    let requests = kiosks * rounds;
    let answered = not_modified.load(Ordering::Relaxed);
    println!(
        "{requests} requests from {kiosks} kiosks ({answered} answered 304) in {wall:.2} s: {:.0} req/s; hub CPU {cpu:.2} s ({:.0}% of one core, {:.2} ms per request)",
        requests as f64 / wall,
        100.0 * cpu / wall,
        1000.0 * cpu / requests as f64
    );
    drop(hub.runtime);
    Ok(())
}

/// `kiosks` kiosks (the kiosk's own fetcher and store, each its own data dir) ask every second;
/// the full library is published; the time until every one has verified, checked and staged it.
fn publish(kiosks: usize) -> Result<()> {
    let scratch = tempfile::tempdir()?;
    let (pack, key) = full_library_pack(scratch.path())?;
    let hub = start_hub(kiosks)?;
    let staged = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut threads = Vec::new();
    for (kiosk_id, token) in &hub.tokens {
        let data = scratch.path().join(kiosk_id);
        let settings = Settings {
            kiosk_id: kiosk_id.clone(),
            hub_url: hub.url.clone(),
            hub_token: token.clone(),
            content_public_key: key.to_base64(),
            ..Settings::default()
        };
        let (staged, stop) = (staged.clone(), stop.clone());
        threads.push(std::thread::Builder::new().name("kiosk".into()).stack_size(1 << 20).spawn(
            move || -> Result<()> {
                let store = ContentStore::open(&data, &repo())?;
                let mut fetcher = ContentFetcher::new(store.clone(), &settings);
                let client = HubClient::new(&SyncConfig::from_settings(&settings))?.context("a hub")?;
                while !stop.load(Ordering::Relaxed) {
                    fetcher.check_for_updates(&client);
                    if store.state().staged.is_some() {
                        staged.fetch_add(1, Ordering::Relaxed);
                        return Ok(());
                    }
                    std::thread::sleep(Duration::from_secs(1));
                }
                Ok(())
            },
        )?);
    }
    std::thread::sleep(Duration::from_secs(3));
    let data = std::fs::read(&pack)?;
    let cpu_before = thread_cpu_seconds(&HUB_THREADS);
    let started = Instant::now();
    hub.runtime.block_on(hub.hub.trust_content_key(&key.to_text()))?;
    hub.runtime.block_on(hub.hub.publish_content(&data, None))?;
    let published = started.elapsed().as_secs_f64();
    let mut last = 0;
    while staged.load(Ordering::Relaxed) < kiosks {
        if started.elapsed() > Duration::from_secs(1800) {
            stop.store(true, Ordering::Relaxed);
            bail!("only {} of {kiosks} kiosks staged the pack in 30 minutes", staged.load(Ordering::Relaxed));
        }
        let now = staged.load(Ordering::Relaxed);
        if now / 50 != last / 50 {
            eprintln!("{now} staged after {:.1} s", started.elapsed().as_secs_f64());
        }
        last = now;
        std::thread::sleep(Duration::from_millis(50));
    }
    let wall = started.elapsed().as_secs_f64();
    let cpu = thread_cpu_seconds(&HUB_THREADS) - cpu_before;
    for thread in threads {
        thread.join().map_err(|_| anyhow::anyhow!("a kiosk thread panicked"))??;
    }
    println!(
        "pack of {} bytes published in {published:.2} s; all {kiosks} kiosks staged it {wall:.1} s after publishing began; hub CPU {cpu:.2} s",
        data.len()
    );
    Ok(())
}
