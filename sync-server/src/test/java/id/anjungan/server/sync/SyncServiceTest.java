package id.anjungan.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.RegionKind;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.CursorGoneException;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.vacancy.VacancyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final Scope PEKALONGAN_AREA = new Scope(Set.of("33.25", "33.26"));

    @TempDir
    Path folder;

    private Database database;
    private ReferenceStore referenceStore;
    private VacancyStore vacancyStore;
    private SyncService sync;

    @BeforeEach
    void openAnEmptyServerDatabaseWithTwoRegions() {
        database = Database.open(folder.resolve("server.db"));
        ChangeLog changeLog = new ChangeLog(CLOCK);
        referenceStore = new ReferenceStore(changeLog);
        vacancyStore = new VacancyStore(changeLog);
        sync = new SyncService(database, changeLog, referenceStore, vacancyStore);
        write(c -> {
            changeLog.ensureEpoch(c);
            referenceStore.upsertRegion(c, new Region("33.25", "Batang", RegionKind.KABUPATEN, "Jawa Tengah", 2_534_383, 2025));
            referenceStore.upsertRegion(c, new Region("36.03", "Tangerang", RegionKind.KABUPATEN, "Banten", 4_901_117, 2025));
            referenceStore.upsertTrade(c, new Trade("las", "Las", "7212"));
            referenceStore.upsertEmployer(c, new Employer("emp-1", "PT Contoh (fiktif)", "Alas kaki", "33.25", null,
                    null, null, null, true));
            referenceStore.upsertEmployer(c, new Employer("emp-2", "PT Lain (fiktif)", "Otomotif", "36.03", null,
                    null, null, null, true));
        });
    }

    @Test
    void everyWriteIsAppendedToTheLogWithStrictlyIncreasingSeq() {
        write(c -> vacancyStore.upsert(c, vacancy("v-1", "33.25", "emp-1")));

        ChangeBatch batch = sync.changesAfter(new SyncCursor(sync.head().epoch(), 0), 100, Scope.EVERYTHING);

        assertThat(batch.changes()).extracting(Change::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(batch.changes()).last().satisfies(change -> {
            assertThat(change.entity()).isEqualTo(EntityKind.VACANCY);
            assertThat(change.record().path("title").asText()).isEqualTo("Welder v-1");
        });
        assertThat(batch.cursor().seq()).isEqualTo(6);
        assertThat(batch.more()).isFalse();
    }

    @Test
    void aLongLogIsServedInPagesThatSayWhetherMoreRemain() {
        write(c -> {
            for (int i = 0; i < 10; i++) {
                vacancyStore.upsert(c, vacancy("v-" + i, "33.25", "emp-1"));
            }
        });
        String epoch = sync.head().epoch();

        ChangeBatch first = sync.changesAfter(new SyncCursor(epoch, 0), 8, Scope.EVERYTHING);
        ChangeBatch second = sync.changesAfter(first.cursor(), 8, Scope.EVERYTHING);

        assertThat(first.changes()).hasSize(8);
        assertThat(first.more()).isTrue();
        assertThat(second.changes()).hasSize(7);
        assertThat(second.more()).isFalse();
        assertThat(second.cursor()).isEqualTo(sync.head());
    }

    @Test
    void aPageWrittenFromTheStoredDocumentsIsTheSameTextAsSerialisingTheParsedBatch() throws Exception {
        write(c -> {
            vacancyStore.upsert(c, vacancy("v-1", "33.25", "emp-1"));
            vacancyStore.upsert(c, vacancy("v-2", "36.03", "emp-2"));
            vacancyStore.upsert(c, vacancy("v-2", "33.25", "emp-2"));
            vacancyStore.upsert(c, vacancy("v-2", "36.03", "emp-2"));
            vacancyStore.delete(c, "v-1");
        });
        SyncCursor from = new SyncCursor(sync.head().epoch(), 0);

        for (Scope scope : List.of(Scope.EVERYTHING, PEKALONGAN_AREA)) {
            ChangePage page = sync.changePage(from, 100, scope);
            ChangeBatch parsed = ProtocolJson.mapper().readValue(page.json(), ChangeBatch.class);

            assertThat(page.json()).isEqualTo(ProtocolJson.mapper().writeValueAsString(parsed));
            assertThat(page.count()).isEqualTo(parsed.changes().size());
            assertThat(page.cursor()).isEqualTo(parsed.cursor()).isEqualTo(sync.head());
        }
        assertThat(sync.changesAfter(from, 100, PEKALONGAN_AREA).changes())
                .extracting(Change::id, Change::op).endsWith(
                        org.assertj.core.groups.Tuple.tuple("v-2", ChangeOperation.PUT),
                        org.assertj.core.groups.Tuple.tuple("v-2", ChangeOperation.DELETE),
                        org.assertj.core.groups.Tuple.tuple("v-1", ChangeOperation.DELETE));
    }

    @Test
    void aKioskNeverSeesAVacancyOutsideItsScopeButItsCursorStillMovesPastIt() {
        write(c -> vacancyStore.upsert(c, vacancy("far-away", "36.03", "emp-2")));

        ChangeBatch batch = sync.changesAfter(new SyncCursor(sync.head().epoch(), 5), 100, PEKALONGAN_AREA);

        assertThat(batch.changes()).isEmpty();
        assertThat(batch.cursor().seq()).isEqualTo(6);
    }

    @Test
    void aVacancyThatMovesOutOfAKiosksScopeReachesThatKioskAsADelete() {
        write(c -> vacancyStore.upsert(c, vacancy("v-move", "33.25", "emp-1")));
        SyncCursor before = sync.head();
        write(c -> vacancyStore.upsert(c, vacancy("v-move", "36.03", "emp-2")));

        List<Change> inScope = sync.changesAfter(before, 100, PEKALONGAN_AREA).changes();
        List<Change> elsewhere = sync.changesAfter(before, 100, new Scope(Set.of("36.03"))).changes();

        assertThat(inScope).singleElement().satisfies(change -> {
            assertThat(change.op()).isEqualTo(ChangeOperation.DELETE);
            assertThat(change.id()).isEqualTo("v-move");
            assertThat(change.record()).isNull();
        });
        assertThat(elsewhere).singleElement().extracting(Change::op).isEqualTo(ChangeOperation.PUT);
    }

    @Test
    void aCursorFromAnotherEpochOrAheadOfTheLogIsGoneAndSaysToTakeASnapshot() {
        SyncCursor head = sync.head();

        assertThatThrownBy(() -> sync.changesAfter(new SyncCursor("another-epoch", 1), 100, Scope.EVERYTHING))
                .isInstanceOf(CursorGoneException.class).hasMessageContaining("snapshot");
        assertThatThrownBy(() -> sync.changesAfter(new SyncCursor(head.epoch(), head.seq() + 1), 100, Scope.EVERYTHING))
                .isInstanceOf(CursorGoneException.class).hasMessageContaining("ahead");
    }

    @Test
    void aSnapshotHoldsOnlyTheScopesVacanciesWithTheCursorItWasTakenAt() {
        write(c -> {
            vacancyStore.upsert(c, vacancy("near", "33.25", "emp-1"));
            vacancyStore.upsert(c, vacancy("far", "36.03", "emp-2"));
        });

        var snapshot = sync.snapshot(PEKALONGAN_AREA);

        assertThat(snapshot.vacancies()).extracting(Vacancy::id).containsExactly("near");
        assertThat(snapshot.reference().employers()).hasSize(2);
        assertThat(snapshot.cursor()).isEqualTo(sync.head());
    }

    @Test
    void aFailedWriteLeavesNeitherTheRecordNorItsLogEntry() {
        SyncCursor before = sync.head();

        assertThatThrownBy(() -> write(c -> {
            vacancyStore.upsert(c, vacancy("v-ok", "33.25", "emp-1"));
            vacancyStore.upsert(c, vacancy("v-bad", "33.25", "no-such-employer"));
        })).hasMessageContaining("FOREIGN KEY");

        assertThat(sync.head()).isEqualTo(before);
        assertThat(sync.snapshot(Scope.EVERYTHING).vacancies()).isEmpty();
    }

    @Test
    void aDeletedVacancyReachesKiosksOfItsScopeAsATombstone() {
        write(c -> vacancyStore.upsert(c, vacancy("gone", "33.25", "emp-1")));
        SyncCursor before = sync.head();
        write(c -> vacancyStore.delete(c, "gone"));

        List<Change> changes = sync.changesAfter(before, 100, PEKALONGAN_AREA).changes();

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.op()).isEqualTo(ChangeOperation.DELETE);
            assertThat(change.id()).isEqualTo("gone");
        });
        assertThat(sync.changesAfter(before, 100, new Scope(Set.of("36.03"))).changes()).isEmpty();
    }

    @Test
    void retentionRemovesOldEntriesAndACursorFromBeforeThemMustTakeASnapshot() {
        ChangeLog laterLog = new ChangeLog(Clock.offset(CLOCK, java.time.Duration.ofDays(40)));
        VacancyStore laterStore = new VacancyStore(laterLog);
        write(c -> laterStore.upsert(c, vacancy("fresh", "33.25", "emp-1")));
        SyncCursor head = sync.head();

        int removed = new ChangeLogRetention(database, laterLog, Clock.offset(CLOCK, java.time.Duration.ofDays(40)),
                java.time.Duration.ofDays(30)).run();

        assertThat(removed).isEqualTo(5);
        assertThatThrownBy(() -> sync.changesAfter(new SyncCursor(head.epoch(), 2), 100, Scope.EVERYTHING))
                .isInstanceOf(CursorGoneException.class).hasMessageContaining("older than the retained log");
        assertThat(sync.changesAfter(new SyncCursor(head.epoch(), 5), 100, Scope.EVERYTHING).changes())
                .extracting(Change::id).containsExactly("fresh");
    }

    private static Vacancy vacancy(String id, String regionId, String employerId) {
        return new Vacancy(id, "Welder " + id, "Pengelasan rangka", employerId, "las", null, regionId, null, "Kota",
                null, 2, Pay.minimumWage(), null, List.of("SMAW"), null, false, "Bawa slip rujukan",
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20), null, CLOCK.instant());
    }

    private void write(Database.SqlAction action) {
        database.transact(action);
    }
}
