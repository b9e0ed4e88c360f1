-- Posts for the reviewers' chats (a new or joined tip), one row per platform and chat, delivered and retried by the
-- outbox like verdict notifications. A row is deleted once delivered or given up: the text quotes a user's message,
-- which the tip itself keeps for as long as it must.

CREATE TABLE reviewer_notices (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);

CREATE INDEX ix_reviewer_notices_platform ON reviewer_notices (platform, id);
