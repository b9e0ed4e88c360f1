-- The tipline: messages users submitted for checking, who asked, what reviewers did, and the notification outbox.
-- Only a submitted message's text is stored (tips.text); an unsubmitted check leaves nothing here.

CREATE TABLE tips (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    text       TEXT    NOT NULL,
    text_hash  TEXT    NOT NULL,
    language   TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('Open', 'Published', 'Dismissed')),
    ask_count  INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    claim_id   TEXT    NULL REFERENCES claims (id)
);

CREATE INDEX ix_tips_status_count ON tips (status, ask_count DESC);
CREATE INDEX ix_tips_text_hash ON tips (text_hash);
CREATE INDEX ix_tips_updated_at ON tips (updated_at);
CREATE INDEX ix_tips_claim_id ON tips (claim_id);

CREATE TABLE tip_askers (
    tip_id   INTEGER NOT NULL REFERENCES tips (id) ON DELETE CASCADE,
    platform TEXT    NOT NULL,
    user_id  TEXT    NOT NULL,
    chat_id  TEXT    NOT NULL,
    language TEXT    NOT NULL,
    asked_at TEXT    NOT NULL,
    PRIMARY KEY (tip_id, platform, user_id)
);

CREATE INDEX ix_tip_askers_user ON tip_askers (platform, user_id);

CREATE TABLE tip_opt_outs (
    platform TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    at       TEXT NOT NULL,
    PRIMARY KEY (platform, user_id)
);

-- The audit log: who did what, when. Not tied to tips by a foreign key, so purging a tip keeps the record.
CREATE TABLE reviewer_actions (
    id       INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    platform TEXT    NOT NULL,
    reviewer TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    tip_id   INTEGER NULL,
    detail   TEXT    NULL,
    at       TEXT    NOT NULL
);

-- One row per notification to send. The unique key makes enqueueing idempotent: the same verdict (claim version) is
-- never queued twice for one asker; a corrected claim has a new version and is queued again. sent_at marks delivery.
CREATE TABLE outbox (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    tip_id        INTEGER NOT NULL REFERENCES tips (id) ON DELETE CASCADE,
    platform      TEXT    NOT NULL,
    user_id       TEXT    NOT NULL,
    chat_id       TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    claim_id      TEXT    NOT NULL REFERENCES claims (id),
    claim_version TEXT    NOT NULL,
    is_update     INTEGER NOT NULL,
    created_at    TEXT    NOT NULL,
    sent_at       TEXT    NULL,
    UNIQUE (tip_id, platform, user_id, claim_id, claim_version)
);

CREATE INDEX ix_outbox_pending ON outbox (platform, sent_at, id);
CREATE INDEX ix_outbox_user ON outbox (platform, user_id);
