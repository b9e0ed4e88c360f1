-- The change sequence of the claims: every insert, update or delete of a claim row takes the next number, so a search
-- index (in this process or another) can ask for "the changes after N" and catch up without reading every claim.
-- One row per claim, holding its latest change: an update deletes the claim's older row first, so the table stays the
-- size of the store. A deleted claim keeps its row (deleted = 1) as a tombstone. AUTOINCREMENT never reuses a number,
-- even after the highest row is deleted, so the sequence only grows.
-- Triggers rather than code: every write path (import, a reviewer's publish, feeds) goes through them, including ones
-- not written yet.
CREATE TABLE claim_changes (
    seq      INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    claim_id TEXT    NOT NULL,
    deleted  INTEGER NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX ix_claim_changes_claim_id ON claim_changes (claim_id);

-- Which store an index was built from: a copied or replaced database file is a different store.
CREATE TABLE store_identity (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    store_id TEXT    NOT NULL
);

INSERT INTO store_identity (id, store_id) VALUES (1, lower(hex(randomblob(16))));

INSERT INTO claim_changes (claim_id) SELECT id FROM claims ORDER BY id;

CREATE TRIGGER claims_change_on_insert AFTER INSERT ON claims
BEGIN
    DELETE FROM claim_changes WHERE claim_id = NEW.id;
    INSERT INTO claim_changes (claim_id, deleted) VALUES (NEW.id, 0);
END;

CREATE TRIGGER claims_change_on_update AFTER UPDATE ON claims
BEGIN
    DELETE FROM claim_changes WHERE claim_id = OLD.id OR claim_id = NEW.id;
    INSERT INTO claim_changes (claim_id, deleted) VALUES (NEW.id, 0);
    INSERT INTO claim_changes (claim_id, deleted) SELECT OLD.id, 1 WHERE OLD.id <> NEW.id;
END;

CREATE TRIGGER claims_change_on_delete AFTER DELETE ON claims
BEGIN
    DELETE FROM claim_changes WHERE claim_id = OLD.id;
    INSERT INTO claim_changes (claim_id, deleted) VALUES (OLD.id, 1);
END;
