//! Dashboard page latency over a filled database (see hub/README.md for the figures).
//!
//! ```sh
//! cargo run --release -p lotsen-hub --example bench -- stats --database sqlite:/tmp/bench-10m.sqlite3 --events 10000000
//! cargo run --release -p lotsen-hub --example dashboard_bench -- --database sqlite:/tmp/bench-10m.sqlite3
//! ```
//! Starts the hub in-process on 127.0.0.1:0, logs in over HTTP as a throwaway admin and as a
//! coordinator of the first region, and times each page and a download (median and max of
//! `--runs`), like a browser would fetch them (HTML only; the CSS is static).

use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use chrono::{Datelike, NaiveDate};
use clap::Parser;
use lotsen_hub::Hub;

#[derive(Parser)]
struct Cli {
    #[arg(long)]
    database: String,
    #[arg(long, default_value_t = 7)]
    runs: usize,
    /// A day of the quarter and year to time [default: today]
    #[arg(long)]
    to: Option<NaiveDate>,
}

async fn log_in(client: &reqwest::Client, base: &str, name: &str, password: &str) -> Result<String> {
    let response = client
        .post(format!("{base}/dashboard/login"))
        .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string([("name", name), ("password", password)])?)
        .send()
        .await
        .context("logging in")?;
    ensure!(response.status() == 303, "login answered {}", response.status());
    let cookie = response
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("lotsen_session="))
        .context("no session cookie")?;
    Ok(cookie.split(';').next().unwrap_or_default().to_owned())
}

async fn time_page(client: &reqwest::Client, url: &str, cookie: &str, runs: usize) -> Result<(Duration, Duration)> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        let response = client.get(url).header(reqwest::header::COOKIE, cookie).send().await?;
        let status = response.status();
        let body = response.bytes().await?;
        ensure!(status == 200, "{url}: {status}: {}", String::from_utf8_lossy(&body));
        times.push(started.elapsed());
    }
    times.sort();
    Ok((times[times.len() / 2], times[times.len() - 1]))
}

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let hub = Hub::open(&cli.database).await?;
    let kiosks = hub.list_kiosks().await?;
    let region = kiosks.first().context("the database has no kiosks; fill it first")?.region.clone();
    let library = kiosks.iter().find(|k| k.region == region).map(|k| k.library.clone()).unwrap_or_default();
    let (events, _) = hub.totals().await?;
    let suffix = hex_suffix();
    let (admin, coordinator, password) =
        (format!("bench-admin-{suffix}"), format!("bench-{suffix}"), "bench password 1");
    lotsen_hub::dashboard::add_user(&hub, &admin, None, true, password).await?;
    lotsen_hub::dashboard::add_user(&hub, &coordinator, Some(&region), false, password).await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let server = lotsen_hub::serve(listener, hub.clone())?;
    let base = server.base_url();
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let admin_cookie = log_in(&client, &base, &admin, password).await?;
    let coordinator_cookie = log_in(&client, &base, &coordinator, password).await?;

    let to = cli.to.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let quarter = format!("period={}-Q{}", to.year(), to.month0() / 3 + 1);
    let year = format!("period={}", to.year());
    let library = serde_urlencoded::to_string([("library", &library)])?;
    let pages = [
        ("overview, quarter", format!("/dashboard/?{quarter}")),
        ("overview, year", format!("/dashboard/?{year}")),
        ("overview, year, one library", format!("/dashboard/?{year}&{library}")),
        ("funnel, year", format!("/dashboard/funnel?{year}&guide=bankid-get")),
        ("when (heatmap), year", format!("/dashboard/when?{year}")),
        ("libraries, year", format!("/dashboard/libraries?{year}")),
        ("guides.csv, year", format!("/dashboard/export/guides.csv?{year}")),
    ];
    println!("{events} events; region {region:?}; {} runs each; median / max in ms", cli.runs);
    println!("| page | coordinator ({region}) | admin (all regions) |");
    println!("| --- | --- | --- |");
    for (name, path) in pages {
        let url = format!("{base}{path}");
        let (c_median, c_max) = time_page(&client, &url, &coordinator_cookie, cli.runs).await?;
        let (a_median, a_max) = time_page(&client, &url, &admin_cookie, cli.runs).await?;
        println!(
            "| {name} | {:.0} / {:.0} | {:.0} / {:.0} |",
            c_median.as_secs_f64() * 1000.0,
            c_max.as_secs_f64() * 1000.0,
            a_median.as_secs_f64() * 1000.0,
            a_max.as_secs_f64() * 1000.0
        );
    }
    server.shutdown().await?;
    Ok(())
}

fn hex_suffix() -> String {
    format!("{:08x}", rand::random::<u32>())
}
