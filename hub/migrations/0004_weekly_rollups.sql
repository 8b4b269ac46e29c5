-- Weekly rollups: the daily rollups summed per Monday-to-Sunday week, maintained at ingest
-- beside them (src/rollup.rs). A query over whole weeks reads these, a seventh of the rows;
-- a year of all regions by guide was ~175,000 daily rows. Same columns and keys as the daily
-- tables; `day` is the Monday the week starts on (days since 1970-01-01; day 0 was a Thursday,
-- so (day + 3) % 7 is the weekday, Monday 0). Stored days are from 2000 on, so never negative.

CREATE TABLE stats_counts_weekly (
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

CREATE TABLE step_counts_weekly (
    kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
    guide TEXT NOT NULL,
    day BIGINT NOT NULL,
    step BIGINT NOT NULL,
    metric TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, guide, day, step, metric)
);

-- Backfill from the daily rollups already stored.
INSERT INTO stats_counts_weekly
    (kiosk_id, dims, guide, day, locale, hour_of_day, sessions, assisted_sessions, guides_opened, guides_completed, help_asked)
SELECT kiosk_id, dims, guide, day - (day + 3) % 7, locale, hour_of_day,
    CAST(SUM(sessions) AS BIGINT), CAST(SUM(assisted_sessions) AS BIGINT), CAST(SUM(guides_opened) AS BIGINT),
    CAST(SUM(guides_completed) AS BIGINT), CAST(SUM(help_asked) AS BIGINT)
FROM stats_counts
GROUP BY kiosk_id, dims, guide, day - (day + 3) % 7, locale, hour_of_day;

INSERT INTO step_counts_weekly (kiosk_id, guide, day, step, metric, count)
SELECT kiosk_id, guide, day - (day + 3) % 7, step, metric, CAST(SUM(count) AS BIGINT)
FROM step_counts
GROUP BY kiosk_id, guide, day - (day + 3) % 7, step, metric;

-- Covering indexes, as for the daily rollups (0003).
CREATE INDEX stats_counts_weekly_covering ON stats_counts_weekly
    (kiosk_id, dims, guide, day, locale, hour_of_day, sessions, assisted_sessions, guides_opened, guides_completed, help_asked);
CREATE INDEX step_counts_weekly_covering ON step_counts_weekly (kiosk_id, guide, day, step, metric, count);
