//! `POST /api/v1/batches`: checks a kiosk's batch and stores it.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use lotsen_wire::{Ack, Batch};
use sha2::{Digest, Sha256};

use crate::api_error::ApiError;
use crate::hub::Hub;
use crate::rollup;
use crate::store::BatchOutcome;
use crate::tokens;

/// How far an event's hour may lie ahead of the hub's UTC clock: kiosk hours are local time
/// (Sweden is UTC+1, UTC+2 in summer), plus an hour of clock skew.
pub const FUTURE_HOUR_ALLOWANCE: Duration = Duration::hours(3);

/// The kiosk a bearer token belongs to; 401 for a missing, unknown or revoked token.
pub async fn authenticate_kiosk(hub: &Hub, authorization: Option<&str>) -> Result<String, ApiError> {
    let token = authorization
        .and_then(tokens::bearer)
        .ok_or_else(|| ApiError::unauthorized("missing `Authorization: Bearer <kiosk token>`"))?;
    hub.store
        .kiosk_for_token(&tokens::hash(token))
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(|| ApiError::unauthorized("unknown or revoked kiosk token"))
}

/// The kiosk of the request's bearer token, checked before the body is read.
pub struct KioskAuth(pub String);

impl axum::extract::FromRequestParts<Hub> for KioskAuth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, hub: &Hub) -> Result<KioskAuth, ApiError> {
        Ok(KioskAuth(authenticate_kiosk(hub, crate::server::authorization(&parts.headers)).await?))
    }
}

/// Handles one batch body from an authenticated kiosk.
pub async fn ingest(hub: &Hub, kiosk_id: &str, body: &[u8]) -> Result<Ack, ApiError> {
    if hub.kiosk_limiter.check_key(&kiosk_id.to_owned()).is_err() {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            format!("kiosk {kiosk_id} sends too many batches; retry later"),
        ));
    }
    let batch: Batch =
        serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("not a valid batch: {e}")))?;
    batch.validate().map_err(|e| ApiError::bad_request(e.to_string()))?;
    // A token writes only as its own kiosk: 403, since the token is valid, just not for this id.
    if batch.kiosk_id != kiosk_id {
        return Err(ApiError::forbidden(format!("this token belongs to kiosk {kiosk_id}, not {}", batch.kiosk_id)));
    }
    check_hours(&batch)?;
    let outcome = hub.store.store_batch(kiosk_id, &batch, &content_hash(&batch)).await.map_err(ApiError::internal)?;
    match outcome {
        BatchOutcome::Stored { acked_through_seq, new_events } => {
            tracing::debug!(kiosk = kiosk_id, batch = %batch.batch_id, new_events, "batch stored");
            Ok(Ack { acked_through_seq })
        }
        BatchOutcome::Replayed { acked_through_seq } => {
            tracing::debug!(kiosk = kiosk_id, batch = %batch.batch_id, "batch replayed");
            Ok(Ack { acked_through_seq })
        }
        BatchOutcome::Conflict => Err(ApiError::new(
            StatusCode::CONFLICT,
            format!("batch {} was received before with other content; a batch id is never reused", batch.batch_id),
        )),
    }
}

/// Refuses hours from the future (beyond the allowance) or before 2000: a kiosk clock gone wrong.
fn check_hours(batch: &Batch) -> Result<(), ApiError> {
    let latest = Utc::now().naive_utc() + FUTURE_HOUR_ALLOWANCE;
    let earliest = rollup::earliest_hour();
    for event in &batch.events {
        if event.hour.time() > latest {
            return Err(ApiError::bad_request(format!(
                "event seq {}: hour {} is in the future",
                event.seq, event.hour
            )));
        }
        if event.hour < earliest {
            return Err(ApiError::bad_request(format!(
                "event seq {}: hour {} is before {earliest}",
                event.seq, event.hour
            )));
        }
    }
    Ok(())
}

/// What identifies a batch's content: the hash of its canonical JSON, so that a resend that
/// differs only in whitespace or key order is the same batch.
pub(crate) fn content_hash(batch: &Batch) -> String {
    let canonical = serde_json::to_vec(batch).expect("a parsed batch serialises");
    hex::encode(Sha256::digest(canonical))
}
