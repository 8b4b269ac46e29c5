//! The dashboard's own rows: coordinator logins, their sessions, and when each kiosk last
//! synced. Same rule as the rest of the store: SQL both SQLite and PostgreSQL understand.

use anyhow::{Context, Result};
use sqlx::Row;

use super::Store;

/// A person who may log in to the dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DashboardUser {
    pub name: String,
    /// The region they see; `None` for an admin (all regions).
    pub region: Option<String>,
    pub is_admin: bool,
    pub password_hash: String,
    pub failed_logins: i64,
    pub locked_until: Option<i64>,
}

/// A kiosk and the time (Unix seconds) the hub last stored a batch of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskSync {
    pub kiosk_id: String,
    pub library: String,
    pub region: String,
    pub revoked: bool,
    pub last_batch_at: Option<i64>,
}

fn user_from_row(row: &sqlx::any::AnyRow) -> Result<DashboardUser> {
    Ok(DashboardUser {
        name: row.try_get("name")?,
        region: row.try_get("region")?,
        is_admin: row.try_get::<i64, _>("is_admin")? != 0,
        password_hash: row.try_get("password_hash")?,
        failed_logins: row.try_get("failed_logins")?,
        locked_until: row.try_get("locked_until")?,
    })
}

const USER_COLUMNS: &str = "u.name, u.region, u.is_admin, u.password_hash, u.failed_logins, u.locked_until";

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
        .bind(super::now_unix())
        .execute(&self.pool)
        .await
        .with_context(|| format!("adding dashboard user {name:?} (does it exist already?)"))?;
        Ok(())
    }

    pub async fn dashboard_user(&self, name: &str) -> Result<Option<DashboardUser>> {
        let row =
            sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {USER_COLUMNS} FROM dashboard_users u WHERE u.name = $1")))
                .bind(name.to_owned())
                .fetch_optional(&self.pool)
                .await
                .with_context(|| format!("looking up dashboard user {name:?}"))?;
        row.as_ref().map(user_from_row).transpose()
    }

    /// Counts a failed login; at `limit` failures the user is locked until `lock_until` and the
    /// count starts again. Returns whether this failure locked the user.
    pub async fn record_failed_login(&self, name: &str, limit: i64, lock_until: i64) -> Result<bool> {
        let mut tx = self.pool.begin().await.context("starting a transaction")?;
        let row = sqlx::query(
            "UPDATE dashboard_users SET failed_logins = failed_logins + 1 WHERE name = $1 RETURNING failed_logins",
        )
        .bind(name.to_owned())
        .fetch_optional(&mut *tx)
        .await
        .with_context(|| format!("counting a failed login of {name:?}"))?;
        let failures: i64 = match row {
            Some(row) => row.try_get("failed_logins")?,
            None => return Ok(false),
        };
        let locked = failures >= limit;
        if locked {
            sqlx::query("UPDATE dashboard_users SET failed_logins = 0, locked_until = $1 WHERE name = $2")
                .bind(lock_until)
                .bind(name.to_owned())
                .execute(&mut *tx)
                .await
                .with_context(|| format!("locking dashboard user {name:?}"))?;
        }
        tx.commit().await.context("committing a failed login")?;
        Ok(locked)
    }

    pub async fn reset_failed_logins(&self, name: &str) -> Result<()> {
        sqlx::query("UPDATE dashboard_users SET failed_logins = 0, locked_until = NULL WHERE name = $1")
            .bind(name.to_owned())
            .execute(&self.pool)
            .await
            .with_context(|| format!("resetting failed logins of {name:?}"))?;
        Ok(())
    }

    pub async fn insert_dashboard_session(&self, id_hash: &str, user: &str, expires_at: i64) -> Result<()> {
        sqlx::query("DELETE FROM dashboard_sessions WHERE expires_at < $1")
            .bind(super::now_unix())
            .execute(&self.pool)
            .await
            .context("forgetting expired dashboard sessions")?;
        sqlx::query(
            "INSERT INTO dashboard_sessions (id_hash, user_name, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id_hash.to_owned())
        .bind(user.to_owned())
        .bind(super::now_unix())
        .bind(expires_at)
        .execute(&self.pool)
        .await
        .with_context(|| format!("starting a dashboard session for {user:?}"))?;
        Ok(())
    }

    /// The user of a session that has not expired.
    pub async fn dashboard_session_user(&self, id_hash: &str) -> Result<Option<DashboardUser>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM dashboard_sessions s JOIN dashboard_users u ON u.name = s.user_name WHERE s.id_hash = $1 AND s.expires_at > $2"
        )))
        .bind(id_hash.to_owned())
        .bind(super::now_unix())
        .fetch_optional(&self.pool)
        .await
        .context("looking up a dashboard session")?;
        row.as_ref().map(user_from_row).transpose()
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
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        if let Some(region) = region {
            query = query.bind(region.to_owned());
        }
        let rows = query.fetch_all(&self.pool).await.context("reading when kiosks last synced")?;
        rows.iter()
            .map(|row| {
                Ok(KioskSync {
                    kiosk_id: row.try_get("id")?,
                    library: row.try_get("library")?,
                    region: row.try_get("region")?,
                    revoked: row.try_get::<Option<i64>, _>("revoked_at")?.is_some(),
                    last_batch_at: row.try_get("last_batch_at")?,
                })
            })
            .collect()
    }
}
