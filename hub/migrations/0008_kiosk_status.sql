-- Kiosk health (issue 11): the latest status each kiosk sent (POST /api/v1/status), one row per
-- kiosk, replaced at every sync. Categories and numbers only: no free text from kiosks.
CREATE TABLE kiosk_status (
    kiosk_id TEXT PRIMARY KEY REFERENCES kiosks (id),
    received_at BIGINT NOT NULL,
    app_version TEXT NOT NULL,
    content_running BIGINT NOT NULL,
    content_staged BIGINT,
    events_waiting BIGINT NOT NULL,
    oldest_waiting TEXT,
    problem TEXT,
    disk_free_percent BIGINT NOT NULL,
    read_aloud TEXT NOT NULL,
    printer_configured BIGINT NOT NULL,
    uptime_hours BIGINT NOT NULL
);
