package id.anjungan.server.vacancy;

import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.reference.ReferenceStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What kiosks and pages ask of vacancies. */
public final class VacancyService {
    private final Database database;
    private final VacancyStore store;

    private final ReferenceStore reference;
    private final Clock clock;

    public VacancyService(Database database, VacancyStore store, ReferenceStore reference, Clock clock) {
        this.database = database;
        this.store = store;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * Inserts or replaces a vacancy; kiosks receive the change through the change log. The
     * employer, trade, region and estate must exist, and the employer must be of the same region.
     */
    public Vacancy save(Vacancy vacancy) {
        return save(vacancy, (c, previous, saved) -> {
        });
    }

    /**
     * Work that belongs in a save's transaction (a permission check against the stored record, an
     * audit entry): it runs after the reference checks and before the write, and a throw rolls back.
     */
    @FunctionalInterface
    public interface SaveHook {
        void run(Connection c, Optional<Vacancy> previous, Vacancy saved) throws SQLException;
    }

    /** {@link #save(Vacancy)}, with work of the caller's in the same transaction. */
    public Vacancy save(Vacancy vacancy, SaveHook hook) {
        Vacancy stamped = withUpdatedAt(vacancy, clock.instant());
        database.transact(c -> {
            var employer = reference.employer(c, stamped.employerId())
                    .orElseThrow(() -> new BadRequestException("employerId: no employer '" + stamped.employerId() + "'"));
            if (!employer.regionId().equals(stamped.regionId())) {
                throw new BadRequestException("regionId: the vacancy is in " + stamped.regionId()
                        + " but its employer is in " + employer.regionId());
            }
            if (reference.trade(c, stamped.tradeId()).isEmpty()) {
                throw new BadRequestException("tradeId: no trade '" + stamped.tradeId() + "'");
            }
            if (stamped.estateId() != null && reference.estate(c, stamped.estateId()).isEmpty()) {
                throw new BadRequestException("estateId: no industrial estate '" + stamped.estateId() + "'");
            }
            hook.run(c, store.find(c, stamped.id()), stamped);
            store.upsert(c, stamped);
        });
        return stamped;
    }

    public void delete(String id) {
        database.transact(c -> {
            if (!store.delete(c, id)) {
                throw new NotFoundException("vacancy", id);
            }
        });
    }

    private static Vacancy withUpdatedAt(Vacancy v, Instant at) {
        return new Vacancy(v.id(), v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), v.status(), at);
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
