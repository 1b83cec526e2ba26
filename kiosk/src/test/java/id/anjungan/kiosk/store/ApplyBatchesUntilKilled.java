package id.anjungan.kiosk.store;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.kiosk.testing.TestCatalog;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A kiosk store applying change batches as fast as it can, run as its own process by
 * {@link KioskStoreCrashTest} and killed with SIGKILL in the middle. Batch n sets every one of
 * {@link #VACANCIES} vacancies to the title "round n" and moves the cursor to n, so a consistent
 * store is one whose titles all name the round its cursor says.
 */
public final class ApplyBatchesUntilKilled {
    public static final int VACANCIES = 3_000;
    public static final String EPOCH = "crash-test";

    private ApplyBatchesUntilKilled() {
    }

    public static void main(String[] args) {
        KioskStore store = KioskStore.open(Path.of(args[0]));
        long round = store.cursor().map(SyncCursor::seq).orElse(0L);
        if (round == 0) {
            store.replaceCatalog(TestCatalog.catalog(), Instant.now(), new SyncCursor(EPOCH, 0));
        }
        while (true) {
            round++;
            store.applyBatch(batch(round), Instant.now());
            System.out.println("applied " + round);
            System.out.flush();
        }
    }

    static ChangeBatch batch(long round) {
        List<Change> changes = new ArrayList<>(VACANCIES);
        for (int i = 0; i < VACANCIES; i++) {
            Vacancy base = TestCatalog.openVacancy("crash-" + i, 1);
            Vacancy titled = new Vacancy(base.id(), "round " + round, base.description(), base.employerId(), base.tradeId(),
                    base.kbjiCode(), base.regionId(), base.estateId(), base.town(), base.employmentType(), base.openings(),
                    base.pay(), base.requirements(), base.skills(), base.workHours(), base.shiftWork(), base.howToApply(),
                    base.datePosted(), base.validThrough(), base.status(), base.updatedAt());
            JsonNode record = ProtocolJson.mapper().valueToTree(titled);
            changes.add(new Change(round * VACANCIES + i, EntityKind.VACANCY, titled.id(), ChangeOperation.PUT, record));
        }
        return new ChangeBatch(new SyncCursor(EPOCH, round), changes, false);
    }
}
