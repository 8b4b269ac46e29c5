//! Asking the hub whether this kiosk's hub address, token and name are right, before there is
//! anything to send: `GET /api/v1/health` with the kiosk token. Each way it can go wrong is its
//! own answer, in words a librarian or library IT can act on.

use std::time::Duration;

use chrono::{DateTime, Utc};
use lotsen_wire::{HEALTH_PATH, Health};
use reqwest::StatusCode;
use reqwest::header::DATE;

/// A clock further off the hub's than this is a problem (the hub dates the statistics by it).
pub const MAX_CLOCK_SKEW: Duration = Duration::from_secs(10 * 60);

/// The hub accepted the token and it is this kiosk's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubAnswer {
    pub version: String,
    /// The hub's clock (its `Date` header).
    pub date: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HubProblem {
    #[error("the hub address {0:?} is not a web address (like https://hub.region.se)")]
    BadAddress(String),
    #[error("no hub token is set: enter the token printed by `lotsen-hub kiosk add`")]
    NoToken,
    #[error("cannot reach the hub at {url}: {detail}")]
    Unreachable { url: String, detail: String },
    #[error(
        "the hub at {url} has a certificate problem (is the clock right? is the address the one on the certificate?): {detail}"
    )]
    Certificate { url: String, detail: String },
    #[error("the hub at {url} refuses the token (unknown or revoked): get a new one with `lotsen-hub kiosk add`")]
    TokenRefused { url: String, date: Option<DateTime<Utc>> },
    #[error(
        "the token is kiosk {token_kiosk:?}'s, but this kiosk is named {configured:?}: name it {token_kiosk:?} or get a token for {configured:?}"
    )]
    NameMismatch { token_kiosk: String, configured: String, date: Option<DateTime<Utc>> },
    #[error("{url} answered {status}, not as a Lotsen hub does: check the address")]
    NotAHub { url: String, status: String, date: Option<DateTime<Utc>> },
}

impl HubProblem {
    /// The hub's clock, when it answered at all.
    pub fn hub_date(&self) -> Option<DateTime<Utc>> {
        match self {
            HubProblem::TokenRefused { date, .. }
            | HubProblem::NameMismatch { date, .. }
            | HubProblem::NotAHub { date, .. } => *date,
            _ => None,
        }
    }
}

/// Asks the hub at `hub_url` whether `token` is accepted and belongs to `kiosk_id`.
pub fn check_hub(hub_url: &str, token: &str, kiosk_id: &str, timeout: Duration) -> Result<HubAnswer, HubProblem> {
    let url = reqwest::Url::parse(hub_url)
        .ok()
        .filter(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
        .and_then(|base| base.join(HEALTH_PATH).ok())
        .ok_or_else(|| HubProblem::BadAddress(hub_url.to_owned()))?;
    if token.trim().is_empty() {
        return Err(HubProblem::NoToken);
    }
    let client = reqwest::blocking::Client::builder()
        .connect_timeout(timeout)
        .timeout(timeout)
        .user_agent(concat!("lotsen/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|error| HubProblem::Unreachable { url: hub_url.to_owned(), detail: error.to_string() })?;
    let response = client.get(url).bearer_auth(token.trim()).send().map_err(|error| {
        let detail = error_chain(&error);
        if detail.to_lowercase().contains("certificate") {
            HubProblem::Certificate { url: hub_url.to_owned(), detail }
        } else {
            HubProblem::Unreachable { url: hub_url.to_owned(), detail }
        }
    })?;
    let date = response
        .headers()
        .get(DATE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| DateTime::parse_from_rfc2822(value).ok())
        .map(|date| date.to_utc());
    let status = response.status();
    if status == StatusCode::UNAUTHORIZED {
        return Err(HubProblem::TokenRefused { url: hub_url.to_owned(), date });
    }
    let not_a_hub = |status: String| HubProblem::NotAHub { url: hub_url.to_owned(), status, date };
    if !status.is_success() {
        return Err(not_a_hub(status.to_string()));
    }
    let health: Health = response.json().map_err(|_| not_a_hub(format!("{status} without a hub's health answer")))?;
    match health.kiosk_id {
        Some(token_kiosk) if token_kiosk == kiosk_id => Ok(HubAnswer { version: health.version, date }),
        Some(token_kiosk) => Err(HubProblem::NameMismatch { token_kiosk, configured: kiosk_id.to_owned(), date }),
        None => Err(not_a_hub(format!("{status} without naming the token's kiosk (an older hub?)"))),
    }
}

/// An error with its causes, which is where reqwest says what actually went wrong.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
