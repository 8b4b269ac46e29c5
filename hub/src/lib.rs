//! `lotsen-hub`: receives anonymous usage events from Lotsen kiosks and serves statistics to
//! coordinators. The library API runs a real hub in-process (used by the kiosk's sync tests):
//!
//! ```no_run
//! # async fn example() -> anyhow::Result<()> {
//! let hub = lotsen_hub::Hub::open("sqlite:/tmp/hub.sqlite3").await?;
//! let kiosk = hub.add_kiosk("Umeå stadsbibliotek", "Västerbotten", Some("umea-1")).await?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! let server = lotsen_hub::serve(listener, hub.clone())?;
//! // POST batches to format!("{}/api/v1/batches", server.base_url()) with kiosk.token …
//! server.shutdown().await?;
//! # Ok(()) }
//! ```

mod api_error;
mod content;
pub mod dashboard;
pub mod demo_data;
mod fleet;
mod hub;
mod ingest;
mod period;
mod rollup;
mod server;
mod stats;
mod store;
mod suppression;
mod tokens;

pub use content::PublishedPack;
pub use fleet::{DISK_LOW_PERCENT, Flag, KioskHealth, SettingsScope};
pub use hub::{DEFAULT_KIOSK_BURST, DEFAULT_KIOSK_REQUESTS_PER_SECOND, Hub, IssuedApiToken, IssuedKioskToken};
pub use ingest::FUTURE_HOUR_ALLOWANCE;
pub use server::{ApiDoc, ConnectionLimits, OPENAPI_PATH, STATS_PATH, ServeHandle, router, serve, stop_signal};
pub use stats::{Figures, FunnelStep, Group, StatsResponse, suppression_report};
pub use store::{ApiTokenRecord, ContentPackRecord, KioskRecord};
pub use tokens::KIOSK_TOKEN_PREFIX;
