-- Covering indexes for the stats rollups: a stats query reads only the index, in key order,
-- instead of looking every row up in the table, which made a two-year region query over
-- 10 million events about ten times slower on SQLite. (PostgreSQL gets index-only scans.)
CREATE INDEX stats_counts_covering ON stats_counts
    (kiosk_id, dims, guide, day, locale, hour_of_day, sessions, assisted_sessions, guides_opened, guides_completed, help_asked);
CREATE INDEX step_counts_covering ON step_counts (kiosk_id, guide, day, step, metric, count);
