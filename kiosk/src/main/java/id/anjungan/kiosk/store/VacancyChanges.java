package id.anjungan.kiosk.store;

import id.anjungan.protocol.vacancy.Vacancy;
import java.util.List;

/**
 * A batch of changes to single vacancies, as a change-log sync delivers them.
 *
 * @param upserted vacancies to insert or replace, by id
 * @param deletedIds ids of vacancies to remove; unknown ids are ignored
 */
public record VacancyChanges(List<Vacancy> upserted, List<String> deletedIds) {
    public VacancyChanges {
        upserted = List.copyOf(upserted);
        deletedIds = List.copyOf(deletedIds);
    }
}
