-- Sentence embeddings of claim texts, so a restart does not run the model again.
-- Keyed by the model (its id names weights and settings) and the SHA-256 of the text, not by claim: two claims
-- with the same wording share a vector, and an edited claim text simply gets a new key.
CREATE TABLE IF NOT EXISTS embeddings (
    model_id    TEXT    NOT NULL,
    text_sha256 BLOB    NOT NULL,
    dimensions  INTEGER NOT NULL,
    vector      BLOB    NOT NULL, -- float32, little-endian, `dimensions` values
    PRIMARY KEY (model_id, text_sha256)
);
