//! `lotsen-hub`: the statistics server and its admin commands.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{CommandFactory, Parser, Subcommand};
use lotsen_hub::{Hub, SettingsScope};

#[derive(Parser)]
#[command(name = "lotsen-hub", version, about = "Receives anonymous kiosk usage events and serves statistics")]
struct Cli {
    /// `sqlite:PATH` or `postgres://USER:PASSWORD@HOST:PORT/DB`
    /// [default: sqlite:<data dir>/lotsen-hub/hub.sqlite3]
    #[arg(long, global = true)]
    database: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the HTTP API (migrations run first).
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Months raw events are kept; older ones are deleted (at start and every 6 hours) once
        /// counted in the rollups, which stay.
        #[arg(long, default_value_t = 13)]
        raw_event_months: u32,
    },
    /// Manage kiosk tokens.
    #[command(subcommand)]
    Kiosk(KioskCommand),
    /// Manage coordinator API tokens for /api/v1/stats.
    #[command(subcommand, name = "api-token")]
    ApiToken(ApiTokenCommand),
    /// Signed content packs: the keys allowed to publish them, publishing and withdrawing.
    #[command(subcommand)]
    Content(ContentCommand),
    /// Settings kiosks take from the hub, per region, library or kiosk (the most specific wins).
    #[command(subcommand)]
    Settings(SettingsCommand),
    /// Manage dashboard users (coordinators and admins).
    #[command(subcommand)]
    User(UserCommand),
    /// Write a consistent copy of the SQLite database to FILE while the hub runs (restore: README).
    /// For PostgreSQL use pg_dump.
    Backup { file: PathBuf },
    /// Show what small-number suppression hides in a region: per metric and kind of period, the
    /// `<5` cells and the share of counts in cells hidden to protect them (certificates checked).
    Suppression {
        #[arg(long)]
        region: String,
    },
    /// Fill the hub with generated demo usage (new kiosks, one per library).
    #[command(name = "demo-data")]
    DemoData {
        #[arg(long, default_value_t = 12)]
        libraries: usize,
        #[arg(long, default_value_t = 180)]
        days: i64,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Print this manual as a man page (roff), for packaging.
    #[command(hide = true, name = "man-page")]
    ManPage,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a dashboard user; the password is asked twice on a terminal, or read from the first
    /// line of standard input when it is piped.
    Add {
        name: String,
        /// The region the user sees (a coordinator).
        #[arg(long, required_unless_present = "admin")]
        region: Option<String>,
        /// Sees every region.
        #[arg(long)]
        admin: bool,
    },
}

/// The new user's password: typed twice without echo, or the first line of piped input.
fn read_new_password() -> Result<String> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ").context("reading the password")?;
        let second = rpassword::prompt_password("Password again: ").context("reading the password")?;
        anyhow::ensure!(first == second, "the two passwords differ");
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).context("reading the password from standard input")?;
        Ok(line.trim_end_matches(['\n', '\r']).to_owned())
    }
}

#[derive(Subcommand)]
enum KioskCommand {
    /// Register a kiosk and print its token (shown only this once).
    Add {
        #[arg(long)]
        library: String,
        #[arg(long)]
        region: String,
        /// Kiosk id (lowercase letters, digits, dashes) [default: from the library's name]
        #[arg(long)]
        id: Option<String>,
    },
    /// List kiosks.
    List,
    /// Revoke a kiosk's token.
    Revoke { id: String },
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Allow the minisign public key in PUBKEYFILE (e.g. lotsen.pub) to sign packs.
    Trust {
        #[arg(value_name = "PUBKEYFILE")]
        public_key: PathBuf,
    },
    /// Publish a pack from `lotsen guides pack`: its signature must verify against a trusted
    /// key and its version be above every one published for that scope.
    Publish {
        file: PathBuf,
        /// Only for the kiosks of this region [default: every region].
        #[arg(long)]
        region: Option<String>,
    },
    /// List the published packs.
    List,
    /// Withdraw pack N: kiosks go back to the newest pack not withdrawn.
    Withdraw {
        version: u64,
        /// The region it was published for [default: every region].
        #[arg(long)]
        region: Option<String>,
    },
}

#[derive(Subcommand)]
enum SettingsCommand {
    /// Set KEY=VALUE for the kiosks of a region, a library or one kiosk. Keys: languages
    /// (sv,en,ar), idle_timeout_secs, text_size (0-2), handout_url, printer.
    Set {
        #[arg(long, group = "scope", required = true)]
        region: Option<String>,
        #[arg(long, group = "scope", required = true)]
        library: Option<String>,
        #[arg(long, group = "scope", required = true)]
        kiosk: Option<String>,
        #[arg(value_name = "KEY=VALUE", required = true)]
        pairs: Vec<String>,
    },
    /// Show every setting set, by scope.
    Show,
}

#[derive(Subcommand)]
enum ApiTokenCommand {
    /// Issue a token that reads the statistics of one region (shown only this once).
    Add {
        #[arg(long)]
        region: String,
    },
    /// List API tokens.
    List,
    /// Revoke an API token.
    Revoke { id: String },
}

fn default_database() -> Result<String> {
    let dirs = directories::ProjectDirs::from("se", "Lotsen", "lotsen-hub")
        .context("finding the user's data directory (is HOME set?)")?;
    let path: PathBuf = dirs.data_dir().join("hub.sqlite3");
    Ok(format!("sqlite:{}", path.display()))
}

/// Keeps `months` of raw events: prunes now and every 6 hours; a failure is logged and tried
/// again next time.
async fn prune_every_6_hours(hub: Hub, months: u32) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(6 * 3600));
    loop {
        every.tick().await;
        if let Err(error) = hub.prune_raw_events(months).await {
            tracing::error!("pruning raw events: {error:#}");
        }
    }
}

fn when(unix: Option<i64>) -> String {
    unix.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map_or_else(|| "-".to_owned(), |t| t.format("%Y-%m-%d %H:%M UTC").to_string())
}

/// glibc raises its mmap threshold to the size of the largest block freed, up to 32 MiB: after
/// one login, every Argon2 check's 19 MiB then comes from a heap that keeps it, and each
/// thread's heap grows by that much (measured: +19 MiB per login, 20 logins 370 MiB). A fixed
/// threshold gives large blocks back to the system when they are freed.
fn give_large_blocks_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; called before any other thread runs.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

fn main() -> Result<()> {
    give_large_blocks_back();
    tokio::runtime::Runtime::new().context("starting the async runtime")?.block_on(run())
}

async fn run() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    if let Command::ManPage = cli.command {
        // Before the database: packaging runs it where no hub database exists.
        return clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()).context("writing the man page");
    }
    let database = match cli.database {
        Some(database) => database,
        None => default_database()?,
    };
    let hub = Hub::open(&database).await?;
    match cli.command {
        Command::Serve { listen, raw_event_months } => {
            let listener =
                tokio::net::TcpListener::bind(listen).await.with_context(|| format!("listening on {listen}"))?;
            tracing::info!(database = %hub.database(), "serving");
            let server = lotsen_hub::serve(listener, hub.clone())?;
            let pruning = tokio::spawn(prune_every_6_hours(hub.clone(), raw_event_months));
            lotsen_hub::stop_signal().await?;
            pruning.abort();
            tracing::info!("stopping: finishing the requests in flight");
            server.shutdown().await?;
        }
        Command::Kiosk(KioskCommand::Add { library, region, id }) => {
            let issued = hub.add_kiosk(&library, &region, id.as_deref()).await?;
            println!("kiosk id: {}", issued.kiosk_id);
            println!("token:    {}", issued.token);
            println!(
                "Put the token in the kiosk's settings now: it is stored only as a hash and cannot be shown again."
            );
        }
        Command::Kiosk(KioskCommand::List) => {
            // The columns of the dashboard's Kiosks page; revoked kiosks after, with the date.
            let kiosks = hub.kiosk_health(None, chrono::Local::now()).await?;
            let revoked: Vec<_> = hub.list_kiosks().await?.into_iter().filter(|k| k.revoked_at.is_some()).collect();
            if !kiosks.is_empty() || !revoked.is_empty() {
                println!("library\tkiosk\tregion\tlast seen\tapp\tcontent\tevents waiting\tproblem\tdisk free\tflags");
            }
            for kiosk in kiosks {
                let status = kiosk.status.as_ref();
                let content = status.map_or_else(
                    || "-".to_owned(),
                    |s| {
                        let staged = s.content_staged.map(|v| format!(" (staged {v})")).unwrap_or_default();
                        format!("{} of {}{staged}", s.content_running, kiosk.published)
                    },
                );
                let waiting = status.map_or_else(
                    || "-".to_owned(),
                    |s| match s.oldest_waiting {
                        Some(hour) => format!("{} since {hour}", s.events_waiting),
                        None => s.events_waiting.to_string(),
                    },
                );
                let flags: Vec<&str> = kiosk.flags.iter().map(|flag| flag.id()).collect();
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{content}\t{waiting}\t{}\t{}\t{}",
                    kiosk.library,
                    kiosk.kiosk_id,
                    kiosk.region,
                    kiosk.last_seen.map_or_else(|| "never".to_owned(), |t| t.format("%Y-%m-%d %H:%M").to_string()),
                    status.map_or("-", |s| s.app_version.as_str()),
                    status.and_then(|s| s.problem).map_or("-", |p| p.as_str()),
                    status.map_or_else(|| "-".to_owned(), |s| format!("{}%", s.disk_free_percent)),
                    if flags.is_empty() { "ok".to_owned() } else { flags.join(",") },
                );
            }
            for kiosk in revoked {
                println!("{}\t{}\t{}\trevoked {}", kiosk.library, kiosk.id, kiosk.region, when(kiosk.revoked_at));
            }
        }
        Command::Kiosk(KioskCommand::Revoke { id }) => {
            hub.revoke_kiosk(&id).await?;
            println!("revoked kiosk {id}");
        }
        Command::ApiToken(ApiTokenCommand::Add { region }) => {
            let issued = hub.add_api_token(&region).await?;
            println!("api token id: {}", issued.id);
            println!("region:       {}", issued.region);
            println!("token:        {}", issued.token);
            println!("It is stored only as a hash and cannot be shown again.");
        }
        Command::ApiToken(ApiTokenCommand::List) => {
            for token in hub.list_api_tokens().await? {
                let state = if token.revoked_at.is_some() {
                    format!("revoked {}", when(token.revoked_at))
                } else {
                    "active".into()
                };
                let region = token.region.as_deref().unwrap_or("(all regions)");
                println!("{}\t{region}\tadded {}\t{state}", token.id, when(Some(token.created_at)));
            }
        }
        Command::Content(ContentCommand::Trust { public_key }) => {
            let text = std::fs::read_to_string(&public_key)
                .with_context(|| format!("reading the public key {}", public_key.display()))?;
            let (key_id, added) =
                hub.trust_content_key(&text).await.with_context(|| format!("{}", public_key.display()))?;
            if added {
                println!("trusted key {key_id}: packs it signs can be published");
            } else {
                println!("key {key_id} was trusted already");
            }
        }
        Command::Content(ContentCommand::Publish { file, region }) => {
            let data = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let pack = hub
                .publish_content(&data, region.as_deref())
                .await
                .with_context(|| format!("publishing {}", file.display()))?;
            println!(
                "published pack {} for {}: {} files, {} bytes, SHA-256 {}, signed by key {}",
                pack.version,
                pack.region.as_deref().unwrap_or("every region"),
                pack.files,
                pack.size,
                pack.sha256,
                pack.key_id
            );
        }
        Command::Content(ContentCommand::List) => {
            for pack in hub.list_content().await? {
                let scope = if pack.scope.is_empty() { "(all regions)" } else { pack.scope.as_str() };
                let state = match pack.withdrawn_at {
                    Some(at) => format!("withdrawn {}", when(Some(at))),
                    None => "published".into(),
                };
                println!(
                    "{}\t{scope}\t{} bytes\tkey {}\tpublished {}\t{state}\t{}",
                    pack.version,
                    pack.size,
                    pack.key_id,
                    when(Some(pack.published_at)),
                    pack.sha256
                );
            }
        }
        Command::Settings(SettingsCommand::Set { region, library, kiosk, pairs }) => {
            let scope = match (&region, &library, &kiosk) {
                (Some(region), _, _) => SettingsScope::Region(region),
                (_, Some(library), _) => SettingsScope::Library(library),
                (_, _, Some(kiosk)) => SettingsScope::Kiosk(kiosk),
                _ => anyhow::bail!("say where: --region R, --library L or --kiosk ID"),
            };
            let pairs = pairs
                .iter()
                .map(|pair| {
                    pair.split_once('=')
                        .map(|(key, value)| (key.trim().to_owned(), value.trim().to_owned()))
                        .with_context(|| format!("{pair:?}: write KEY=VALUE"))
                })
                .collect::<Result<Vec<_>>>()?;
            let settings = hub.set_central_settings(scope, &pairs).await?;
            for (key, value) in settings.entries() {
                println!("{scope}\t{key}={value}");
            }
        }
        Command::Settings(SettingsCommand::Show) => {
            for (kind, scope, key, value) in hub.central_setting_rows().await? {
                println!("{kind} {scope}\t{key}={value}");
            }
        }
        Command::Content(ContentCommand::Withdraw { version, region }) => {
            hub.withdraw_content(version, region.as_deref()).await?;
            println!("withdrew pack {version}; kiosks go back to the newest pack not withdrawn");
        }
        Command::User(UserCommand::Add { name, region, admin }) => {
            let password = read_new_password()?;
            lotsen_hub::dashboard::add_user(&hub, &name, region.as_deref(), admin, &password).await?;
            println!("added dashboard user {name}");
        }
        Command::DemoData { libraries, days, seed } => {
            let options = lotsen_hub::demo_data::DemoOptions { libraries, days, seed, ..Default::default() };
            let summary = lotsen_hub::demo_data::generate(&hub, &options).await?;
            println!(
                "generated {} events in {} batches for {} kiosks",
                summary.events, summary.batches, summary.kiosks
            );
        }
        Command::ManPage => unreachable!("the man page is written before the database is opened"),
        Command::Backup { file } => {
            hub.backup_to(&file).await?;
            let size = std::fs::metadata(&file).with_context(|| format!("reading {}", file.display()))?.len();
            println!("backup written to {} ({} kB)", file.display(), size.div_ceil(1024));
        }
        Command::Suppression { region } => print!("{}", lotsen_hub::suppression_report(&hub, &region).await?),
        Command::ApiToken(ApiTokenCommand::Revoke { id }) => {
            hub.revoke_api_token(&id).await?;
            println!("revoked API token {id}");
        }
    }
    hub.close().await;
    Ok(())
}
