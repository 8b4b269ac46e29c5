//! The dashboard's own rows: coordinator logins, their sessions, and when each kiosk last
//! synced. Same rule as the rest of the store: SQL both SQLite and PostgreSQL understand.

use anyhow::{Context, Result};

use super::{Store, now_unix};

/// A person who may log in to the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DashboardUser {
    pub name: String,
    /// The region they see; `None` for an admin (all regions).
    pub region: Option<String>,
    pub password_hash: String,
}

/// A kiosk and the time (Unix seconds) the hub last stored a batch of it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct KioskSync {
    #[sqlx(rename = "id")]
    pub kiosk_id: String,
    pub library: String,
    pub region: String,
    pub revoked_at: Option<i64>,
    pub last_batch_at: Option<i64>,
}

impl KioskSync {
    pub fn revoked(&self) -> bool {
        self.revoked_at.is_some()
    }
}

const USER_COLUMNS: &str = "u.name, u.region, u.password_hash";

impl Store {
    /// Adds a dashboard user; fails if the name is taken.
    pub async fn insert_dashboard_user(
        &self,
        name: &str,
        region: Option<&str>,
        is_admin: bool,
        password_hash: &str,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO dashboard_users (name, region, is_admin, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(name.to_owned())
        .bind(region.map(str::to_owned))
        .bind(i64::from(is_admin))
        .bind(password_hash.to_owned())
        .bind(now_unix())
        .execute(&self.pool)
        .await
        .with_context(|| format!("adding dashboard user {name:?} (does it exist already?)"))?;
        Ok(())
    }

    pub async fn dashboard_user(&self, name: &str) -> Result<Option<DashboardUser>> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {USER_COLUMNS} FROM dashboard_users u WHERE u.name = $1")))
            .bind(name.to_owned())
            .fetch_optional(&self.pool)
            .await
            .with_context(|| format!("looking up dashboard user {name:?}"))
    }

    pub async fn insert_dashboard_session(&self, id_hash: &str, user: &str, expires_at: i64) -> Result<()> {
        sqlx::query("DELETE FROM dashboard_sessions WHERE expires_at < $1")
            .bind(now_unix())
            .execute(&self.pool)
            .await
            .context("forgetting expired dashboard sessions")?;
        sqlx::query(
            "INSERT INTO dashboard_sessions (id_hash, user_name, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id_hash.to_owned())
        .bind(user.to_owned())
        .bind(now_unix())
        .bind(expires_at)
        .execute(&self.pool)
        .await
        .with_context(|| format!("starting a dashboard session for {user:?}"))?;
        Ok(())
    }

    /// The user of a session that has not expired.
    pub async fn dashboard_session_user(&self, id_hash: &str) -> Result<Option<DashboardUser>> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM dashboard_sessions s JOIN dashboard_users u ON u.name = s.user_name WHERE s.id_hash = $1 AND s.expires_at > $2"
        )))
        .bind(id_hash.to_owned())
        .bind(now_unix())
        .fetch_optional(&self.pool)
        .await
        .context("looking up a dashboard session")
    }

    pub async fn delete_dashboard_session(&self, id_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM dashboard_sessions WHERE id_hash = $1")
            .bind(id_hash.to_owned())
            .execute(&self.pool)
            .await
            .context("ending a dashboard session")?;
        Ok(())
    }

    /// Every kiosk (of `region`, or all) with the time of its last stored batch.
    pub async fn kiosk_syncs(&self, region: Option<&str>) -> Result<Vec<KioskSync>> {
        let mut sql = String::from(
            "SELECT k.id AS id, k.library AS library, k.region AS region, k.revoked_at AS revoked_at, (SELECT MAX(b.received_at) FROM batches b WHERE b.kiosk_id = k.id) AS last_batch_at FROM kiosks k",
        );
        if region.is_some() {
            sql += " WHERE k.region = $1";
        }
        sql += " ORDER BY k.region, k.library, k.id";
        let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        if let Some(region) = region {
            query = query.bind(region.to_owned());
        }
        query.fetch_all(&self.pool).await.context("reading when kiosks last synced")
    }
}
