-- Images (#16). PDQ fingerprints (256 bits, 32 bytes) kept with the claim a verdict was published for, so a forwarded
-- copy of the image answers that claim even when no text can be read from it; deleted with the claim. Looked up by a
-- linear scan of Hamming distances: about 0.1 s at 100,000 rows (bench/README.md), so fit up to about that many.
CREATE TABLE claim_image_hashes (
    claim_id   TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    hash       BLOB NOT NULL,
    source     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (claim_id, hash)
);

-- The image of a tip submitted as an image: stored only on submission, deleted with the tip (purge, a /forget that
-- removes the tip) and by its submitter's /forget. hashes: its PDQ fingerprints, 64 hex digits each, space-separated.
CREATE TABLE tip_images (
    tip_id     INTEGER NOT NULL PRIMARY KEY REFERENCES tips (id) ON DELETE CASCADE,
    platform   TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    media_type TEXT    NOT NULL,
    bytes      BLOB    NOT NULL,
    hashes     TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);

CREATE INDEX ix_tip_images_user ON tip_images (platform, user_id);

-- A reviewers' notice of a tip submitted as an image posts the image with the text.
ALTER TABLE reviewer_notices ADD COLUMN image_tip_id INTEGER NULL;
