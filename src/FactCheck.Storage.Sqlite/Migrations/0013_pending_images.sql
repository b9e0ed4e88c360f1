-- Images offered to the reviewers and not yet submitted (the same change as PostgreSQL's 0013_pending_images), kept in
-- the store so that /submit or the button submits the image whichever instance it reaches, and after a restart.
-- No image bytes: the platform's reference to the image (a Telegram file id, a Discord attachment URL, the console's
-- path), the SHA-256 of the bytes read (the image fetched again must match), the PDQ fingerprints and the text its
-- answer offered. One row per user; a row is deleted when taken, replaced, forgotten, or once expired.
CREATE TABLE pending_images (
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    reference  TEXT NULL,
    sha256     TEXT NOT NULL,
    hashes     TEXT NOT NULL,
    tip_text   TEXT NOT NULL,
    caption    TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (platform, user_id)
);

CREATE INDEX ix_pending_images_expires_at ON pending_images (expires_at);
