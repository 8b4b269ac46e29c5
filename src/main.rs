use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{CommandFactory, Parser, Subcommand};
use slint::ComponentHandle;

use lotsen::controller::Controller;
use lotsen::handout::HandoutRequest;
use lotsen::printing::PrintSetup;
use lotsen::render::{RenderRequest, parse_size};
use lotsen::updates::ContentStore;
use lotsen::{fonts, paths};
use lotsen_records::{Settings, TextSize, UsageLog, pin, stats_report};

/// Lotsen: a touch-screen kiosk that walks library visitors through e-ID, banking, healthcare
/// and public e-services.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Run full-screen with no frame, refusing to close (for the library floor).
    #[arg(long)]
    kiosk: bool,
    /// Where settings and the usage log are kept (default: the platform's data dir).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// The folder holding guides/, locales/ and ui/fonts (default: next to the binary, ../share/lotsen from it, or the repository).
    #[arg(long, global = true)]
    content_dir: Option<PathBuf>,
    /// Benchmark: draw the first frame headless, print the time since start and the peak memory, quit.
    #[arg(long, hide = true)]
    exit_after_first_frame: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Work with the guide library.
    Guides {
        #[command(subcommand)]
        command: GuidesCommand,
    },
    /// Render screens to PNG files without a display.
    Render {
        /// Language code, e.g. sv or ar.
        #[arg(long)]
        lang: String,
        /// Render every step of this guide (default: the language, home and a guide-list screen).
        #[arg(long)]
        guide: Option<String>,
        /// Screen size in pixels.
        #[arg(long, default_value = "1280x800")]
        size: String,
        /// Text size as a visitor can choose it: 0 normal, 1 large, 2 extra large.
        #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=2))]
        text_size: u8,
        /// Folder to write the PNG files to.
        #[arg(long)]
        out: PathBuf,
    },
    /// Write a guide as a print-ready A4 PDF to take home.
    Handout {
        /// The guide's id, e.g. bankid-get.
        #[arg(long)]
        guide: String,
        /// Language code, e.g. sv or ar.
        #[arg(long)]
        lang: String,
        /// The PDF file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Send every pending usage event to the hub now, with a progress bar.
    Sync,
    /// Print this kiosk's usage summary for the last 7 days and its sync state.
    Stats,
    /// Set the librarian PIN (4-8 digits): asked twice without echo, or read from piped input.
    SetPin,
    /// Check this kiosk, one line per check: display, fonts, read-aloud voices, printer, hub and
    /// token, guides, free disk, clock. Exit code 0 only if nothing failed.
    Doctor,
    /// Content packs from the hub.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
    /// Print this manual as a man page (roff), for packaging.
    #[command(hide = true)]
    ManPage,
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Print the content version running, the one staged for the next idle reset, the previous
    /// one and the last problem.
    Status,
    /// Check a content pack file as the kiosk checks one from the hub (signature, every file's
    /// hash, paths, size, the guide checker) and load it; nothing is installed.
    Verify {
        file: PathBuf,
        /// The minisign public key (lotsen.pub) [default: content_public_key in settings.toml, else
        /// the lotsen.pub shipped beside the bundled guides].
        #[arg(long)]
        key: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum GuidesCommand {
    /// Validate every guide and print a coverage table; exit code 0 only if all is well.
    Check {
        /// The guides folder (default: the bundled guides).
        dir: Option<PathBuf>,
    },
    /// Write a new signing key pair in minisign format: DIR/lotsen.key (secret) and DIR/lotsen.pub.
    Keygen {
        /// The folder to write the two files to (created if missing; existing keys are never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
    /// Check the content exactly as `guides check` does, then write it as one signed pack.
    Pack {
        /// The folder holding guides/ and locales/ (default: the bundled content).
        content_dir: Option<PathBuf>,
        /// The pack version: an integer above the last published one (the bundled content is 0).
        #[arg(long)]
        version: u64,
        /// The minisign secret key to sign with (from `lotsen guides keygen`).
        #[arg(long)]
        key: PathBuf,
        /// The pack file to write.
        #[arg(long)]
        out: PathBuf,
        /// The oldest kiosk version that can run this content (default: this program's version).
        #[arg(long)]
        min_kiosk_version: Option<lotsen_pack::semver::Version>,
    },
    /// After recording a text: note in recordings.toml which text the recording says, so
    /// `guides check` can tell when the text changes (README: Recorded voices).
    AudioStamp {
        /// The guide id, or `ui` for the UI's texts (locales/LANG/audio/).
        guide: String,
        /// The language of the recording, e.g. so.
        lang: String,
        /// The Fluent message id, or message.attribute (the file name without .ogg).
        message: String,
        /// The folder holding guides/ and locales/ (default: the bundled content).
        #[arg(long)]
        content_dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let started = Instant::now();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse(), started) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("lotsen: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, started: Instant) -> Result<ExitCode> {
    let content_dir = cli.content_dir.clone().unwrap_or_else(paths::default_content_dir);
    let data_dir = match &cli.data_dir {
        Some(dir) => dir.clone(),
        None => lotsen_records::default_data_dir()?,
    };
    match cli.command {
        Some(Command::Guides { command: GuidesCommand::Check { dir } }) => {
            let report =
                lotsen_guide::check(&dir.unwrap_or_else(|| content_dir.join("guides")), lotsen_audio::Depth::Whole)?;
            print!("{}", report.text);
            Ok(if report.passed { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Some(Command::Guides { command: GuidesCommand::AudioStamp { guide, lang, message, content_dir: dir } }) => {
            println!("{}", lotsen_guide::stamp(&dir.unwrap_or(content_dir), &guide, &lang, &message)?);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Guides { command: GuidesCommand::Keygen { out } }) => {
            let files = lotsen_pack::generate_key_pair(&out)?;
            println!(
                "Wrote {} (secret: keep it off the kiosks and out of version control) and {} (key id {}).",
                files.secret.display(),
                files.public.display(),
                files.key_id
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Guides {
            command: GuidesCommand::Pack { content_dir: dir, version, key, out, min_kiosk_version },
        }) => {
            let dir = dir.unwrap_or(content_dir);
            let report = lotsen_guide::check(&dir.join("guides"), lotsen_audio::Depth::Whole)?;
            if !report.passed {
                print!("{}", report.text);
                anyhow::bail!("{} has errors (listed above); no pack was written", dir.display());
            }
            let key = lotsen_pack::SigningKey::from_file(&key)?;
            let min_kiosk_version = match min_kiosk_version {
                Some(version) => version,
                None => env!("CARGO_PKG_VERSION").parse().context("this program's own version")?,
            };
            let manifest = lotsen_pack::write(&dir, version, min_kiosk_version, chrono::Utc::now(), &key, &out)
                .with_context(|| format!("writing the pack {}", out.display()))?;
            println!(
                "{}: pack version {version}, {} files, {} bytes unpacked, for Lotsen {} or newer.",
                out.display(),
                manifest.files.len(),
                manifest.unpacked_bytes(),
                manifest.min_kiosk_version
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Render { lang, guide, size, text_size, out }) => {
            let request = RenderRequest {
                language: lang,
                guide,
                size: parse_size(&size)?,
                text_size: TextSize::try_from(text_size).map_err(anyhow::Error::msg)?,
                out_dir: out,
            };
            for file in lotsen::render::render(&content_dir, Settings::load(&data_dir)?, &request)? {
                println!("{}", file.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Handout { guide, lang, out }) => {
            let request = HandoutRequest { guide, language: lang, out };
            let handout = lotsen::handout::write(&content_dir, &request)?;
            println!("{} ({} pages)", request.out.display(), handout.pages.len());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Sync) => {
            let report = lotsen_records::send_all_pending(&data_dir, &Settings::load(&data_dir)?)?;
            println!(
                "Sent {} events in {} batches to {}; {} events pending; {} old acknowledged events pruned.",
                report.events, report.batches, report.hub, report.pending, report.pruned
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Stats) => {
            let report = stats_report::summarize(&data_dir, stats_report::DAYS, chrono::Local::now())?;
            println!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::SetPin) => {
            let mut settings = Settings::load(&data_dir)?;
            settings.librarian_pin = pin::hash(&pin::read_new_pin()?)?;
            let path = settings.save(&data_dir)?;
            println!(
                "The librarian PIN is set in {}. Hold the logo for 3 seconds to open librarian mode.",
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Doctor) => {
            let doctor =
                lotsen::doctor::Doctor::from_environment(content_dir, data_dir.clone(), Settings::load(&data_dir)?);
            let findings = doctor.run();
            for finding in &findings {
                println!("{finding}");
            }
            let failed = findings.iter().any(|finding| finding.status == lotsen::doctor::Status::Fail);
            Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        Some(Command::Content { command: ContentCommand::Verify { file, key } }) => {
            let trusted = match key {
                Some(key) => vec![lotsen_pack::TrustedKey::from_file(&key)?],
                None => lotsen::updates::trusted_keys(&Settings::load(&data_dir)?, &content_dir),
            };
            let (manifest, content) = lotsen::updates::verify_file(&file, &trusted)?;
            println!(
                "{}: pack version {}, {} files, {} bytes unpacked: verified, checked and loaded ({} guides, {} languages).",
                file.display(),
                manifest.version,
                manifest.files.len(),
                manifest.unpacked_bytes(),
                content.catalogue.guides.len(),
                content.chrome.locales.codes().count()
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Content { command: ContentCommand::Status }) => {
            print!("{}", lotsen::updates::status_text(&data_dir)?);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::ManPage) => {
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()).context("writing the man page")?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            run_kiosk(&content_dir, &data_dir, cli.kiosk, cli.exit_after_first_frame.then_some(started))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn run_kiosk(content_dir: &Path, data_dir: &Path, kiosk: bool, benchmark: Option<Instant>) -> Result<()> {
    fonts::use_bundled_fonts(content_dir);
    // The start-up benchmark draws the first frame with the same software renderer, headless
    // (Slint's software renderer reports no frames from a real window).
    let headless_window = benchmark.map(|_| lotsen::headless::window()).transpose()?;
    let settings = Settings::load(data_dir)?;
    let usage_log = UsageLog::open(data_dir)?;
    let needs_setup = settings.librarian_pin.is_empty();
    // The content pack from the hub that runs (or the bundled content), checked as it loads.
    let content_store = ContentStore::open(data_dir, content_dir)?;
    let (content, _version) = content_store.load_at_start()?;
    let controller = Controller::new(content, settings, Some(usage_log))?;
    if needs_setup {
        // The first start: set up by touch (`lotsen set-pin` does it for scripted installs).
        controller.begin_setup();
    }
    // Staged packs go on screen at idle resets; the sync worker fetches them.
    controller.enable_content_updates(content_store);
    controller.enable_printing(
        PrintSetup::new(content_dir.to_path_buf()).context("finding the lotsen binary to print with")?,
    );
    // Sends the log to the hub in the background for as long as the window is open, asks it for
    // new content and reports the kiosk's health at each sync; with no hub configured it only
    // logs that the kiosk keeps its statistics locally.
    controller.start_sync()?;
    controller.set_restarted_by_service(lotsen::service::under_service_manager());
    let window = controller.window();
    if let (Some(started), Some(headless_window)) = (benchmark, headless_window) {
        headless_window.set_size(slint::PhysicalSize::new(1280, 800));
        window.show()?;
        lotsen::headless::draw(&headless_window);
        let elapsed = started.elapsed().as_secs_f64() * 1000.0;
        println!("first frame after {elapsed:.1} ms; peak RSS {} kB", peak_rss_kb());
        return Ok(());
    }
    if kiosk {
        window.set_kiosk_mode(true);
        window.window().set_fullscreen(true);
        // On X without a window manager full-screen only moves the window: size it to the screen.
        if let Some((width, height)) = lotsen::screen::x_screen_size() {
            window.window().set_position(slint::PhysicalPosition::new(0, 0));
            window.window().set_size(slint::PhysicalSize::new(width, height));
        }
        // Closing needs the librarian: Quit in librarian mode hides the window, which ends the loop.
        window.window().on_close_requested(|| slint::CloseRequestResponse::KeepWindowShown);
    }
    window.on_laid_out(|width, height| tracing::info!(width, height, "window laid out"));
    let _systemd = lotsen::service::ServiceNotifier::start();
    window.run().context("running the kiosk window (is a display available? see README)")
}

/// The process's peak resident memory (VmHWM), in kB.
fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_default()
}
