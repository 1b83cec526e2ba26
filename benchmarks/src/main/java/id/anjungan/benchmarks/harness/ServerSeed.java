package id.anjungan.benchmarks.harness;

import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import id.anjungan.server.SyncServer;
import id.anjungan.server.db.Database;
import id.anjungan.server.demo.DemoDataLoader;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.sync.ChangeLog;
import id.anjungan.server.sync.SyncService;
import id.anjungan.server.vacancy.VacancyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes a server database before the server process starts, through the server's own classes, so the
 * data goes exactly where the server puts it: vacancies and the change log in the same transactions.
 * Used where committing tens of thousands of changes through the administrator API would take longer
 * than the benchmark itself. Do not use it while a server has the file open.
 */
public final class ServerSeed {
    private final Database database;
    private final ChangeLog changeLog;
    private final VacancyStore vacancies;
    private final SyncService sync;
    private final Clock clock = Clock.system(SyncServer.ZONE);

    private ServerSeed(Path file) {
        database = Database.open(file);
        changeLog = new ChangeLog(clock);
        database.transact(changeLog::ensureEpoch);
        ReferenceStore reference = new ReferenceStore(changeLog);
        vacancies = new VacancyStore(changeLog);
        sync = new SyncService(database, changeLog, reference, vacancies);
        new DemoDataLoader(database, reference, vacancies, clock).loadIfEmpty();
    }

    /** A new database with the demo data set, as a server started with ABK_SERVER_DEMO=true would have it. */
    public static ServerSeed demo(Path file) {
        return new ServerSeed(file);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Vacancy> vacancies() {
        return database.read(vacancies::all);
    }

    public Snapshot snapshotFor(String centreId) {
        return sync.snapshot(sync.scopeOfCentre(centreId));
    }

    public SyncCursor head() {
        return sync.head();
    }

    /** One change of a bulk write: a vacancy to insert or replace, or (null vacancy) an id to delete. */
    public record Write(String id, Vacancy vacancy) {
    }

    /** Commits {@code count} writes, {@code perTransaction} to a transaction, each logged as the server logs it. */
    public void write(int count, int perTransaction, IntFunction<Write> writes) {
        for (int start = 0; start < count; start += perTransaction) {
            int from = start;
            int to = Math.min(count, start + perTransaction);
            database.transact(c -> {
                for (int i = from; i < to; i++) {
                    Write w = writes.apply(i);
                    if (w.vacancy() == null) {
                        vacancies.delete(c, w.id());
                    } else {
                        vacancies.upsert(c, w.vacancy());
                    }
                }
            });
        }
    }

    /**
     * A vacancy made from a demo one: same employer, trade and place, its own id, open and valid for weeks,
     * with small differences by {@code round} as an employer's edits would make.
     */
    public static Vacancy variant(Vacancy template, String id, int round, LocalDate today) {
        String title = round == 0 ? template.title() : template.title() + " (revisi " + round + ")";
        int openings = Math.max(1, template.openings() + round % 7 - 3);
        LocalDate posted = today.minusDays(Math.floorMod(id.hashCode() + round, 10));
        LocalDate validThrough = today.plusDays(20 + Math.floorMod(id.hashCode(), 30) + round % 10);
        return new Vacancy(id, title, template.description(), template.employerId(), template.tradeId(),
                template.kbjiCode(), template.regionId(), template.estateId(), template.town(),
                template.employmentType(), openings, template.pay(), template.requirements(), template.skills(),
                template.workHours(), template.shiftWork(), template.howToApply(), posted, validThrough,
                VacancyStatus.OPEN, Instant.now());
    }
}
