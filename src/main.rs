use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};

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
    /// The folder holding guides/ and locales/ (default: next to the binary, or the repository).
    #[arg(long, global = true)]
    content_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {}

fn main() -> Result<()> {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into())).init();
    let _cli = Cli::parse();
    Ok(())
}
