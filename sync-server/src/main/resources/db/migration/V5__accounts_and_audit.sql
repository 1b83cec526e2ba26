-- Staff console: accounts with roles, sessions, login throttling and the audit log.
-- Instants are ISO-8601 text in UTC with exactly three fraction digits (2026-11-27T03:00:00.000Z),
-- so they compare and sort correctly as text in SQLite and PostgreSQL alike.

CREATE TABLE account (
    id            VARCHAR(36)  PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    display_name  VARCHAR(120) NOT NULL,
    -- ADMIN, CENTRE_STAFF (needs centre_id) or EMPLOYER (needs employer_id)
    role          VARCHAR(16)  NOT NULL,
    centre_id     VARCHAR(64)  REFERENCES training_centre (id),
    employer_id   VARCHAR(64)  REFERENCES employer (id),
    -- An Argon2id hash in PHC string form; never the password.
    password_hash VARCHAR(200) NOT NULL,
    created_at    VARCHAR(24)  NOT NULL,
    disabled_at   VARCHAR(24),
    CHECK (role IN ('ADMIN', 'CENTRE_STAFF', 'EMPLOYER')),
    CHECK (role <> 'CENTRE_STAFF' OR centre_id IS NOT NULL),
    CHECK (role <> 'EMPLOYER' OR employer_id IS NOT NULL)
);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is kept here, so a copy of
-- the database does not sign anyone in. csrf_token is the synchroniser token every form must carry.
CREATE TABLE console_session (
    token_hash   VARCHAR(64) PRIMARY KEY,
    account_id   VARCHAR(36) NOT NULL REFERENCES account (id),
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   VARCHAR(24) NOT NULL,
    last_seen_at VARCHAR(24) NOT NULL,
    expires_at   VARCHAR(24) NOT NULL
);

CREATE INDEX console_session_account ON console_session (account_id);

-- Failed sign-ins counted per account name ("account:budi") and per address ("ip:10.0.0.7").
CREATE TABLE login_throttle (
    throttle_key   VARCHAR(200) PRIMARY KEY,
    failures       INTEGER      NOT NULL,
    window_started VARCHAR(24)  NOT NULL,
    locked_until   VARCHAR(24)
);

-- Who changed what, newest last. actor_* are copied, so the entry stays readable if the account goes.
CREATE TABLE audit_log (
    id          VARCHAR(36)  PRIMARY KEY,
    at          VARCHAR(24)  NOT NULL,
    actor_id    VARCHAR(36),
    actor_name  VARCHAR(64)  NOT NULL,
    actor_role  VARCHAR(16),
    action      VARCHAR(40)  NOT NULL,
    entity      VARCHAR(24)  NOT NULL,
    entity_id   VARCHAR(64),
    detail      TEXT
);

CREATE INDEX audit_log_at ON audit_log (at);

-- When the kiosk's last heartbeat arrived (last_seen_at also moves with every other call), so the
-- console can tell how far the kiosk's clock is from the server's.
ALTER TABLE kiosk ADD COLUMN heartbeat_at VARCHAR(40);
