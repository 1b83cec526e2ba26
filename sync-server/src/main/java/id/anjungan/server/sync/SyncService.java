package id.anjungan.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.error.CursorGoneException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.vacancy.VacancyStore;
import java.util.List;
import java.util.Set;

/** Pages of the change log after a kiosk's cursor, and snapshots for kiosks that must start afresh. */
public final class SyncService {
    public static final int MAX_PAGE = 5_000;

    private final Database database;
    private final ChangeLog changeLog;
    private final ReferenceStore referenceStore;
    private final VacancyStore vacancyStore;

    public SyncService(Database database, ChangeLog changeLog, ReferenceStore referenceStore, VacancyStore vacancyStore) {
        this.database = database;
        this.changeLog = changeLog;
        this.referenceStore = referenceStore;
        this.vacancyStore = vacancyStore;
    }

    /** A page of changes after the cursor, as the kiosk reads it. */
    public ChangeBatch changesAfter(SyncCursor cursor, int limit, Scope scope) {
        try {
            return ProtocolJson.mapper().readValue(changePage(cursor, limit, scope).json(), ChangeBatch.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a page of the change log is not readable", e);
        }
    }

    /** A page of changes after the cursor, written as the JSON the API sends (see {@link ChangeLog#page}). */
    public ChangePage changePage(SyncCursor cursor, int limit, Scope scope) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("limit must be 1-" + MAX_PAGE + ", got " + limit);
        }
        return database.readConsistent(c -> {
            SyncCursor head = changeLog.head(c);
            if (!head.epoch().equals(cursor.epoch())) {
                throw new CursorGoneException("cursor is from epoch " + cursor.epoch() + " but the log is at epoch "
                        + head.epoch() + "; take a fresh snapshot");
            }
            if (cursor.seq() < changeLog.retainedAfter(c)) {
                throw new CursorGoneException("cursor " + cursor.seq() + " is older than the retained log; take a fresh snapshot");
            }
            if (cursor.seq() > head.seq()) {
                throw new CursorGoneException("cursor " + cursor.seq() + " is ahead of the log at " + head.seq()
                        + " (was the server restored from a backup?); take a fresh snapshot");
            }
            return changeLog.page(c, cursor.seq(), limit, scope, head);
        });
    }

    /** Everything in the scope as of one instant, with the cursor that instant corresponds to. */
    public Snapshot snapshot(Scope scope) {
        return database.readConsistent(c -> {
            SyncCursor head = changeLog.head(c);
            ReferenceData reference = referenceStore.loadAll(c);
            List<Vacancy> vacancies = vacancyStore.all(c).stream().filter(v -> scope.includes(v.regionId())).toList();
            return new Snapshot(head, reference, vacancies);
        });
    }

    /** The regions a centre's kiosks show: its configured scope, or its own region if none is set. */
    public Scope scopeOfCentre(String centreId) {
        TrainingCentre centre = database.read(c -> referenceStore.centre(c, centreId))
                .orElseThrow(() -> new NotFoundException("training centre", centreId));
        return new Scope(centre.scopeRegionIds().isEmpty() ? Set.of(centre.regionId()) : Set.copyOf(centre.scopeRegionIds()));
    }

    public SyncCursor head() {
        return database.read(changeLog::head);
    }
}
