//! `Hub`: the hub's store plus what every door to it (HTTP API, admin commands, tests) shares.

use std::num::NonZeroU32;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use lotsen_wire::{Event, is_valid_id};

use crate::dashboard::LoginGuard;
use crate::rollup;
use crate::server::ConnectionLimits;
use crate::store::{ApiTokenRecord, KioskRecord, Store};
use crate::tokens;

/// Batches one kiosk may send per second on average, and in one burst. A kiosk sends a batch
/// every few minutes and retries with backoff, so this only stops a runaway or hostile client.
pub const DEFAULT_KIOSK_REQUESTS_PER_SECOND: u32 = 20;
pub const DEFAULT_KIOSK_BURST: u32 = 40;

/// A running hub's shared state. Cheap to clone.
#[derive(Clone)]
pub struct Hub {
    pub(crate) store: Store,
    pub(crate) kiosk_limiter: Arc<DefaultKeyedRateLimiter<String>>,
    pub(crate) connection_limits: ConnectionLimits,
    pub(crate) logins: Arc<LoginGuard>,
    /// The titles of the newest published content pack, and which pack that is.
    pub(crate) titles: Arc<tokio::sync::Mutex<Option<crate::content::CachedTitles>>>,
}

/// A kiosk token as issued: shown once, stored only as a hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedKioskToken {
    pub kiosk_id: String,
    pub token: String,
}

/// A coordinator API token as issued: shown once, stored only as a hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedApiToken {
    pub id: String,
    pub region: String,
    pub token: String,
}

fn limiter(per_second: u32, burst: u32) -> Result<Arc<DefaultKeyedRateLimiter<String>>> {
    let per_second = NonZeroU32::new(per_second).context("kiosk rate limit: requests per second must be at least 1")?;
    let burst = NonZeroU32::new(burst).context("kiosk rate limit: burst must be at least 1")?;
    Ok(Arc::new(RateLimiter::keyed(Quota::per_second(per_second).allow_burst(burst))))
}

impl Hub {
    /// Opens (and migrates) the store at `database_url`: `sqlite:PATH` or `postgres://…`.
    pub async fn open(database_url: &str) -> Result<Hub> {
        let store = Store::open(database_url).await?;
        Ok(Hub {
            store,
            kiosk_limiter: limiter(DEFAULT_KIOSK_REQUESTS_PER_SECOND, DEFAULT_KIOSK_BURST)?,
            connection_limits: ConnectionLimits::default(),
            logins: Arc::default(),
            titles: Arc::default(),
        })
    }

    /// Replaces the limits [`crate::serve`] puts on connections.
    pub fn with_connection_limits(mut self, limits: ConnectionLimits) -> Hub {
        self.connection_limits = limits;
        self
    }

    /// Writes a consistent copy of the SQLite database to the new file `path` while serving
    /// (PostgreSQL: an error that says to use `pg_dump`).
    pub async fn backup_to(&self, path: &std::path::Path) -> Result<()> {
        self.store.backup_to(path).await
    }

    /// Replaces the per-kiosk rate limit on `POST /api/v1/batches` (429 beyond it).
    pub fn with_kiosk_rate_limit(mut self, per_second: u32, burst: u32) -> Result<Hub> {
        self.kiosk_limiter = limiter(per_second, burst)?;
        Ok(self)
    }

    /// Registers a kiosk and returns its token (the only time the token is seen). Without an
    /// id, one is made from the library's name: `umea-stadsbibliotek-1`, `-2`, …
    pub async fn add_kiosk(&self, library: &str, region: &str, id: Option<&str>) -> Result<IssuedKioskToken> {
        let (library, region) = (checked_name("library", library)?, checked_name("region", region)?);
        let kiosk_id = match id {
            Some(id) if is_valid_id(id) => id.to_owned(),
            Some(id) => bail!("kiosk id {id:?} must be 1-64 lowercase letters, digits or dashes"),
            None => self.free_kiosk_id(library).await?,
        };
        let token = tokens::generate(tokens::KIOSK_TOKEN_PREFIX);
        self.store.insert_kiosk(&kiosk_id, library, region, &tokens::hash(&token)).await?;
        tracing::info!(kiosk = %kiosk_id, library, region, "kiosk added");
        Ok(IssuedKioskToken { kiosk_id, token })
    }

    async fn free_kiosk_id(&self, library: &str) -> Result<String> {
        let slug = slug(library);
        for n in 1.. {
            let candidate = format!("{slug}-{n}");
            if !self.store.kiosk_exists(&candidate).await? {
                return Ok(candidate);
            }
        }
        unreachable!("some kiosk number is free")
    }

    pub async fn list_kiosks(&self) -> Result<Vec<KioskRecord>> {
        self.store.list_kiosks().await
    }

    /// Revokes a kiosk's token: its batches get 401 from now on; what it sent stays counted.
    pub async fn revoke_kiosk(&self, kiosk_id: &str) -> Result<()> {
        if !self.store.revoke_kiosk(kiosk_id).await? {
            bail!("no kiosk {kiosk_id:?} with a valid token (see `lotsen-hub kiosk list`)");
        }
        tracing::info!(kiosk = %kiosk_id, "kiosk token revoked");
        Ok(())
    }

    /// Issues a coordinator token that reads the statistics of one region.
    pub async fn add_api_token(&self, region: &str) -> Result<IssuedApiToken> {
        let region = checked_name("region", region)?;
        let token = tokens::generate(tokens::API_TOKEN_PREFIX);
        let id = format!("api-{}", &hex::encode(rand::random::<[u8; 4]>()));
        self.store.insert_api_token(&id, Some(region), &tokens::hash(&token)).await?;
        tracing::info!(id = %id, region, "API token added");
        Ok(IssuedApiToken { id, region: region.to_owned(), token })
    }

    pub async fn list_api_tokens(&self) -> Result<Vec<ApiTokenRecord>> {
        self.store.list_api_tokens().await
    }

    pub async fn revoke_api_token(&self, id: &str) -> Result<()> {
        if !self.store.revoke_api_token(id).await? {
            bail!("no API token {id:?} that is still valid (see `lotsen-hub api-token list`)");
        }
        Ok(())
    }

    /// The events stored for a kiosk, in seq order (for tests and inspection).
    pub async fn stored_events(&self, kiosk_id: &str) -> Result<Vec<Event>> {
        self.store.stored_events(kiosk_id).await
    }

    /// How many events and batches the hub holds.
    pub async fn totals(&self) -> Result<(i64, i64)> {
        self.store.totals().await
    }

    /// Deletes raw events older than `months` months (before the start of that hour, UTC);
    /// their rollups, and so every figure the hub publishes, stay. Returns how many went.
    pub async fn prune_raw_events(&self, months: u32) -> Result<u64> {
        let cutoff = chrono::Utc::now()
            .naive_utc()
            .checked_sub_months(chrono::Months::new(months))
            .with_context(|| format!("{months} months before now is out of the calendar"))?;
        let deleted = self.store.prune_events(rollup::hour_index(lotsen_wire::Hour::truncate(cutoff))).await?;
        tracing::info!(deleted, months, "raw events older than the retention period deleted");
        Ok(deleted)
    }

    /// The database in use, password hidden.
    pub fn database(&self) -> String {
        self.store.display_url()
    }

    /// Closes the database connections (the hub is unusable afterwards).
    pub async fn close(&self) {
        self.store.close().await;
    }
}

/// A name an admin typed (library, region, user), trimmed: not empty, and without control
/// characters or direction overrides, which would forge lines or colours in `kiosk list` and
/// on the admin's terminal.
pub(crate) fn checked_name<'a>(what: &str, name: &'a str) -> Result<&'a str> {
    let name = name.trim();
    if name.is_empty() {
        bail!("the {what} name is empty");
    }
    let invisible = |c: char| {
        c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if let Some(c) = name.chars().find(|&c| invisible(c)) {
        bail!("the {what} name {name:?} holds the control character {:?}; type it without", c);
    }
    Ok(name)
}

/// `Umeå stadsbibliotek` → `umea-stadsbibliotek`: ASCII lowercase words joined by dashes,
/// short enough to leave room for a `-N` suffix within the 64 characters of an id.
fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let words: Vec<&str> = ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut slug = words.join("-");
    slug.truncate(56);
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() { "kiosk".to_owned() } else { slug.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_valid_ids() {
        assert_eq!(slug("Umeå stadsbibliotek"), "umea-stadsbibliotek");
        assert_eq!(slug("  Örnsköldsviks bibliotek (filial) "), "ornskoldsviks-bibliotek-filial");
        assert_eq!(slug("!!!"), "kiosk");
        for name in ["Umeå stadsbibliotek", &"Å".repeat(200), "--x--"] {
            assert!(is_valid_id(&format!("{}-12", slug(name))), "{name}");
        }
    }
}
