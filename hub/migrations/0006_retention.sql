-- Raw events older than the retention period are deleted (their rollups stay). The highest seq
-- deleted per kiosk: a resent event at or below it was stored before and is not counted again.
ALTER TABLE kiosks ADD COLUMN pruned_through_seq BIGINT NOT NULL DEFAULT 0;
