-- Full-text search over the vacancies a kiosk shows: word prefixes, any case, accents ignored.
-- Rows share the vacancy's rowid; the kiosk writes them with each vacancy, and this trigger
-- removes them with it.

CREATE VIRTUAL TABLE vacancy_search USING fts5(
    title,
    employer,
    trade,
    place,
    skills,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER vacancy_search_delete AFTER DELETE ON vacancy BEGIN
    DELETE FROM vacancy_search WHERE rowid = old.rowid;
END;
