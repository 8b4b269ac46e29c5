-- Signed content packs (issue 11): the minisign public keys allowed to publish, and the packs
-- published, per scope: a region's name, or '' for every region. Versions only go up per scope
-- (a withdrawn version is never reused). The pack file itself is kept in the row (at most ~50 MB).
CREATE TABLE content_keys (
    key_id TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    added_at BIGINT NOT NULL
);

CREATE TABLE content_packs (
    scope TEXT NOT NULL,
    version BIGINT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    key_id TEXT NOT NULL REFERENCES content_keys (key_id),
    published_at BIGINT NOT NULL,
    withdrawn_at BIGINT,
    data BYTEA NOT NULL,
    PRIMARY KEY (scope, version)
);
