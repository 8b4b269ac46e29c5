//! The Kiosks page: every kiosk a user may see (a coordinator their region, an admin all), its
//! last status and what to look at, in colour and in words.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;

use super::auth::LoggedIn;
use super::i18n::Lang;
use super::{Chrome, DashboardError, Params, chrome, html, language, selection};
use crate::fleet::{Flag, KioskHealth};
use crate::hub::Hub;

/// One word-and-colour mark in the Problems column.
pub(super) struct Mark {
    /// `bad` (a flag), `warn` (another problem), `ok`.
    tone: &'static str,
    /// The flag or problem it names, for scripts and tests.
    id: String,
    words: String,
}

pub(super) struct Row {
    library: String,
    kiosk: String,
    last_seen: String,
    app: String,
    content: String,
    waiting: String,
    flagged: bool,
    marks: Vec<Mark>,
}

#[derive(Template)]
#[template(path = "dashboard/kiosks.html")]
pub(super) struct KiosksTemplate {
    chrome: Chrome,
    rows: Vec<Row>,
}

impl KiosksTemplate {
    fn t(&self, id: &str) -> String {
        self.chrome.lang.t(id)
    }
}

fn row(kiosk: KioskHealth, lang: Lang) -> Row {
    let none = || lang.t("kiosks-no-status");
    let status = kiosk.status.as_ref();
    let content = status.map_or_else(none, |status| {
        let running = status.content_running.to_string();
        let published = kiosk.published.to_string();
        match status.content_staged {
            Some(staged) => lang.t_args(
                "kiosks-content-staged",
                &[("running", running), ("published", published), ("staged", staged.to_string())],
            ),
            None => lang.t_args("kiosks-content-value", &[("running", running), ("published", published)]),
        }
    });
    let waiting = status.map_or_else(none, |status| match status.oldest_waiting {
        Some(hour) => lang.t_args(
            "kiosks-waiting-value",
            &[("count", status.events_waiting.to_string()), ("hour", hour.time().format("%Y-%m-%d %H:%M").to_string())],
        ),
        None => status.events_waiting.to_string(),
    });
    let mut marks: Vec<Mark> = kiosk
        .flags
        .iter()
        .map(|flag| Mark { tone: "bad", id: flag.id().to_owned(), words: lang.t(&format!("flag-{}", flag.id())) })
        .collect();
    if let Some(problem) = status.and_then(|status| status.problem)
        && !(kiosk.flags.contains(&Flag::SyncRefused) && problem == lotsen_wire::Problem::SyncRefused)
    {
        marks.push(Mark {
            tone: "warn",
            id: problem.as_str().to_owned(),
            words: lang.t(&format!("problem-{problem}")),
        });
    }
    let flagged = !kiosk.flags.is_empty();
    if marks.is_empty() {
        marks.push(Mark { tone: "ok", id: "ok".into(), words: lang.t("flag-ok") });
    }
    Row {
        library: kiosk.library,
        kiosk: kiosk.kiosk_id,
        last_seen: kiosk
            .last_seen
            .map_or_else(|| lang.t("kiosks-never"), |seen| seen.format("%Y-%m-%d %H:%M").to_string()),
        app: status.map_or_else(none, |status| status.app_version.clone()),
        content,
        waiting,
        flagged,
        marks,
    }
}

/// `GET /dashboard/kiosks`.
pub(super) async fn kiosks(
    State(hub): State<Hub>,
    LoggedIn(user): LoggedIn,
    jar: CookieJar,
    Query(params): Query<Params>,
) -> Result<Response, DashboardError> {
    let (lang, lang_cookie) = language(&jar, &params);
    let selection = selection(&user, &params)?;
    let kiosks = hub.kiosk_health(selection.region.as_deref(), chrono::Local::now()).await?;
    let template = KiosksTemplate {
        chrome: chrome(lang, &user, None, &selection),
        rows: kiosks.into_iter().map(|kiosk| row(kiosk, lang)).collect(),
    };
    let response = html(&template)?;
    Ok(match lang_cookie {
        Some(cookie) => (jar.add(cookie), response).into_response(),
        None => response,
    })
}
