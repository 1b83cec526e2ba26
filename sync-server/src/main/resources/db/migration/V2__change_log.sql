-- The change log: every change to anything a kiosk shows, appended in the same transaction as the
-- change. seq is handed out by sync_state.last_seq, whose row lock also serialises appends under
-- PostgreSQL, so seq order is commit order there too.

CREATE TABLE sync_state (
    id            INTEGER     PRIMARY KEY CHECK (id = 1),
    epoch         VARCHAR(36) NOT NULL,
    last_seq      BIGINT      NOT NULL,
    -- Entries with seq <= retained_after have been removed; cursors before it must take a snapshot.
    retained_after BIGINT     NOT NULL
);

CREATE TABLE change_log (
    seq                BIGINT      PRIMARY KEY,
    entity             VARCHAR(16) NOT NULL,
    entity_id          VARCHAR(64) NOT NULL,
    operation          VARCHAR(8)  NOT NULL,
    -- The region the record belongs to (vacancies), for scoping; NULL means every kiosk sees it.
    region_id          VARCHAR(16),
    -- The region it belonged to before this change, so a kiosk that loses it gets a DELETE.
    previous_region_id VARCHAR(16),
    document           TEXT,
    changed_at         VARCHAR(40) NOT NULL
);
