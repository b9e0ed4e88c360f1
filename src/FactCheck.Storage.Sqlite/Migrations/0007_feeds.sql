-- Feeds: each source's last run, cursor and error; each address read, with its validators for conditional requests;
-- and the tip answers a feed suggested to the reviewers (a tip is offered a claim once).

CREATE TABLE feed_sources (
    name            TEXT NOT NULL PRIMARY KEY,
    last_run_at     TEXT NULL,
    last_success_at TEXT NULL,
    cursor          TEXT NULL,
    last_error      TEXT NULL,
    last_error_at   TEXT NULL
);

CREATE TABLE feed_resources (
    source        TEXT NOT NULL,
    url           TEXT NOT NULL,
    etag          TEXT NULL,
    last_modified TEXT NULL,
    fetched_at    TEXT NOT NULL,
    PRIMARY KEY (source, url)
);

CREATE TABLE feed_suggestions (
    tip_id       INTEGER NOT NULL REFERENCES tips (id) ON DELETE CASCADE,
    claim_id     TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    confidence   REAL    NOT NULL,
    suggested_at TEXT    NOT NULL,
    PRIMARY KEY (tip_id, claim_id)
);
