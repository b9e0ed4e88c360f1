-- Statistics of user-requested checks for the reviewers' /stats. No text is kept: only a SHA-256 of the normalised
-- words (to count repeats of one message), when, where, the outcome and the confidently matched claims.

CREATE TABLE check_log (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    checked_at TEXT    NOT NULL,
    platform   TEXT    NOT NULL,
    text_hash  TEXT    NOT NULL,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('Reply', 'Suggest', 'NoMatch', 'NothingToCheck'))
);

CREATE INDEX ix_check_log_checked_at ON check_log (checked_at);

-- Claim ids are not foreign keys: statistics outlive a claim's removal and never block an import.
CREATE TABLE check_log_claims (
    check_id INTEGER NOT NULL REFERENCES check_log (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    claim_id TEXT    NOT NULL,
    PRIMARY KEY (check_id, position)
);

CREATE INDEX ix_check_log_claims_claim ON check_log_claims (claim_id);
