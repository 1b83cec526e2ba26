-- Vacancies written during a catch-up whose search index rows are still to be written. A catch-up of
-- many pages indexes each vacancy once, with its last version, when the last page is applied; the
-- rows are kept in the same transactions as the vacancies, so a kiosk killed in between indexes
-- them when it next opens its store.
CREATE TABLE search_pending (
    vacancy_rowid INTEGER PRIMARY KEY
);
