-- What happened to a referral after the job seeker presented the slip, recorded by intake staff.
-- One row per slip, changeable later (the audit log keeps who changed it and from what).
-- slip_id is the slip's hex id as in slip_presentation; the slip's own row may arrive later from
-- the kiosk's outbox, so there is no foreign key to referral_slip.
CREATE TABLE referral_outcome (
    slip_id     VARCHAR(64)  PRIMARY KEY,
    -- INTERVIEWED, HIRED or NOT_HIRED
    outcome     VARCHAR(16)  NOT NULL,
    reason      VARCHAR(300),
    recorded_at VARCHAR(24)  NOT NULL,
    recorded_by VARCHAR(36)  REFERENCES account (id),
    CHECK (outcome IN ('INTERVIEWED', 'HIRED', 'NOT_HIRED'))
);

-- How many people a centre trains in a trade in a year, entered by centre staff; the supply side of
-- the demand-supply view.
CREATE TABLE trainee_supply (
    centre_id  VARCHAR(64) NOT NULL REFERENCES training_centre (id),
    trade_id   VARCHAR(64) NOT NULL REFERENCES trade (id),
    year       INTEGER     NOT NULL,
    trainees   INTEGER     NOT NULL,
    updated_at VARCHAR(24) NOT NULL,
    updated_by VARCHAR(36) REFERENCES account (id),
    PRIMARY KEY (centre_id, trade_id, year),
    CHECK (trainees >= 0)
);
