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
    batch_id TEXT NOT NULL,
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

-- Rollups maintained at ingest. `metric` is an event kind or `sessions` / `assisted_sessions`;
-- `guide` and `locale` are '' where an event has none.
CREATE TABLE daily_counts (
    kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
    day BIGINT NOT NULL,
    guide TEXT NOT NULL,
    locale TEXT NOT NULL,
    metric TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, day, guide, locale, metric)
);

CREATE TABLE hour_of_day_counts (
    kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
    day BIGINT NOT NULL,
    hour_of_day BIGINT NOT NULL,
    guide TEXT NOT NULL,
    metric TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, day, hour_of_day, guide, metric)
);

-- Funnels: how many step_reached / guide_abandoned events each step of a guide got.
CREATE TABLE step_counts (
    kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
    day BIGINT NOT NULL,
    guide TEXT NOT NULL,
    step BIGINT NOT NULL,
    metric TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, day, guide, step, metric)
);

CREATE INDEX kiosks_region ON kiosks (region);
