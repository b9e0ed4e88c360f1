-- Several instances on one store (the same change as SQLite's 0012_instances).
-- Outbox rows and reviewers' notices are leased to the instance delivering them: others skip a row until the lease
-- runs out, so a crashed instance's rows are delivered by another and a live one's are never sent twice.
ALTER TABLE outbox ADD COLUMN leased_until TEXT NULL;
ALTER TABLE reviewer_notices ADD COLUMN leased_until TEXT NULL;

-- Platform events (a Telegram update id) claimed by the instance handling them. A claim runs out at claimed_until
-- unless completed: an instance killed mid-update does not keep the update from being handled when it comes again.
CREATE TABLE event_claims (
    platform      TEXT NOT NULL,
    event_id      TEXT NOT NULL,
    claimed_until TEXT NOT NULL,
    completed_at  TEXT NULL,
    PRIMARY KEY (platform, event_id)
);

CREATE INDEX ix_event_claims_claimed_until ON event_claims (claimed_until);
