-- Claims, their phrasings, appearances and reviews; chat adapters' handled events and settings.
-- Plain relational SQL (TEXT, INTEGER, composite keys, foreign keys) so that a PostgreSQL store can share the design.
-- Dates are ISO 8601 text: 'yyyy-MM-dd' for a publication day, 'yyyy-MM-ddTHH:mm:ssZ' (UTC) for a moment.

CREATE TABLE claims (
    id           TEXT NOT NULL PRIMARY KEY,
    text         TEXT NOT NULL,
    language     TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE claim_phrasings (
    claim_id TEXT    NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT    NOT NULL,
    language TEXT    NULL,
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_appearances (
    claim_id TEXT    NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url      TEXT    NOT NULL,
    PRIMARY KEY (claim_id, position)
);

CREATE INDEX ix_claim_appearances_url ON claim_appearances (url);

-- A review is identified by its URL within its claim.
CREATE TABLE claim_reviews (
    claim_id       TEXT    NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    url            TEXT    NOT NULL,
    position       INTEGER NOT NULL,
    publisher_name TEXT    NOT NULL,
    publisher_site TEXT    NULL,
    rating_text    TEXT    NOT NULL,
    verdict        TEXT    NOT NULL,
    published_on   TEXT    NULL,
    headline       TEXT    NULL,
    language       TEXT    NULL,
    summary        TEXT    NULL,
    PRIMARY KEY (claim_id, url)
);

CREATE TABLE handled_events (
    platform   TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    handled_at TEXT NOT NULL,
    PRIMARY KEY (platform, event_id)
);

CREATE INDEX ix_handled_events_handled_at ON handled_events (handled_at);

CREATE TABLE chat_settings (
    platform   TEXT NOT NULL,
    scope      TEXT NOT NULL,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, scope, key)
);
