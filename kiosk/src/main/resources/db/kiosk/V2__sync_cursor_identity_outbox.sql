-- The change-log cursor applied with each batch, the kiosk's own key pair and enrolment, and the
-- outbox of referral slips not yet acknowledged by the server.

ALTER TABLE sync_state ADD COLUMN cursor_epoch TEXT;
ALTER TABLE sync_state ADD COLUMN cursor_seq INTEGER;

-- Generated once, on the kiosk's first start; the private key never leaves the kiosk.
CREATE TABLE kiosk_key (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    public_key  TEXT NOT NULL,  -- raw 32-byte Ed25519 key, Base64
    private_key TEXT NOT NULL,  -- PKCS#8, Base64
    created_at  TEXT NOT NULL
);

-- Given by the server at enrolment.
CREATE TABLE kiosk_enrolment (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    kiosk_id    TEXT NOT NULL,
    centre_id   TEXT NOT NULL,
    token       TEXT NOT NULL,
    enrolled_at TEXT NOT NULL
);

CREATE TABLE outbox (
    slip_id     TEXT PRIMARY KEY,
    json        TEXT NOT NULL,
    issued_at   TEXT NOT NULL,
    printed_at  TEXT,
    uploaded_at TEXT
);

CREATE INDEX outbox_pending ON outbox (uploaded_at, issued_at);
