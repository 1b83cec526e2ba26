package id.anjungan.server.vacancy;

import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.NotFoundException;
import java.util.List;

/** What kiosks and pages ask of vacancies. */
public final class VacancyService {
    private final Database database;
    private final VacancyStore store;

    public VacancyService(Database database, VacancyStore store) {
        this.database = database;
        this.store = store;
    }

    public List<Vacancy> all() {
        return database.read(store::all);
    }

    public Vacancy get(String id) {
        return database.read(c -> store.find(c, id)).orElseThrow(() -> new NotFoundException("vacancy", id));
    }

    public int count() {
        return database.read(store::count);
    }
}
