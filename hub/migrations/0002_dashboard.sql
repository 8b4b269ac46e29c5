-- Coordinator dashboard: people who log in, and their server-side sessions.

CREATE TABLE dashboard_users (
    name TEXT PRIMARY KEY,
    -- The region this coordinator sees; NULL for an admin (all regions).
    region TEXT,
    is_admin BIGINT NOT NULL DEFAULT 0,
    -- Argon2id PHC string.
    password_hash TEXT NOT NULL,
    failed_logins BIGINT NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL
);

-- A login session: only the SHA-256 of the random id in the cookie is stored.
CREATE TABLE dashboard_sessions (
    id_hash TEXT PRIMARY KEY,
    user_name TEXT NOT NULL REFERENCES dashboard_users (name) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX batches_kiosk_received ON batches (kiosk_id, received_at);
