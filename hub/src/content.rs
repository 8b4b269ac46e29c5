//! Signed content packs: the keys allowed to publish, publishing and withdrawing (admin
//! commands), and what kiosks ask for (`GET /api/v1/content`, `GET /api/v1/content/{version}`).

use std::sync::Arc;

use anyhow::{Context, Result, bail};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header::{ACCEPT_RANGES, CONTENT_LENGTH, CONTENT_RANGE, CONTENT_TYPE, ETAG, IF_NONE_MATCH, RANGE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use lotsen_pack::TrustedKey;
use lotsen_wire::{ContentAnswer, ContentPackInfo, ErrorBody};

use crate::api_error::ApiError;
use crate::dashboard::guides::GuideTitles;
use crate::hub::{Hub, checked_name};
use crate::ingest::KioskAuth;
use crate::store::{ContentPackRecord, NewContentPack};

/// A pack as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedPack {
    pub version: u64,
    pub region: Option<String>,
    pub size: u64,
    pub sha256: String,
    pub key_id: String,
    pub files: usize,
}

/// The scope of a region, or of every region ('').
fn scope(region: Option<&str>) -> Result<&str> {
    region.map(|region| checked_name("region", region)).transpose().map(|region| region.unwrap_or(""))
}

impl Hub {
    /// Trusts the minisign public key in `text` to sign packs; returns its key id and whether
    /// it is new.
    pub async fn trust_content_key(&self, text: &str) -> Result<(String, bool)> {
        let key = TrustedKey::parse(text).context("not a minisign public key")?;
        let id = key.id().to_string();
        let added = self.store.insert_content_key(&id, &key.to_text()).await?;
        Ok((id, added))
    }

    /// Publishes the pack file `data` for `region` (None: every region) after checking its
    /// signature against the trusted keys, every file's hash, and that its version is above
    /// every version published for kiosks of that scope.
    pub async fn publish_content(&self, data: &[u8], region: Option<&str>) -> Result<PublishedPack> {
        let scope = scope(region)?;
        let trusted = self.trusted_keys().await?;
        if trusted.is_empty() {
            bail!("no trusted keys: add the editors' public key first with `lotsen-hub content trust PUBKEYFILE`");
        }
        let expect = lotsen_pack::Expect { trusted: &trusted, min_version: 0, kiosk_version: None };
        let pack = lotsen_pack::verify(data, expect).context("the pack is refused")?;
        let version = pack.manifest.version;
        let stored_version = i64::try_from(version).context("the pack version is too large")?;
        if let Some(latest) = self.store.latest_content_version(scope).await?
            && stored_version <= latest
        {
            bail!(
                "pack version {version} is not above {latest}, the latest published for {} (versions only go up)",
                region.unwrap_or("every region")
            );
        }
        let sha256 = lotsen_pack::sha256_hex(data);
        let key_id = pack.key_id.to_string();
        self.store
            .insert_content_pack(NewContentPack {
                scope,
                version: stored_version,
                sha256: &sha256,
                key_id: &key_id,
                data,
            })
            .await?;
        tracing::info!(version, scope, %key_id, "published content pack");
        Ok(PublishedPack {
            version,
            region: region.map(str::to_owned),
            size: data.len() as u64,
            sha256,
            key_id,
            files: pack.manifest.files.len(),
        })
    }

    pub async fn list_content(&self) -> Result<Vec<ContentPackRecord>> {
        self.store.list_content_packs().await
    }

    /// Withdraws pack `version` of `region` (None: every region); kiosks go back to the newest
    /// pack not withdrawn.
    pub async fn withdraw_content(&self, version: u64, region: Option<&str>) -> Result<()> {
        let scope = scope(region)?;
        let stored_version = i64::try_from(version).context("no such version")?;
        if !self.store.withdraw_content_pack(scope, stored_version).await? {
            bail!("no published pack {version} for {} (or it was withdrawn already)", region.unwrap_or("every region"));
        }
        Ok(())
    }
}

/// The titles of one published pack: (scope, version) and the titles.
pub(crate) type CachedTitles = ((String, i64), Arc<GuideTitles>);

impl Hub {
    /// Guide and step titles for the dashboard and its exports: of the newest published pack
    /// (read again when another is published or withdrawn, also by another process), or of the
    /// guides shipped with the hub until one is published.
    pub(crate) async fn guide_titles(&self) -> Result<Arc<GuideTitles>> {
        let Some(newest) = self.store.newest_content_pack().await? else {
            return Ok(GuideTitles::shipped());
        };
        let mut cached = self.titles.lock().await;
        if let Some((key, titles)) = cached.as_ref()
            && *key == newest
        {
            return Ok(titles.clone());
        }
        let titles = match self.pack_titles(&newest.0, newest.1).await {
            Ok(titles) => Arc::new(titles),
            Err(error) => {
                tracing::warn!(
                    "guide titles of content pack {}: {error:#}; using the shipped guides' titles",
                    newest.1
                );
                GuideTitles::shipped()
            }
        };
        *cached = Some((newest, titles.clone()));
        Ok(titles)
    }

    /// The editors' keys allowed to publish, as stored by `content trust`.
    async fn trusted_keys(&self) -> Result<Vec<TrustedKey>> {
        self.store
            .content_keys()
            .await?
            .iter()
            .map(|text| TrustedKey::parse(text).context("a stored trusted key"))
            .collect()
    }

    async fn pack_titles(&self, scope: &str, version: i64) -> Result<GuideTitles> {
        let data = self.store.content_pack_data(scope, version).await?.context("the pack is gone")?;
        let trusted = self.trusted_keys().await?;
        let expect = lotsen_pack::Expect { trusted: &trusted, min_version: 0, kiosk_version: None };
        let pack = lotsen_pack::verify(data.as_slice(), expect).context("the stored pack does not verify")?;
        Ok(GuideTitles::from_pack(pack.files()))
    }
}

fn etag_of(body: &[u8]) -> String {
    format!("\"{}\"", &lotsen_pack::sha256_hex(body)[..32])
}

/// The content pack this kiosk should run.
#[utoipa::path(
    get,
    path = "/api/v1/content",
    security(("kiosk_token" = [])),
    params(("If-None-Match" = Option<String>, Header, description = "The ETag of the last answer")),
    responses(
        (status = 200, description = "The pack to run (none: the bundled content); with an ETag", body = ContentAnswer),
        (status = 304, description = "Same answer as the ETag in If-None-Match"),
        (status = 401, description = "Missing, unknown or revoked kiosk token", body = ErrorBody),
    )
)]
pub(crate) async fn get_content(
    State(hub): State<Hub>,
    KioskAuth(kiosk_id): KioskAuth,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let region = hub.store.kiosk_region(&kiosk_id).await.map_err(ApiError::internal)?;
    let current = hub.store.current_content_pack(&region).await.map_err(ApiError::internal)?;
    let withdrawn = hub.store.withdrawn_content_versions(&region).await.map_err(ApiError::internal)?;
    let answer = ContentAnswer {
        pack: current.map(|pack| ContentPackInfo {
            version: pack.version as u64,
            size: pack.size as u64,
            sha256: pack.sha256,
        }),
        withdrawn: withdrawn.into_iter().map(|version| version as u64).collect(),
        settings: hub.settings_for_kiosk(&kiosk_id).await.map_err(ApiError::internal)?,
    };
    let body = serde_json::to_vec(&answer).map_err(|error| ApiError::internal(error.into()))?;
    let etag = etag_of(&body);
    let etag_header = HeaderValue::from_str(&etag).expect("hex in quotes is a header value");
    let unchanged = headers
        .get_all(IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|tag| tag.trim() == etag || tag.trim() == "*");
    if unchanged {
        return Ok((StatusCode::NOT_MODIFIED, [(ETAG, etag_header)]).into_response());
    }
    Ok((StatusCode::OK, [(ETAG, etag_header), (CONTENT_TYPE, HeaderValue::from_static("application/json"))], body)
        .into_response())
}

/// Downloads a pack file; resumable with `Range: bytes=N-`.
#[utoipa::path(
    get,
    path = "/api/v1/content/{version}",
    security(("kiosk_token" = [])),
    params(
        ("version" = u64, Path, description = "The pack version from GET /api/v1/content"),
        ("Range" = Option<String>, Header, description = "One byte range, e.g. bytes=1048576-"),
    ),
    responses(
        (status = 200, description = "The whole pack file (application/octet-stream)"),
        (status = 206, description = "The range asked for, with Content-Range"),
        (status = 401, description = "Missing, unknown or revoked kiosk token", body = ErrorBody),
        (status = 404, description = "No such pack for this kiosk, or withdrawn", body = ErrorBody),
        (status = 416, description = "The range is outside the file", body = ErrorBody),
    )
)]
pub(crate) async fn get_content_pack(
    State(hub): State<Hub>,
    KioskAuth(kiosk_id): KioskAuth,
    Path(version): Path<u64>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let not_found = || ApiError::new(StatusCode::NOT_FOUND, format!("no content pack {version} for this kiosk"));
    let stored_version = i64::try_from(version).map_err(|_| not_found())?;
    let region = hub.store.kiosk_region(&kiosk_id).await.map_err(ApiError::internal)?;
    let data = hub
        .store
        .content_pack_data(&region, stored_version)
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(not_found)?;
    let size = data.len() as u64;
    let octets = HeaderValue::from_static("application/octet-stream");
    let bytes = HeaderValue::from_static("bytes");
    let Some(range) = headers.get(RANGE) else {
        return Ok((StatusCode::OK, [(CONTENT_TYPE, octets), (ACCEPT_RANGES, bytes)], data).into_response());
    };
    let unsatisfiable = || {
        let mut response =
            ApiError::new(StatusCode::RANGE_NOT_SATISFIABLE, "the range is outside the file").into_response();
        response
            .headers_mut()
            .insert(CONTENT_RANGE, HeaderValue::from_str(&format!("bytes */{size}")).expect("digits"));
        response
    };
    let ranges = range
        .to_str()
        .ok()
        .and_then(|text| http_range_header::parse_range_header(text).ok())
        .and_then(|parsed| parsed.validate(size).ok());
    let range = match ranges.as_deref() {
        Some([range]) => range.clone(),
        _ => return Ok(unsatisfiable()),
    };
    let (start, end) = (*range.start(), *range.end());
    let part = data[start as usize..=end as usize].to_vec();
    Ok(Response::builder()
        .status(StatusCode::PARTIAL_CONTENT)
        .header(CONTENT_TYPE, octets)
        .header(ACCEPT_RANGES, bytes)
        .header(CONTENT_RANGE, format!("bytes {start}-{end}/{size}"))
        .header(CONTENT_LENGTH, part.len())
        .body(Body::from(part))
        .expect("a valid response"))
}
