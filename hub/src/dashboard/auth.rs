//! Dashboard logins: Argon2id password hashes, server-side sessions behind a random cookie id,
//! and a lock after repeated failures.

use std::sync::LazyLock;

use anyhow::{Context, Result, anyhow, bail};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

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

/// What a login attempt came to.
#[derive(Debug)]
pub enum LoginOutcome {
    /// Logged in: the session id for the cookie.
    Session(String),
    /// Wrong name or password (which of the two is not told).
    Refused,
    /// Too many failures: locked until this Unix time, whatever the password.
    Locked { until: i64 },
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
    let name = name.trim();
    if name.is_empty() || name.len() > 64 || name.chars().any(char::is_control) {
        bail!("a user name is 1-64 characters without control characters");
    }
    if password.chars().count() < 10 {
        bail!("the password needs at least 10 characters");
    }
    let region = region.map(str::trim).filter(|r| !r.is_empty());
    if region.is_none() && !is_admin {
        bail!("a coordinator needs --region (or --admin for all regions)");
    }
    let password = password.to_owned();
    let hash = blocking(move || hash_password(&password)).await??;
    hub.store.insert_dashboard_user(name, if is_admin { None } else { region }, is_admin, &hash).await?;
    tracing::info!(user = name, region, is_admin, "dashboard user added");
    Ok(())
}

/// Checks a name and password; starts a session if they match and the user is not locked.
pub async fn log_in(hub: &Hub, name: &str, password: &str) -> Result<LoginOutcome> {
    let now = chrono::Utc::now().timestamp();
    let user = hub.store.dashboard_user(name.trim()).await?;
    let stored_hash = user.as_ref().map_or_else(|| DECOY_HASH.clone(), |u| u.password_hash.clone());
    let password = password.to_owned();
    let matches = blocking(move || password_matches(&password, &stored_hash)).await?;
    let Some(user) = user else {
        return Ok(LoginOutcome::Refused);
    };
    if let Some(until) = user.locked_until.filter(|&until| until > now) {
        tracing::warn!(user = %user.name, "login while locked");
        return Ok(LoginOutcome::Locked { until });
    }
    if !matches {
        let until = now + LOCK_SECONDS;
        if hub.store.record_failed_login(&user.name, MAX_FAILED_LOGINS, until).await? {
            tracing::warn!(user = %user.name, "locked after {MAX_FAILED_LOGINS} failed logins");
            return Ok(LoginOutcome::Locked { until });
        }
        return Ok(LoginOutcome::Refused);
    }
    if user.failed_logins > 0 || user.locked_until.is_some() {
        hub.store.reset_failed_logins(&user.name).await?;
    }
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
