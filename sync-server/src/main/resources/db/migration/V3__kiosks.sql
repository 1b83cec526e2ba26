-- Kiosks, their one-time enrolment codes, and the referral slips they upload.
-- Codes and tokens are kept only as SHA-256 hashes.

CREATE TABLE enrolment_code (
    code_hash     VARCHAR(64) PRIMARY KEY,
    centre_id     VARCHAR(64) NOT NULL REFERENCES training_centre (id),
    created_at    VARCHAR(40) NOT NULL,
    expires_at    VARCHAR(40) NOT NULL,
    used_at       VARCHAR(40),
    used_by_kiosk VARCHAR(64)
);

CREATE TABLE kiosk (
    id            VARCHAR(64) PRIMARY KEY,
    centre_id     VARCHAR(64) NOT NULL REFERENCES training_centre (id),
    public_key    VARCHAR(64) NOT NULL,
    key_id        VARCHAR(16) NOT NULL UNIQUE,
    token_hash    VARCHAR(64) NOT NULL UNIQUE,
    enrolled_at   VARCHAR(40) NOT NULL,
    revoked_at    VARCHAR(40),
    last_seen_at  VARCHAR(40),
    app_version   VARCHAR(40),
    cursor_epoch  VARCHAR(36),
    cursor_seq    BIGINT,
    outbox_length INTEGER,
    printer_state VARCHAR(16),
    kiosk_clock   VARCHAR(40)
);

CREATE TABLE referral_slip (
    id              VARCHAR(64)  PRIMARY KEY,
    kiosk_id        VARCHAR(64)  NOT NULL REFERENCES kiosk (id),
    vacancy_id      VARCHAR(64)  NOT NULL,
    employer_id     VARCHAR(64)  NOT NULL,
    issued_at       VARCHAR(40)  NOT NULL,
    expires_at      VARCHAR(40)  NOT NULL,
    qr_text         TEXT,
    applicant_name  VARCHAR(120),
    applicant_phone VARCHAR(40),
    received_at     VARCHAR(40)  NOT NULL
);

CREATE INDEX referral_slip_kiosk ON referral_slip (kiosk_id, issued_at);
