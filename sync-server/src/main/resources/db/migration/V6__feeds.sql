-- Vacancy feeds: the sources centres and employers register, the file last uploaded to each, and
-- the history of their runs. The vacancies a feed brings live in the vacancy table like any other,
-- under ids "feed-<source id>-...", written through the store that logs every change.
-- Types are chosen to mean the same in PostgreSQL.

CREATE TABLE feed_source (
    id          VARCHAR(16)   PRIMARY KEY,
    -- CENTRE or EMPLOYER; owner_id is a training_centre or an employer id accordingly
    owner_kind  VARCHAR(16)   NOT NULL,
    owner_id    VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    -- URL or UPLOAD
    kind        VARCHAR(8)    NOT NULL,
    -- CSV, XLSX, JSON or JSON_LD
    format      VARCHAR(8)    NOT NULL,
    url         VARCHAR(2000),
    -- how often the scheduler runs a URL source; NULL: only on demand
    every_hours INTEGER,
    -- a full feed lists all of the source's vacancies: one missing from it is closed
    full_feed   BOOLEAN       NOT NULL,
    created_at  VARCHAR(40)   NOT NULL
);

CREATE INDEX feed_source_owner ON feed_source (owner_kind, owner_id);

CREATE TABLE feed_upload (
    source_id    VARCHAR(16)  PRIMARY KEY REFERENCES feed_source (id),
    file_name    VARCHAR(255) NOT NULL,
    size         BIGINT       NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    uploaded_at  VARCHAR(40)  NOT NULL,
    -- the file's bytes: BYTEA is PostgreSQL's binary type; SQLite stores a blob in it unchanged
    content      BYTEA        NOT NULL
);

CREATE TABLE feed_run (
    id              VARCHAR(32)  PRIMARY KEY,
    source_id       VARCHAR(16)  NOT NULL REFERENCES feed_source (id),
    -- 1 for the source's first run, counting up; orders the history
    number          INTEGER      NOT NULL,
    -- MANUAL or SCHEDULE
    started_by      VARCHAR(16)  NOT NULL,
    -- APPLIED or FAILED
    status          VARCHAR(16)  NOT NULL,
    started_at      VARCHAR(40)  NOT NULL,
    finished_at     VARCHAR(40)  NOT NULL,
    content_hash    VARCHAR(64),
    rows_read       INTEGER      NOT NULL,
    created_count   INTEGER      NOT NULL,
    changed_count   INTEGER      NOT NULL,
    unchanged_count INTEGER      NOT NULL,
    closed_count    INTEGER      NOT NULL,
    rejected_count  INTEGER      NOT NULL,
    -- JSON: [{"line": 7, "reason": "baris 7: ..."}]
    rejected        TEXT         NOT NULL,
    -- JSON: {"warnings": [...], "changes": {"created": [...], "changed": [...], "closed": [...]}}
    details         TEXT         NOT NULL,
    -- why a failed run changed nothing
    failure         TEXT,
    UNIQUE (source_id, number)
);
