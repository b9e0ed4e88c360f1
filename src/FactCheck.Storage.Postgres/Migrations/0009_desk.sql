-- The reviewers' web desk (the same change as SQLite's 0009_desk): one-time sign-in links and browser sessions. Only a
-- SHA-256 of each secret is stored, so a copy of the database opens no session. A link is used once (used_at); a
-- session is revoked by deleting its row.

CREATE TABLE desk_tokens (
    token_hash TEXT NOT NULL PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('Link', 'Session')),
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    language   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT NULL
);

CREATE INDEX ix_desk_tokens_user ON desk_tokens (platform, user_id);
CREATE INDEX ix_desk_tokens_expires ON desk_tokens (expires_at);
