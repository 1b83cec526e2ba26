-- The vacancies and reference data a kiosk may show, each as its full JSON record plus the
-- columns the kiosk queries by. Written by id (upsert or delete), so a change-log sync can apply
-- single changes as well as a full snapshot.

CREATE TABLE vacancy (
    id            TEXT PRIMARY KEY,
    status        TEXT NOT NULL,
    date_posted   TEXT NOT NULL,  -- ISO date, sorts as text
    valid_through TEXT NOT NULL,  -- ISO date, last day to apply
    employer_id   TEXT NOT NULL,
    trade_id      TEXT NOT NULL,
    region_id     TEXT NOT NULL,
    json          TEXT NOT NULL
);

CREATE INDEX vacancy_live ON vacancy (status, valid_through);
CREATE INDEX vacancy_newest ON vacancy (date_posted DESC, id);

-- Regions, estates, trades, employers and centres, keyed by kind and id.
CREATE TABLE reference_item (
    kind TEXT NOT NULL,
    id   TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);

-- One row: when the catalogue was last brought up to date from the server.
CREATE TABLE sync_state (
    singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_synced_at TEXT NOT NULL
);
