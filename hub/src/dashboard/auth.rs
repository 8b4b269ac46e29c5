//! Dashboard logins: Argon2id password hashes, server-side sessions behind a random cookie id,
//! and a lock after repeated failures.
//!
//! The lock is kept per user name *and source address*: five failed logins for a name from one
//! address lock that name for that address for 15 minutes, whether the name exists or not. An
//! attacker elsewhere therefore cannot lock a coordinator out, and the lock tells nothing about
//! which names exist. Each attempt is counted before its password is checked, so a burst of
//! attempts gets five checks, not as many as it can send at once. One address gets at most
//! [`LOGINS_PER_MINUTE`] attempts a minute over all names (429 beyond), and at most
//! [`HASHES_AT_ONCE`] Argon2 checks (19 MiB each) run at a time, the rest wait up to
//! [`HASH_WAIT`] and then get 429. Locks live in memory: a restart of the hub forgets them.

use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::ConnectInfo;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use tokio::sync::Semaphore;

use crate::hub::Hub;
use crate::store::dashboard::DashboardUser;
use crate::tokens;

pub const SESSION_COOKIE: &str = "lotsen_session";
/// Failed logins in a row that lock a user, and for how long.
pub const MAX_FAILED_LOGINS: i64 = 5;
pub const LOCK_SECONDS: i64 = 15 * 60;
/// A dashboard session lasts a working day.
pub const SESSION_SECONDS: i64 = 12 * 3600;
const SESSION_ID_PREFIX: &str = "lotsen-session-";

/// Login attempts one source address may make per minute, over all names.
pub const LOGINS_PER_MINUTE: u32 = 20;
/// Argon2 checks that run at once; each takes 19 MiB.
pub const HASHES_AT_ONCE: usize = 2;
/// How long an attempt waits for its Argon2 check before it is answered 429.
pub const HASH_WAIT: Duration = Duration::from_secs(5);
/// Entries of the failure table (and of the per-address limiter) kept before expired ones are
/// swept.
const ATTEMPTS_KEPT: usize = 10_000;

/// What a login attempt came to.
#[derive(Debug)]
pub enum LoginOutcome {
    /// Logged in: the session id for the cookie.
    Session(String),
    /// Wrong name or password (which of the two is not told).
    Refused,
    /// Too many failures for this name from this address: locked until this Unix time,
    /// whatever the password.
    Locked { until: i64 },
    /// Too many attempts at once, or from this address: try again in a while.
    Busy,
}

/// Failed logins per (name, source address), attempts per source address, and the Argon2
/// checks running: shared by all requests of a hub.
pub(crate) struct LoginGuard {
    failures: Mutex<HashMap<(String, IpAddr), Failures>>,
    per_source: DefaultKeyedRateLimiter<IpAddr>,
    hashing: Semaphore,
}

#[derive(Debug, Default, Clone, Copy)]
struct Failures {
    /// Failed attempts, and attempts whose password is being checked.
    count: i64,
    locked_until: i64,
    last_at: i64,
}

impl Default for LoginGuard {
    fn default() -> LoginGuard {
        let per_minute = NonZeroU32::new(LOGINS_PER_MINUTE).expect("a positive constant");
        LoginGuard {
            failures: Mutex::default(),
            per_source: RateLimiter::keyed(Quota::per_minute(per_minute)),
            hashing: Semaphore::new(HASHES_AT_ONCE),
        }
    }
}

/// Whether an attempt may check its password.
enum Admission {
    Check,
    Locked { until: i64 },
}

impl LoginGuard {
    fn failures(&self) -> std::sync::MutexGuard<'_, HashMap<(String, IpAddr), Failures>> {
        self.failures.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Counts the attempt as failed until its password proves right; the fifth locks.
    fn admit(&self, key: &(String, IpAddr), now: i64) -> Admission {
        let mut failures = self.failures();
        if failures.len() >= ATTEMPTS_KEPT {
            failures.retain(|_, f| f.locked_until > now || now - f.last_at < LOCK_SECONDS);
        }
        let entry = failures.entry(key.clone()).or_default();
        if entry.locked_until > now {
            return Admission::Locked { until: entry.locked_until };
        }
        if now - entry.last_at >= LOCK_SECONDS {
            entry.count = 0;
        }
        entry.count += 1;
        entry.last_at = now;
        if entry.count >= MAX_FAILED_LOGINS {
            entry.count = 0;
            entry.locked_until = now + LOCK_SECONDS;
        }
        Admission::Check
    }

    /// An attempt that was not checked after all (no Argon2 slot): not a failure.
    fn withdraw(&self, key: &(String, IpAddr)) {
        if let Some(entry) = self.failures().get_mut(key) {
            entry.count = (entry.count - 1).max(0);
        }
    }

    fn succeeded(&self, key: &(String, IpAddr)) {
        self.failures().remove(key);
    }

    fn locked_until(&self, key: &(String, IpAddr), now: i64) -> Option<i64> {
        self.failures().get(key).map(|f| f.locked_until).filter(|&until| until > now)
    }
}

/// The address a request came from: the peer of its connection (behind a reverse proxy, the
/// proxy's), or "unspecified" when the router is served without one.
pub(crate) struct Source(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for Source {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Source, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<std::net::SocketAddr>>().map(|ConnectInfo(addr)| addr.ip());
        Ok(Source(peer.unwrap_or(IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED))))
    }
}

fn hash_password(password: &str) -> Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| anyhow!("hashing a password: {e}"))
}

fn password_matches(password: &str, hash: &str) -> bool {
    Argon2::default().verify_password(password.as_bytes(), hash).is_ok()
}

/// A hash to check unknown names against, so that they take as long as known ones.
static DECOY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_password("decoy password of no account").expect("hashing a constant"));

/// Argon2 takes tens of milliseconds of CPU: off the async workers.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(work).await.context("password hashing task")
}

/// Adds a dashboard user: a coordinator of `region`, or an admin (all regions).
pub async fn add_user(hub: &Hub, name: &str, region: Option<&str>, is_admin: bool, password: &str) -> Result<()> {
    let name = crate::hub::checked_name("user", name)?;
    if name.len() > 64 {
        bail!("a user name is 1-64 characters");
    }
    if password.chars().count() < 10 {
        bail!("the password needs at least 10 characters");
    }
    let region = region.filter(|r| !r.trim().is_empty()).map(|r| crate::hub::checked_name("region", r)).transpose()?;
    if region.is_none() && !is_admin {
        bail!("a coordinator needs --region (or --admin for all regions)");
    }
    let password = password.to_owned();
    let hash = blocking(move || hash_password(&password)).await??;
    hub.store.insert_dashboard_user(name, if is_admin { None } else { region }, is_admin, &hash).await?;
    tracing::info!(user = name, region, is_admin, "dashboard user added");
    Ok(())
}

/// Checks a name and password from `source`; starts a session if they match and the name is
/// not locked for that address.
pub async fn log_in(hub: &Hub, source: IpAddr, name: &str, password: &str) -> Result<LoginOutcome> {
    let guard = &hub.logins;
    if guard.per_source.len() >= ATTEMPTS_KEPT {
        guard.per_source.retain_recent();
    }
    if guard.per_source.check_key(&source).is_err() {
        tracing::warn!(%source, "login attempts over {LOGINS_PER_MINUTE} a minute");
        return Ok(LoginOutcome::Busy);
    }
    let now = chrono::Utc::now().timestamp();
    let name = name.trim();
    let key = (name.to_owned(), source);
    if let Admission::Locked { until } = guard.admit(&key, now) {
        tracing::warn!(user = name, %source, "login while locked");
        return Ok(LoginOutcome::Locked { until });
    }
    let Ok(Ok(_hashing)) = tokio::time::timeout(HASH_WAIT, guard.hashing.acquire()).await else {
        guard.withdraw(&key);
        tracing::warn!(%source, "login refused: {HASHES_AT_ONCE} password checks running for over {HASH_WAIT:?}");
        return Ok(LoginOutcome::Busy);
    };
    let user = hub.store.dashboard_user(name).await?;
    let stored_hash = user.as_ref().map(|u| u.password_hash.clone());
    let password = password.to_owned();
    let matches = blocking(move || password_matches(&password, stored_hash.as_deref().unwrap_or(&DECOY_HASH))).await?;
    let Some(user) = user.filter(|_| matches) else {
        return Ok(match guard.locked_until(&key, now) {
            Some(until) => {
                tracing::warn!(user = name, %source, "locked after {MAX_FAILED_LOGINS} failed logins");
                LoginOutcome::Locked { until }
            }
            None => LoginOutcome::Refused,
        });
    };
    guard.succeeded(&key);
    let session = tokens::generate(SESSION_ID_PREFIX);
    hub.store.insert_dashboard_session(&tokens::hash(&session), &user.name, now + SESSION_SECONDS).await?;
    tracing::info!(user = %user.name, "logged in");
    Ok(LoginOutcome::Session(session))
}

/// The user of a session cookie, if the session is known and not expired.
pub async fn session_user(hub: &Hub, session: &str) -> Result<Option<DashboardUser>> {
    if !session.starts_with(SESSION_ID_PREFIX) {
        return Ok(None);
    }
    hub.store.dashboard_session_user(&tokens::hash(session)).await
}

/// The user of the request's session: handlers that take it are for logged-in users only, the
/// others are sent to the login page.
pub(crate) struct LoggedIn(pub DashboardUser);

impl FromRequestParts<Hub> for LoggedIn {
    type Rejection = super::DashboardError;

    async fn from_request_parts(parts: &mut Parts, hub: &Hub) -> Result<LoggedIn, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let cookie = jar.get(SESSION_COOKIE).ok_or(super::DashboardError::LoginNeeded)?;
        let user = session_user(hub, cookie.value()).await?.ok_or(super::DashboardError::LoginNeeded)?;
        Ok(LoggedIn(user))
    }
}

pub async fn log_out(hub: &Hub, session: &str) -> Result<()> {
    hub.store.delete_dashboard_session(&tokens::hash(session)).await
}

/// The session cookie, kept until the browser closes (the server ends the session after
/// [`SESSION_SECONDS`] anyway): Secure (browsers keep Secure cookies from http://127.0.0.1 and
/// localhost too), HttpOnly, SameSite=Strict, for the dashboard's paths only.
pub fn session_cookie(value: String) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, value))
        .path(super::BASE)
        .secure(true)
        .http_only(true)
        .same_site(SameSite::Strict)
        .build()
}

/// A cookie that removes the session cookie.
pub fn cleared_session_cookie() -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, ""))
        .path(super::BASE)
        .secure(true)
        .http_only(true)
        .same_site(SameSite::Strict)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_stored_as_argon2id_and_checked() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("correct horse"));
        assert!(password_matches("correct horse battery", &hash));
        assert!(!password_matches("correct horse batterY", &hash));
        assert!(!password_matches("anything", "not a hash"), "a broken stored hash refuses, never panics");
    }
}
