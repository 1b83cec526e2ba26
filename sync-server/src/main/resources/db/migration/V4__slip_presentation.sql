-- The first presentation of each referral slip at an intake desk; a second one is refused as a replay.

CREATE TABLE slip_presentation (
    slip_id      VARCHAR(16)  PRIMARY KEY,
    kiosk_id     VARCHAR(64)  NOT NULL REFERENCES kiosk (id),
    vacancy_id   VARCHAR(64)  NOT NULL,
    employer_id  VARCHAR(64)  NOT NULL,
    location     VARCHAR(200) NOT NULL,
    presented_at VARCHAR(40)  NOT NULL
);
