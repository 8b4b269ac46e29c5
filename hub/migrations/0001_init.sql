-- One schema for SQLite and PostgreSQL: only TEXT and BIGINT columns, no
-- auto-increment, no dialect-only syntax. Times are Unix seconds; event hours are hours since
-- 1970-01-01T00:00 of the kiosk's local time, days are hour / 24.

CREATE TABLE kiosks (
    id TEXT PRIMARY KEY,
    library TEXT NOT NULL,
    region TEXT NOT NULL,
    -- Hex SHA-256 of the kiosk's bearer token; the token itself is never stored.
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    -- The region this coordinator token may read; NULL is reserved for an all-regions token.
    region TEXT,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

-- Every accepted batch, so that a resent batch gets the same answer and a different batch under
-- a known id gets 409.
CREATE TABLE batches (
    batch_id TEXT PRIMARY KEY,
    kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
    content_hash TEXT NOT NULL,
    acked_through_seq BIGINT NOT NULL,
    received_at BIGINT NOT NULL
);

-- The raw events, each stored once per (kiosk, seq).
CREATE TABLE events (
    kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
    seq BIGINT NOT NULL,
    hour BIGINT NOT NULL,
    session TEXT NOT NULL,
    kind TEXT NOT NULL,
    guide TEXT,
    step BIGINT,
    locale TEXT,
    helpful BIGINT,
    correct BIGINT,
    PRIMARY KEY (kiosk_id, seq)
);

-- Per-session facts, so that a session is counted once however many batches it spans.
CREATE TABLE sessions (
    kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
    session TEXT NOT NULL,
    first_hour BIGINT NOT NULL,
    assisted BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (kiosk_id, session)
);

-- Rollups maintained at ingest (see src/rollup.rs). `dims` says which of guide (g), locale (l)
-- and hour of day (h) a row keeps; the others are '' / -1. Keyed so that a query for one level
-- (and guide) over a date range is a range scan per kiosk.
CREATE TABLE stats_counts (
    kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
    dims TEXT NOT NULL,
    guide TEXT NOT NULL,
    day BIGINT NOT NULL,
    locale TEXT NOT NULL,
    hour_of_day BIGINT NOT NULL,
    sessions BIGINT NOT NULL,
    assisted_sessions BIGINT NOT NULL,
    guides_opened BIGINT NOT NULL,
    guides_completed BIGINT NOT NULL,
    help_asked BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, dims, guide, day, locale, hour_of_day)
);

-- Funnels: how many step_reached / guide_abandoned events each step of a guide got.
CREATE TABLE step_counts (
    kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
    guide TEXT NOT NULL,
    day BIGINT NOT NULL,
    step BIGINT NOT NULL,
    metric TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, guide, day, step, metric)
);

CREATE INDEX kiosks_region ON kiosks (region);
