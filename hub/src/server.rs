//! The HTTP server: routes, limits, and a handle to stop it.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, RawQuery, State};
use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use hyper_util::rt::{TokioIo, TokioTimer};
use lotsen_wire::{Ack, Batch, ErrorBody, Health, MAX_BODY_BYTES};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, oneshot, watch};
use tokio::task::JoinHandle;
use tower::ServiceExt;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use utoipa::OpenApi;

use crate::api_error::ApiError;
use crate::hub::Hub;
use crate::stats::{StatsParams, StatsResponse};
use crate::{ingest, stats};

pub const STATS_PATH: &str = "/api/v1/stats";
pub const OPENAPI_PATH: &str = "/api/v1/openapi.json";

/// The hub's routes with their limits: bodies over 1 MiB get 413, a panic in a handler
/// becomes a 500 instead of a dropped connection.
pub fn router(hub: Hub) -> Router {
    Router::new()
        .route(lotsen_wire::BATCHES_PATH, post(post_batches))
        .route(STATS_PATH, get(get_stats))
        .route(OPENAPI_PATH, get(get_openapi))
        .route(lotsen_wire::HEALTH_PATH, get(get_health))
        .route(lotsen_wire::CONTENT_PATH, get(crate::content::get_content))
        .route("/api/v1/content/{version}", get(crate::content::get_content_pack))
        .route(lotsen_wire::STATUS_PATH, post(crate::fleet::post_status))
        .merge(crate::dashboard::routes())
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(CatchPanicLayer::new())
        .with_state(hub)
}

pub(crate) fn authorization(headers: &HeaderMap) -> Option<&str> {
    headers.get(AUTHORIZATION).and_then(|value| value.to_str().ok())
}

/// Stores a batch of usage events from a kiosk.
#[utoipa::path(
    post,
    path = "/api/v1/batches",
    request_body = Batch,
    security(("kiosk_token" = [])),
    responses(
        (status = 200, description = "Stored (or stored before: same answer, nothing stored twice)", body = Ack),
        (status = 400, description = "Malformed JSON, unknown field or kind, bad date, seq or hour", body = ErrorBody),
        (status = 401, description = "Missing, unknown or revoked kiosk token", body = ErrorBody),
        (status = 403, description = "kiosk_id is not the token's kiosk", body = ErrorBody),
        (status = 409, description = "batch_id received before with other content", body = ErrorBody),
        (status = 413, description = "Body over 1 MiB"),
        (status = 429, description = "Over the per-kiosk rate limit; retry later", body = ErrorBody),
    )
)]
async fn post_batches(
    State(hub): State<Hub>,
    // Before the body: a stranger's body is never read (and one announced over 1 MiB was
    // refused by the limit layer before this).
    ingest::KioskAuth(kiosk_id): ingest::KioskAuth,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Ack>, ApiError> {
    let body = body.map_err(|rejection| ApiError::new(rejection.status(), rejection.body_text()))?;
    Ok(Json(ingest::ingest(&hub, &kiosk_id, &body).await?))
}

/// Whether the hub serves and its database answers; with a kiosk token, whose token it is.
#[utoipa::path(
    get,
    path = "/api/v1/health",
    security((), ("kiosk_token" = [])),
    responses(
        (status = 200, description = "Serving, database reachable", body = Health),
        (status = 401, description = "A kiosk token was sent and is unknown or revoked", body = ErrorBody),
        (status = 500, description = "The database does not answer", body = ErrorBody),
    )
)]
async fn get_health(State(hub): State<Hub>, headers: HeaderMap) -> Result<Json<Health>, ApiError> {
    hub.store.ping().await.map_err(ApiError::internal)?;
    let kiosk_id = match authorization(&headers) {
        Some(value) => Some(ingest::authenticate_kiosk(&hub, Some(value)).await?),
        None => None,
    };
    Ok(Json(Health { version: env!("CARGO_PKG_VERSION").to_owned(), kiosk_id }))
}

/// Usage statistics for coordinators; every count below 5 is published as "<5".
#[utoipa::path(
    get,
    path = "/api/v1/stats",
    params(StatsParams),
    security(("api_token" = [])),
    responses(
        (status = 200, description = "Counts for the selection", body = StatsResponse),
        (status = 400, description = "Bad date, group_by or unknown parameter", body = ErrorBody),
        (status = 401, description = "Missing, unknown or revoked API token", body = ErrorBody),
        (status = 403, description = "The token may not read that region", body = ErrorBody),
    )
)]
async fn get_stats(
    State(hub): State<Hub>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<StatsResponse>, ApiError> {
    let scope = stats::authenticate_coordinator(&hub, authorization(&headers)).await?;
    Ok(Json(stats::stats(&hub, scope, query.as_deref().unwrap_or_default()).await?))
}

async fn get_openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Lotsen hub", description = "Anonymous usage statistics from Lotsen library kiosks, and the signed content packs they run."),
    paths(
        post_batches,
        get_stats,
        get_health,
        crate::content::get_content,
        crate::content::get_content_pack,
        crate::fleet::post_status
    ),
    modifiers(&BearerTokens)
)]
pub struct ApiDoc;

struct BearerTokens;

impl utoipa::Modify for BearerTokens {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        let bearer = |description: &str| {
            SecurityScheme::Http(
                HttpBuilder::new().scheme(HttpAuthScheme::Bearer).description(Some(description)).build(),
            )
        };
        components.add_security_scheme("kiosk_token", bearer("Kiosk token from `lotsen-hub kiosk add`"));
        components
            .add_security_scheme("api_token", bearer("Coordinator token from `lotsen-hub api-token add --region R`"));
    }
}

/// What the server grants one client, against slow, idle and crowding ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// Time to send a request's headers, counted from the connection's start or the end of
    /// the previous answer: closes slow-header and idle kept-alive connections.
    pub header_timeout: Duration,
    /// Time for a whole request, its body included: 408 beyond.
    pub request_timeout: Duration,
    /// Connections served at once; more wait in the listen queue until one closes.
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    fn default() -> ConnectionLimits {
        ConnectionLimits {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_connections: 4096,
        }
    }
}

/// A hub serving HTTP in the background; stop it with [`ServeHandle::shutdown`] (dropping the
/// handle stops it too).
pub struct ServeHandle {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl ServeHandle {
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops accepting connections, lets requests in flight finish, and waits for that.
    pub async fn shutdown(mut self) -> Result<()> {
        self.stop.take().map(|stop| stop.send(()));
        if let Some(task) = self.task.take() {
            task.await.context("hub server task")?;
        }
        Ok(())
    }
}

impl Drop for ServeHandle {
    fn drop(&mut self) {
        self.stop.take().map(|stop| stop.send(()));
    }
}

/// Serves the hub on `listener` in a task of the current tokio runtime, within the hub's
/// [`ConnectionLimits`].
pub fn serve(listener: TcpListener, hub: Hub) -> Result<ServeHandle> {
    let addr = listener.local_addr().context("reading the listener's address")?;
    let (stop, stopped) = oneshot::channel::<()>();
    let limits = hub.connection_limits;
    let app = router(hub).layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.request_timeout));
    let task = tokio::spawn(accept_loop(listener, app, limits, stopped));
    tracing::info!(%addr, "hub listening");
    Ok(ServeHandle { addr, stop: Some(stop), task: Some(task) })
}

/// Accepts connections while fewer than `max_connections` are open; on `stopped`, stops
/// accepting, closes idle connections, and returns when the requests in flight are answered.
async fn accept_loop(listener: TcpListener, app: Router, limits: ConnectionLimits, mut stopped: oneshot::Receiver<()>) {
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let (closing, close) = watch::channel(());
    loop {
        let permit = tokio::select! {
            permit = open.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            _ = &mut stopped => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // E.g. out of file descriptors: wait for some to be freed rather than spin.
                    tracing::error!("accepting a connection: {error}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = &mut stopped => break,
        };
        let app = app.clone();
        let mut close = close.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let service = hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                let mut request = request.map(axum::body::Body::new);
                request.extensions_mut().insert(ConnectInfo(remote));
                app.clone().oneshot(request)
            });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(connection);
            let result = tokio::select! {
                result = connection.as_mut() => result,
                _ = close.changed() => {
                    connection.as_mut().graceful_shutdown();
                    connection.await
                }
            };
            if let Err(error) = result {
                tracing::debug!(%remote, "connection ended: {error}");
            }
        });
    }
    drop(listener);
    let _ = closing.send(());
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    let _ = open.acquire_many(all).await;
}

/// Waits for Ctrl-C or SIGTERM (how systemd stops a service).
pub async fn stop_signal() -> Result<()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut terminate = signal(SignalKind::terminate()).context("listening for SIGTERM")?;
        tokio::select! {
            ctrl_c = tokio::signal::ctrl_c() => ctrl_c.context("listening for Ctrl-C")?,
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await.context("listening for Ctrl-C")?;
    Ok(())
}
