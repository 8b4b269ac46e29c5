//! The HTTP server: routes, limits, and a handle to stop it.

use std::net::SocketAddr;

use anyhow::{Context, Result};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use axum::routing::{get, post};
use axum::{Json, Router};
use lotsen_wire::{Ack, Batch, ErrorBody, MAX_BODY_BYTES};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
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
        .merge(crate::dashboard::routes())
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(CatchPanicLayer::new())
        .with_state(hub)
}

fn authorization(headers: &HeaderMap) -> Option<&str> {
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
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Ack>, ApiError> {
    let body = body.map_err(|rejection| ApiError::new(rejection.status(), rejection.body_text()))?;
    let kiosk_id = ingest::authenticate_kiosk(&hub, authorization(&headers)).await?;
    Ok(Json(ingest::ingest(&hub, &kiosk_id, &body).await?))
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
    info(title = "Lotsen hub", description = "Anonymous usage statistics from Lotsen library kiosks."),
    paths(post_batches, get_stats),
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

/// A hub serving HTTP in the background; stop it with [`ServeHandle::shutdown`] (dropping the
/// handle stops it too).
pub struct ServeHandle {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
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
            task.await.context("hub server task")?.context("hub server")?;
        }
        Ok(())
    }
}

impl Drop for ServeHandle {
    fn drop(&mut self) {
        self.stop.take().map(|stop| stop.send(()));
    }
}

/// Serves the hub on `listener` in a task of the current tokio runtime.
pub fn serve(listener: TcpListener, hub: Hub) -> Result<ServeHandle> {
    let addr = listener.local_addr().context("reading the listener's address")?;
    let (stop, stopped) = oneshot::channel::<()>();
    let app = router(hub);
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await
    });
    tracing::info!(%addr, "hub listening");
    Ok(ServeHandle { addr, stop: Some(stop), task: Some(task) })
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
