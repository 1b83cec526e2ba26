-- Reference data and vacancies. Each row keeps the whole record as a JSON document beside the
-- columns that are queried or constrained. Types are chosen to mean the same in PostgreSQL.

CREATE TABLE region (
    id       VARCHAR(16)  PRIMARY KEY,
    name     VARCHAR(120) NOT NULL,
    document TEXT         NOT NULL
);

CREATE TABLE industrial_estate (
    id        VARCHAR(64)  PRIMARY KEY,
    region_id VARCHAR(16)  NOT NULL REFERENCES region (id),
    name      VARCHAR(200) NOT NULL,
    document  TEXT         NOT NULL
);

CREATE TABLE trade (
    id       VARCHAR(64)  PRIMARY KEY,
    name     VARCHAR(120) NOT NULL,
    document TEXT         NOT NULL
);

CREATE TABLE employer (
    id        VARCHAR(64)  PRIMARY KEY,
    region_id VARCHAR(16)  NOT NULL REFERENCES region (id),
    estate_id VARCHAR(64)  REFERENCES industrial_estate (id),
    name      VARCHAR(200) NOT NULL,
    document  TEXT         NOT NULL
);

CREATE TABLE training_centre (
    id        VARCHAR(64)  PRIMARY KEY,
    region_id VARCHAR(16)  NOT NULL REFERENCES region (id),
    name      VARCHAR(200) NOT NULL,
    document  TEXT         NOT NULL
);

CREATE TABLE vacancy (
    id            VARCHAR(64)  PRIMARY KEY,
    employer_id   VARCHAR(64)  NOT NULL REFERENCES employer (id),
    trade_id      VARCHAR(64)  NOT NULL REFERENCES trade (id),
    region_id     VARCHAR(16)  NOT NULL REFERENCES region (id),
    estate_id     VARCHAR(64)  REFERENCES industrial_estate (id),
    status        VARCHAR(16)  NOT NULL,
    date_posted   VARCHAR(10)  NOT NULL,
    valid_through VARCHAR(10)  NOT NULL,
    updated_at    VARCHAR(40)  NOT NULL,
    document      TEXT         NOT NULL
);

CREATE INDEX vacancy_region ON vacancy (region_id, valid_through);
CREATE INDEX vacancy_employer ON vacancy (employer_id);
