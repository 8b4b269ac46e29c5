//! Content packs and the keys allowed to sign them. A scope is a region's name, or '' for
//! every region.

use anyhow::{Context, Result};

use super::{Store, now_unix};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ContentPackRecord {
    /// A region's name, or '' for every region.
    pub scope: String,
    pub version: i64,
    pub size: i64,
    pub sha256: String,
    pub key_id: String,
    pub published_at: i64,
    pub withdrawn_at: Option<i64>,
}

/// What a new pack row holds.
pub struct NewContentPack<'a> {
    pub scope: &'a str,
    pub version: i64,
    pub sha256: &'a str,
    pub key_id: &'a str,
    pub data: &'a [u8],
}

const PACK_COLUMNS: &str = "scope, version, size, sha256, key_id, published_at, withdrawn_at";

impl Store {
    /// Adds a trusted key; false if it was trusted already.
    pub async fn insert_content_key(&self, key_id: &str, public_key: &str) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO content_keys (key_id, public_key, added_at) VALUES ($1, $2, $3) ON CONFLICT (key_id) DO NOTHING",
        )
        .bind(key_id.to_owned())
        .bind(public_key.to_owned())
        .bind(now_unix())
        .execute(&self.pool)
        .await
        .with_context(|| format!("adding trusted key {key_id}"))?;
        Ok(done.rows_affected() > 0)
    }

    /// The text of every trusted public key.
    pub async fn content_keys(&self) -> Result<Vec<String>> {
        sqlx::query_scalar("SELECT public_key FROM content_keys ORDER BY added_at, key_id")
            .fetch_all(&self.pool)
            .await
            .context("reading the trusted keys")
    }

    /// The highest version ever published (withdrawn or not) in `scope` or for every region.
    pub async fn latest_content_version(&self, scope: &str) -> Result<Option<i64>> {
        sqlx::query_scalar("SELECT MAX(version) FROM content_packs WHERE scope = $1 OR scope = ''")
            .bind(scope.to_owned())
            .fetch_one(&self.pool)
            .await
            .context("reading the latest content version")
    }

    pub async fn insert_content_pack(&self, pack: NewContentPack<'_>) -> Result<()> {
        sqlx::query(
            "INSERT INTO content_packs (scope, version, size, sha256, key_id, published_at, data) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(pack.scope.to_owned())
        .bind(pack.version)
        .bind(pack.data.len() as i64)
        .bind(pack.sha256.to_owned())
        .bind(pack.key_id.to_owned())
        .bind(now_unix())
        .bind(pack.data.to_vec())
        .execute(&self.pool)
        .await
        .with_context(|| format!("storing content pack {}", pack.version))?;
        Ok(())
    }

    pub async fn list_content_packs(&self) -> Result<Vec<ContentPackRecord>> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {PACK_COLUMNS} FROM content_packs ORDER BY scope, version")))
            .fetch_all(&self.pool)
            .await
            .context("listing content packs")
    }

    /// Withdraws pack `version` of `scope`; false if there is none or it was withdrawn already.
    pub async fn withdraw_content_pack(&self, scope: &str, version: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE content_packs SET withdrawn_at = $1 WHERE scope = $2 AND version = $3 AND withdrawn_at IS NULL",
        )
        .bind(now_unix())
        .bind(scope.to_owned())
        .bind(version)
        .execute(&self.pool)
        .await
        .with_context(|| format!("withdrawing content pack {version}"))?;
        Ok(done.rows_affected() > 0)
    }

    /// The newest pack not withdrawn for a kiosk in `region` (the region's own on a tie).
    pub async fn current_content_pack(&self, region: &str) -> Result<Option<ContentPackRecord>> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PACK_COLUMNS} FROM content_packs WHERE (scope = $1 OR scope = '') AND withdrawn_at IS NULL ORDER BY version DESC, scope DESC LIMIT 1"
        )))
        .bind(region.to_owned())
        .fetch_optional(&self.pool)
        .await
        .context("finding the current content pack")
    }

    /// The newest pack not withdrawn in any scope, as (scope, version).
    pub async fn newest_content_pack(&self) -> Result<Option<(String, i64)>> {
        sqlx::query_as(
            "SELECT scope, version FROM content_packs WHERE withdrawn_at IS NULL ORDER BY version DESC, published_at DESC, scope LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await
        .context("finding the newest content pack")
    }

    /// The versions withdrawn for a kiosk in `region`, lowest first.
    pub async fn withdrawn_content_versions(&self, region: &str) -> Result<Vec<i64>> {
        sqlx::query_scalar(
            "SELECT DISTINCT version FROM content_packs WHERE (scope = $1 OR scope = '') AND withdrawn_at IS NOT NULL ORDER BY version",
        )
        .bind(region.to_owned())
        .fetch_all(&self.pool)
        .await
        .context("reading the withdrawn content versions")
    }

    /// The file of pack `version` for a kiosk in `region`, if published there and not withdrawn.
    pub async fn content_pack_data(&self, region: &str, version: i64) -> Result<Option<Vec<u8>>> {
        sqlx::query_scalar(
            "SELECT data FROM content_packs WHERE (scope = $1 OR scope = '') AND version = $2 AND withdrawn_at IS NULL ORDER BY scope DESC LIMIT 1",
        )
        .bind(region.to_owned())
        .bind(version)
        .fetch_optional(&self.pool)
        .await
        .with_context(|| format!("reading content pack {version}"))
    }

    pub async fn kiosk_region(&self, kiosk_id: &str) -> Result<String> {
        sqlx::query_scalar("SELECT region FROM kiosks WHERE id = $1")
            .bind(kiosk_id.to_owned())
            .fetch_one(&self.pool)
            .await
            .with_context(|| format!("reading kiosk {kiosk_id:?}'s region"))
    }
}
