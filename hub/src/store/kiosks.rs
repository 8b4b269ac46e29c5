//! Kiosks and their tokens, coordinator API tokens.

use anyhow::{Context, Result};

use super::{Store, now_unix};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct KioskRecord {
    pub id: String,
    pub library: String,
    pub region: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ApiTokenRecord {
    pub id: String,
    /// `None`: every region (reserved for an admin token).
    pub region: Option<String>,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

impl Store {
    pub async fn insert_kiosk(&self, id: &str, library: &str, region: &str, token_hash: &str) -> Result<()> {
        sqlx::query("INSERT INTO kiosks (id, library, region, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id.to_owned())
            .bind(library.to_owned())
            .bind(region.to_owned())
            .bind(token_hash.to_owned())
            .bind(now_unix())
            .execute(&self.pool)
            .await
            .with_context(|| format!("adding kiosk {id:?}"))?;
        Ok(())
    }

    pub async fn kiosk_exists(&self, id: &str) -> Result<bool> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM kiosks WHERE id = $1")
            .bind(id.to_owned())
            .fetch_one(&self.pool)
            .await
            .with_context(|| format!("looking up kiosk {id:?}"))?;
        Ok(count > 0)
    }

    pub async fn list_kiosks(&self) -> Result<Vec<KioskRecord>> {
        sqlx::query_as("SELECT id, library, region, created_at, revoked_at FROM kiosks ORDER BY region, library, id")
            .fetch_all(&self.pool)
            .await
            .context("listing kiosks")
    }

    /// Revokes a kiosk's token; false if there is no such kiosk or it was revoked already.
    pub async fn revoke_kiosk(&self, id: &str) -> Result<bool> {
        let done = sqlx::query("UPDATE kiosks SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now_unix())
            .bind(id.to_owned())
            .execute(&self.pool)
            .await
            .with_context(|| format!("revoking kiosk {id:?}"))?;
        Ok(done.rows_affected() > 0)
    }

    /// The kiosk a token belongs to, if the token is known and not revoked.
    pub async fn kiosk_for_token(&self, token_hash: &str) -> Result<Option<String>> {
        sqlx::query_scalar("SELECT id FROM kiosks WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(token_hash.to_owned())
            .fetch_optional(&self.pool)
            .await
            .context("looking up a kiosk token")
    }

    pub async fn insert_api_token(&self, id: &str, region: Option<&str>, token_hash: &str) -> Result<()> {
        sqlx::query("INSERT INTO api_tokens (id, token_hash, region, created_at) VALUES ($1, $2, $3, $4)")
            .bind(id.to_owned())
            .bind(token_hash.to_owned())
            .bind(region.map(str::to_owned))
            .bind(now_unix())
            .execute(&self.pool)
            .await
            .with_context(|| format!("adding API token {id:?}"))?;
        Ok(())
    }

    pub async fn list_api_tokens(&self) -> Result<Vec<ApiTokenRecord>> {
        sqlx::query_as("SELECT id, region, created_at, revoked_at FROM api_tokens ORDER BY created_at, id")
            .fetch_all(&self.pool)
            .await
            .context("listing API tokens")
    }

    pub async fn revoke_api_token(&self, id: &str) -> Result<bool> {
        let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now_unix())
            .bind(id.to_owned())
            .execute(&self.pool)
            .await
            .with_context(|| format!("revoking API token {id:?}"))?;
        Ok(done.rows_affected() > 0)
    }

    /// The scope of a coordinator token: `Some(Some(region))`, `Some(None)` for all regions,
    /// `None` if the token is unknown or revoked.
    pub async fn api_token_scope(&self, token_hash: &str) -> Result<Option<Option<String>>> {
        sqlx::query_scalar("SELECT region FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(token_hash.to_owned())
            .fetch_optional(&self.pool)
            .await
            .context("looking up an API token")
    }
}
