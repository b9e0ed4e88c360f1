-- Images (the same change as SQLite's 0008_images). PDQ fingerprints (256 bits, 32 bytes) kept with the claim a verdict
-- was published for, so a forwarded copy of the image answers that claim even when no text can be read from it;
-- deleted with the claim. Looked up by a linear scan of Hamming distances (bench/README.md).
CREATE TABLE claim_image_hashes (
    claim_id   TEXT  NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    hash       BYTEA NOT NULL,
    source     TEXT  NOT NULL,
    created_at TEXT  NOT NULL,
    PRIMARY KEY (claim_id, hash)
);

-- The image of a tip submitted as an image: stored only on submission, deleted with the tip and by its submitter's
-- /forget. hashes: its PDQ fingerprints, 64 hex digits each, space-separated.
CREATE TABLE tip_images (
    tip_id     BIGINT NOT NULL PRIMARY KEY REFERENCES tips (id) ON DELETE CASCADE,
    platform   TEXT   NOT NULL,
    user_id    TEXT   NOT NULL,
    media_type TEXT   NOT NULL,
    bytes      BYTEA  NOT NULL,
    hashes     TEXT   NOT NULL,
    created_at TEXT   NOT NULL
);

CREATE INDEX ix_tip_images_user ON tip_images (platform, user_id);

-- A reviewers' notice of a tip submitted as an image posts the image with the text.
ALTER TABLE reviewer_notices ADD COLUMN image_tip_id BIGINT NULL;
