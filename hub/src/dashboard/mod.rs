//! The coordinator dashboard: server-rendered pages (askama templates compiled in), SVG
//! charts, CSV/JSON downloads, login with server-side sessions. No script, nothing fetched
//! from elsewhere: the CSS is served by the hub too.

mod auth;
mod charts;
pub(crate) mod guides;
mod i18n;
mod kiosks;
mod pages;
mod report;
mod table;

use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::Deserialize;
use tower_http::set_header::SetResponseHeaderLayer;

pub(crate) use auth::LoginGuard;
pub use auth::add_user;
use auth::{LoggedIn, Source};

use crate::hub::Hub;
use crate::period::Period;
use crate::stats::{self, RegionPlans};
use crate::store::dashboard::DashboardUser;
use i18n::Lang;
use pages::{Page, PageContent};
use report::Selection;

/// Where the dashboard lives.
pub const BASE: &str = "/dashboard";
const LANG_COOKIE: &str = "lotsen_lang";
/// The Kiosks page, under the base, and its title's message.
const KIOSKS_PATH: &str = "/kiosks";
const KIOSKS_TITLE: &str = "nav-kiosks";
const CSS: &str = include_str!("../../static/dashboard.css");

/// The dashboard's routes. Its answers are never cached (unless they say otherwise, as the CSS
/// does) and never framed; there is no script to allow.
pub fn routes() -> Router<Hub> {
    let header = |name, value| SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value));
    Router::new()
        .route(BASE, get(|| async { Redirect::to(&format!("{BASE}/")) }))
        .route(&format!("{BASE}/login"), get(login_page).post(login))
        .route(&format!("{BASE}/logout"), axum::routing::post(logout))
        .route(&format!("{BASE}/static/dashboard.css"), get(css))
        .route(&format!("{BASE}/export/{{file}}"), get(export))
        .route(&format!("{BASE}/"), get(|s, u, j, q| page(s, u, j, q, Page::Overview)))
        .route(&format!("{BASE}/funnel"), get(|s, u, j, q| page(s, u, j, q, Page::Funnel)))
        .route(&format!("{BASE}/when"), get(|s, u, j, q| page(s, u, j, q, Page::When)))
        .route(&format!("{BASE}/libraries"), get(|s, u, j, q| page(s, u, j, q, Page::Libraries)))
        .route(&format!("{BASE}/report"), get(|s, u, j, q| page(s, u, j, q, Page::Report)))
        .route(&format!("{BASE}{KIOSKS_PATH}"), get(kiosks::kiosks))
        .layer(header(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'",
        ))
        .layer(header(header::CACHE_CONTROL, "no-store"))
        .layer(header(header::REFERRER_POLICY, "same-origin"))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(axum::middleware::from_fn(same_origin_posts))
}

/// Refuses a POST (login, logout, any form) that a browser sent from another site: its
/// `Sec-Fetch-Site` must be `same-origin`, or else its `Origin` must be this host. A request
/// with neither header is not from a browser, and no cookie of another site rides on it.
async fn same_origin_posts(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if request.method().is_safe() || from_this_site(request.headers()) {
        return next.run(request).await;
    }
    tracing::warn!(method = %request.method(), uri = %request.uri(), "cross-site request refused");
    DashboardError::refused(StatusCode::FORBIDDEN, "refused: this form was sent from another site").into_response()
}

fn from_this_site(headers: &header::HeaderMap) -> bool {
    let text = |name| headers.get(name).map(|value: &HeaderValue| value.to_str().unwrap_or_default());
    if let Some(site) = text("sec-fetch-site") {
        return site == "same-origin";
    }
    match (text(header::ORIGIN.as_str()), text(header::HOST.as_str())) {
        (None, _) => true,
        (Some(origin), Some(host)) => origin
            .strip_prefix("http://")
            .or_else(|| origin.strip_prefix("https://"))
            .is_some_and(|authority| authority.eq_ignore_ascii_case(host)),
        (Some(_), None) => false,
    }
}

/// The query every page and download takes.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Params {
    period: Option<String>,
    /// Free ranges are refused with the forms of `period` (see `selection`).
    from: Option<String>,
    to: Option<String>,
    region: Option<String>,
    library: Option<String>,
    guide: Option<String>,
    lang: Option<String>,
}

fn non_empty(value: &Option<String>) -> Option<String> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned)
}

/// Why a dashboard handler answers something else than what was asked for; handlers return
/// it through `?`.
#[derive(Debug)]
pub(crate) enum DashboardError {
    /// No valid session: the login page.
    LoginNeeded,
    /// The request cannot be answered as asked (bad date, other region, no such table): the
    /// status and a message for the user.
    Refused(StatusCode, String),
    /// A failure of the hub itself: logged in full, answered 500 without details.
    Internal(anyhow::Error),
}

impl DashboardError {
    fn refused(status: StatusCode, message: impl Into<String>) -> DashboardError {
        DashboardError::Refused(status, message.into())
    }
}

impl From<anyhow::Error> for DashboardError {
    fn from(error: anyhow::Error) -> DashboardError {
        DashboardError::Internal(error)
    }
}

impl IntoResponse for DashboardError {
    fn into_response(self) -> Response {
        match self {
            DashboardError::LoginNeeded => Redirect::to(&format!("{BASE}/login")).into_response(),
            DashboardError::Refused(status, message) => (status, message).into_response(),
            DashboardError::Internal(error) => {
                tracing::error!("dashboard: {error:#}");
                (StatusCode::INTERNAL_SERVER_ERROR, "The hub could not make this page; see its log.").into_response()
            }
        }
    }
}

/// The language of a request: `?lang=` (remembered in a cookie), the cookie, else Swedish.
fn language(jar: &CookieJar, params: &Params) -> (Lang, Option<Cookie<'static>>) {
    if let Some(lang) = params.lang.as_deref().and_then(Lang::parse) {
        let cookie = Cookie::build((LANG_COOKIE, lang.code())).path(BASE).same_site(SameSite::Lax).build();
        return (lang, Some(cookie));
    }
    (jar.get(LANG_COOKIE).and_then(|c| Lang::parse(c.value())).unwrap_or(Lang::Sv), None)
}

/// The selection a user asked for, within what they may see.
fn selection(user: &DashboardUser, params: &Params) -> Result<Selection, DashboardError> {
    if params.from.is_some() || params.to.is_some() {
        return Err(DashboardError::refused(
            StatusCode::BAD_REQUEST,
            format!("from/to: free date ranges are not shown; choose a {}", crate::period::ALLOWED_FORMS),
        ));
    }
    let region = match (&user.region, non_empty(&params.region)) {
        (Some(own), Some(asked)) if *own != asked => {
            return Err(DashboardError::refused(StatusCode::FORBIDDEN, format!("you see region {own:?} only")));
        }
        (Some(own), _) => Some(own.clone()),
        (None, asked) => asked,
    };
    let mut selection =
        Selection::new(non_empty(&params.period).as_deref(), region, non_empty(&params.library), stats::today())
            .map_err(|message| DashboardError::refused(StatusCode::BAD_REQUEST, message))?;
    selection.guide = non_empty(&params.guide);
    Ok(selection)
}

/// The libraries page is per month, quarter or year: a single library's weeks are not published.
fn refuse_library_weeks(page: Page, selection: &Selection) -> Result<(), DashboardError> {
    if page == Page::Libraries && !stats::LIBRARY_KINDS.contains(&selection.period.kind()) {
        return Err(DashboardError::refused(
            StatusCode::BAD_REQUEST,
            format!(
                "period={}: libraries are shown per month, quarter or year (2026-09, 2026-Q3, 2026), not per week",
                selection.period
            ),
        ));
    }
    Ok(())
}

/// The header, navigation and language switch of every page.
struct Chrome {
    lang: Lang,
    title: String,
    nav: Vec<Link>,
    languages: Vec<Link>,
    user_line: String,
}

struct Link {
    label: String,
    href: String,
    current: bool,
    lang: &'static str,
}

fn query_string(selection: &Selection, lang: Option<Lang>) -> String {
    let mut pairs = vec![("period", selection.period.to_string())];
    if let Some(region) = &selection.region {
        pairs.push(("region", region.clone()));
    }
    if let Some(library) = &selection.library {
        pairs.push(("library", library.clone()));
    }
    if let Some(guide) = &selection.guide {
        pairs.push(("guide", guide.clone()));
    }
    if let Some(lang) = lang {
        pairs.push(("lang", lang.code().to_owned()));
    }
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// `page`: a statistics page, or `None` for the Kiosks page.
fn chrome(lang: Lang, user: &DashboardUser, page: Option<Page>, selection: &Selection) -> Chrome {
    let scope = user.region.clone().unwrap_or_else(|| lang.t("scope-all-regions"));
    let without_guide = Selection { guide: None, ..selection.clone() };
    let path = page.map_or(KIOSKS_PATH, Page::path);
    let kiosks = Link {
        label: lang.t(KIOSKS_TITLE),
        href: format!("{BASE}{KIOSKS_PATH}?{}", query_string(&without_guide, None)),
        current: page.is_none(),
        lang: lang.code(),
    };
    Chrome {
        lang,
        title: lang.t(page.map_or(KIOSKS_TITLE, Page::title_id)),
        nav: Page::ALL
            .into_iter()
            .map(|p| Link {
                label: lang.t(p.title_id()),
                href: format!("{BASE}{}?{}", p.path(), query_string(&without_guide, None)),
                current: Some(p) == page,
                lang: lang.code(),
            })
            .chain([kiosks])
            .collect(),
        languages: Lang::ALL
            .into_iter()
            .map(|l| Link {
                label: l.name().to_owned(),
                href: format!("{BASE}{path}?{}", query_string(selection, Some(l))),
                current: l == lang,
                lang: l.code(),
            })
            .collect(),
        user_line: lang.t_args("logged-in-as", &[("name", user.name.clone()), ("scope", scope)]),
    }
}

struct Choice {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "dashboard/page.html")]
struct PageTemplate {
    chrome: Chrome,
    page_path: &'static str,
    period: String,
    period_note: String,
    /// The report's cover line (region and period); `None` on the other pages.
    cover: Option<String>,
    previous_href: String,
    next_href: Option<String>,
    regions: Option<Vec<Choice>>,
    libraries: Vec<Choice>,
    guides: Vec<Choice>,
    content: PageContent,
    export_query: String,
}

impl PageTemplate {
    fn cell_class(&self, section: &pages::Section, value: &table::Value) -> &'static str {
        match value {
            table::Value::Count(
                crate::suppression::Published::Suppressed
                | crate::suppression::Published::Hidden
                | crate::suppression::Published::NoKiosk,
            ) => "num hidden",
            table::Value::Count(crate::suppression::Published::Count(count)) if section.heat && *count > 0 => {
                heat_class(*count, &section.table)
            }
            table::Value::Count(_) | table::Value::Rate(_) => "num",
            table::Value::Time(_) => "time",
            _ => "",
        }
    }

    /// Numeric columns are right-aligned, headings included.
    fn column_class(&self, section: &pages::Section, column: &usize) -> &'static str {
        match section.table.rows.first().and_then(|row| row.get(*column)) {
            Some(table::Value::Count(_) | table::Value::Rate(_)) => "num",
            Some(table::Value::Time(_)) => "time",
            _ => "",
        }
    }

    fn display(&self, value: &table::Value) -> String {
        value.display(self.chrome.lang)
    }

    fn t(&self, id: &str) -> String {
        self.chrome.lang.t(id)
    }
}

/// Five shades for a heatmap cell, relative to the largest published cell.
fn heat_class(count: u64, table: &table::DataTable) -> &'static str {
    let max = table
        .rows
        .iter()
        .flatten()
        .filter_map(|v| match v {
            table::Value::Count(p) => p.value(),
            _ => None,
        })
        .max()
        .unwrap_or(1)
        .max(1);
    ["num heat-1", "num heat-2", "num heat-3", "num heat-4", "num heat-5"][((count * 5 - 1) / max).min(4) as usize]
}

#[derive(Template)]
#[template(path = "dashboard/login.html")]
struct LoginTemplate {
    lang: Lang,
    languages: Vec<Link>,
    message: Option<String>,
    name: String,
}

impl LoginTemplate {
    fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }
}

fn html(template: &impl Template) -> Result<Response, DashboardError> {
    let body = template.render().map_err(|error| anyhow::anyhow!("rendering a dashboard template: {error}"))?;
    Ok(axum::response::Html(body).into_response())
}

fn login_template(lang: Lang, message: Option<String>, name: String) -> LoginTemplate {
    let languages = Lang::ALL
        .into_iter()
        .map(|l| Link {
            label: l.name().to_owned(),
            href: format!("{BASE}/login?lang={}", l.code()),
            current: l == lang,
            lang: l.code(),
        })
        .collect();
    LoginTemplate { lang, languages, message, name }
}

async fn login_page(jar: CookieJar, Query(params): Query<Params>) -> Result<Response, DashboardError> {
    let (lang, lang_cookie) = language(&jar, &params);
    let jar = match lang_cookie {
        Some(cookie) => jar.add(cookie),
        None => jar,
    };
    Ok((jar, html(&login_template(lang, None, String::new()))?).into_response())
}

#[derive(Deserialize)]
struct LoginForm {
    name: String,
    password: String,
}

async fn login(
    State(hub): State<Hub>,
    Source(source): Source,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> Result<Response, DashboardError> {
    let (lang, _) = language(&jar, &Params::default());
    Ok(match auth::log_in(&hub, source, &form.name, &form.password).await? {
        auth::LoginOutcome::Session(session) => {
            (jar.add(auth::session_cookie(session)), Redirect::to(&format!("{BASE}/"))).into_response()
        }
        auth::LoginOutcome::Refused => {
            let page = login_template(lang, Some(lang.t("login-refused")), form.name);
            (StatusCode::UNAUTHORIZED, html(&page)?).into_response()
        }
        auth::LoginOutcome::Locked { until } => {
            let until =
                chrono::DateTime::from_timestamp(until, 0).map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
            let page = login_template(lang, Some(lang.t_args("login-locked", &[("until", until)])), form.name);
            (StatusCode::FORBIDDEN, html(&page)?).into_response()
        }
        auth::LoginOutcome::Busy => {
            let page = login_template(lang, Some(lang.t("login-busy")), form.name);
            (StatusCode::TOO_MANY_REQUESTS, html(&page)?).into_response()
        }
    })
}

async fn logout(State(hub): State<Hub>, jar: CookieJar) -> Result<Response, DashboardError> {
    if let Some(cookie) = jar.get(auth::SESSION_COOKIE) {
        auth::log_out(&hub, cookie.value()).await?;
    }
    Ok((jar.add(auth::cleared_session_cookie()), Redirect::to(&format!("{BASE}/login"))).into_response())
}

async fn css() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=3600")], CSS).into_response()
}

async fn page(
    State(hub): State<Hub>,
    LoggedIn(user): LoggedIn,
    jar: CookieJar,
    Query(params): Query<Params>,
    page: Page,
) -> Result<Response, DashboardError> {
    let (lang, lang_cookie) = language(&jar, &params);
    let selection = selection(&user, &params)?;
    refuse_library_weeks(page, &selection)?;
    let plans = RegionPlans::load(&hub, selection.region.as_deref(), stats::today()).await?;
    let titles = hub.guide_titles().await?;
    let content = pages::build(&hub, &plans, page, &selection, lang, &titles).await?;
    let choices = |names: Vec<String>, chosen: &Option<String>| -> Vec<Choice> {
        names
            .into_iter()
            .map(|name| Choice { selected: chosen.as_ref() == Some(&name), label: name.clone(), value: name })
            .collect()
    };
    let regions = if user.region.is_none() {
        let mut names: Vec<String> = hub.store.kiosk_syncs(None).await?.into_iter().map(|k| k.region).collect();
        names.sort();
        names.dedup();
        Some(choices(names, &selection.region))
    } else {
        None
    };
    let shown_guide = selection.guide.clone().or_else(|| content.guides.first().cloned());
    let period = selection.period;
    let (from, to) = (period.first_day().to_string(), period.last_day().to_string());
    let period_note = if period.in_progress(stats::today()) {
        lang.t_args("period-note-progress", &[("period", period.to_string()), ("from", from), ("to", to)])
    } else {
        lang.t_args("period-note", &[("period", period.to_string()), ("from", from), ("to", to)])
    };
    let link = |other: Period| format!("{BASE}{}?{}", page.path(), query_string(&selection.with_period(other), None));
    let template = PageTemplate {
        chrome: chrome(lang, &user, Some(page), &selection),
        page_path: page.path(),
        period: period.to_string(),
        cover: (page == Page::Report).then(|| {
            let region = selection.region.clone().unwrap_or_else(|| lang.t("scope-all-regions"));
            let mut cover = lang.t_args("report-cover", &[("region", region), ("period", period.to_string())]);
            if let Some(library) = &selection.library {
                cover = format!("{cover} – {library}");
            }
            cover
        }),
        period_note,
        previous_href: link(period.previous()),
        next_href: (!period.next().is_future(stats::today())).then(|| link(period.next())),
        regions,
        libraries: choices(plans.libraries.clone(), &selection.library),
        guides: content
            .guides
            .iter()
            .map(|id| Choice {
                selected: shown_guide.as_ref() == Some(id),
                label: titles.title(id, lang),
                value: id.clone(),
            })
            .collect(),
        export_query: query_string(&Selection { guide: shown_guide, ..selection.clone() }, Some(lang)),
        content,
    };
    let response = html(&template)?;
    Ok(match lang_cookie {
        Some(cookie) => (jar.add(cookie), response).into_response(),
        None => response,
    })
}

/// A download's file name without extension: `lotsen-vasterbotten-vilhelmina-bibliotek-2026-q3-libraries`
/// (region, library, period, table; letters folded to ASCII).
fn file_stem(selection: &Selection, table: &str) -> String {
    let parts = [
        Some("lotsen".to_owned()),
        selection.region.clone(),
        selection.library.clone(),
        Some(selection.period.to_string()),
        Some(table.to_owned()),
    ];
    let words: Vec<String> = parts
        .into_iter()
        .flatten()
        .map(|part| {
            let ascii = deunicode::deunicode(&part).to_lowercase();
            let slug: String = ascii.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
            slug.split('-').filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-")
        })
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

/// `GET /dashboard/export/NAME.csv|json`: one table of a page, hidden cells as on the page.
async fn export(
    State(hub): State<Hub>,
    LoggedIn(user): LoggedIn,
    jar: CookieJar,
    Path(file): Path<String>,
    Query(params): Query<Params>,
) -> Result<Response, DashboardError> {
    let (lang, _) = language(&jar, &params);
    let selection = selection(&user, &params)?;
    let not_found = |message: String| DashboardError::refused(StatusCode::NOT_FOUND, message);
    let (name, format) =
        file.rsplit_once('.').ok_or_else(|| not_found("expected NAME.csv, NAME.xlsx or NAME.json".into()))?;
    let page = Page::of_table(name).ok_or_else(|| not_found(format!("no table {name:?}")))?;
    refuse_library_weeks(page, &selection)?;
    let plans = RegionPlans::load(&hub, selection.region.as_deref(), stats::today()).await?;
    let titles = hub.guide_titles().await?;
    let content = pages::build(&hub, &plans, page, &selection, lang, &titles).await?;
    let table = content
        .sections
        .into_iter()
        .map(|s| s.table)
        .find(|t| t.name == name)
        .ok_or_else(|| not_found(format!("table {name:?} is empty for this selection")))?;
    let disposition = format!("attachment; filename=\"{}.{format}\"", file_stem(&selection, name));
    let (content_type, body) = match format {
        "csv" => ("text/csv; charset=utf-8", table.to_csv(lang)?),
        "xlsx" => {
            let mut about = vec![lang.t("app-title")];
            if let Some(region) = &selection.region {
                about.push(format!("{}: {region}", lang.t("filter-region")));
            }
            if let Some(library) = &selection.library {
                about.push(format!("{}: {library}", lang.t("filter-library")));
            }
            if let Some(guide) = &selection.guide {
                about.push(format!("{}: {}", lang.t("filter-guide"), titles.title(guide, lang)));
            }
            let period = selection.period;
            let mut line =
                format!("{}: {period} ({} – {})", lang.t("filter-period"), period.first_day(), period.last_day());
            if period.in_progress(stats::today()) {
                line = format!("{line}, {}", lang.t("in-progress"));
            }
            about.push(line);
            about.push(lang.t("suppressed-note"));
            ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", table.to_xlsx(lang, &about)?)
        }
        "json" => {
            let about = serde_json::json!({
                "period": selection.period.to_string(),
                "in_progress": selection.period.in_progress(stats::today()),
                "region": selection.region, "library": selection.library, "guide": selection.guide,
            });
            ("application/json", table.to_json(about).to_string().into_bytes())
        }
        _ => return Err(not_found("expected NAME.csv, NAME.xlsx or NAME.json".into())),
    };
    Ok(([(header::CONTENT_TYPE, content_type.to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response())
}
