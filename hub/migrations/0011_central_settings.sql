-- Settings per region, library or kiosk (issue 11), sent to kiosks with the content answer; the
-- most specific wins. One row per key, the value in its text form (`languages` as `sv,en,ar`).
CREATE TABLE central_settings (
    scope_kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    setting TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (scope_kind, scope, setting)
);
