package id.anjungan.kiosk.store;

import static id.anjungan.kiosk.testing.TestCatalog.TODAY;
import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static id.anjungan.kiosk.testing.TestCatalog.reference;
import static id.anjungan.kiosk.testing.TestCatalog.vacancy;
import static id.anjungan.kiosk.testing.TestCatalog.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.kiosk.testing.TestCatalog;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskStoreTest {
    private static final Instant SYNCED = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path folder;

    private Path file;
    private KioskStore store;

    @BeforeEach
    void openStore() {
        file = folder.resolve("kiosk.db");
        store = KioskStore.open(file);
    }

    @Test
    void aNewStoreHoldsNothingAndWasNeverSynced() {
        assertThat(store.liveVacancies(TODAY)).isEmpty();
        assertThat(store.referenceData().employers()).isEmpty();
        assertThat(store.lastSyncedAt()).isEmpty();
        assertThat(store.vacancy("demo-0001")).isEmpty();
    }

    @Test
    void readsBackTheCatalogueItWrote() {
        Vacancy welder = openVacancy("v-1", 2);

        store.replaceCatalog(catalog(welder), SYNCED);

        assertThat(store.liveVacancies(TODAY)).containsExactly(welder);
        assertThat(store.vacancy("v-1")).contains(welder);
        assertThat(store.referenceData()).isEqualTo(reference());
        assertThat(store.lastSyncedAt()).contains(SYNCED);
    }

    @Test
    void findsATrainingCentreById() {
        store.replaceCatalog(catalog(), SYNCED);

        assertThat(store.centre("blkk-batang-1")).contains(TestCatalog.CENTRE);
        assertThat(store.centre("blkk-unknown")).isEmpty();
    }

    @Test
    void keepsTheCatalogueWhenOpenedAgain() {
        store.replaceCatalog(catalog(openVacancy("v-1", 2)), SYNCED);

        KioskStore reopened = KioskStore.open(file);

        assertThat(reopened.liveVacancies(TODAY)).extracting(Vacancy::id).containsExactly("v-1");
        assertThat(reopened.lastSyncedAt()).contains(SYNCED);
    }

    @Test
    void writesItsFileInWalMode() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA journal_mode")) {
            assertThat(result.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void hidesVacanciesPastTheirDeadlineByTheGivenDay() {
        Vacancy closesToday = vacancy("closes-today", TODAY.minusDays(10), TODAY);
        Vacancy closedYesterday = vacancy("closed-yesterday", TODAY.minusDays(10), TODAY.minusDays(1));
        store.replaceCatalog(catalog(closesToday, closedYesterday), SYNCED);

        assertThat(store.liveVacancies(TODAY)).extracting(Vacancy::id).containsExactly("closes-today");
        assertThat(store.liveVacancies(TODAY.plusDays(1))).isEmpty();
        assertThat(store.liveVacancies(TODAY.minusDays(1)))
                .extracting(Vacancy::id).containsExactlyInAnyOrder("closes-today", "closed-yesterday");
    }

    @Test
    void hidesVacanciesThatAreFilledOrClosed() {
        store.replaceCatalog(catalog(
                openVacancy("open", 1),
                withStatus(openVacancy("filled", 1), VacancyStatus.FILLED),
                withStatus(openVacancy("closed", 1), VacancyStatus.CLOSED)), SYNCED);

        assertThat(store.liveVacancies(TODAY)).extracting(Vacancy::id).containsExactly("open");
        assertThat(store.vacancy("filled")).isPresent();
    }

    @Test
    void listsLiveVacanciesNewestFirst() {
        store.replaceCatalog(catalog(openVacancy("week-old", 7), openVacancy("today", 0),
                openVacancy("yesterday", 1)), SYNCED);

        assertThat(store.liveVacancies(TODAY)).extracting(Vacancy::id).containsExactly("today", "yesterday", "week-old");
    }

    @Test
    void replacingTheCatalogueDropsWhatTheNewOneLacks() {
        store.replaceCatalog(catalog(openVacancy("old", 3), openVacancy("kept", 2)), SYNCED);

        store.replaceCatalog(catalog(openVacancy("kept", 2), openVacancy("new", 0)), SYNCED.plusSeconds(60));

        assertThat(store.liveVacancies(TODAY)).extracting(Vacancy::id).containsExactly("new", "kept");
        assertThat(store.vacancy("old")).isEmpty();
        assertThat(store.lastSyncedAt()).contains(SYNCED.plusSeconds(60));
    }

    @Test
    void aReplacementThatFailsHalfwayLeavesTheOldCatalogueWhole() throws Exception {
        store.replaceCatalog(catalog(openVacancy("old-1", 3), openVacancy("old-2", 2)), SYNCED);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER poison BEFORE INSERT ON vacancy WHEN NEW.id = 'poison'"
                    + " BEGIN SELECT RAISE(ABORT, 'poisoned for the test'); END");
        }

        assertThatThrownBy(() -> store.replaceCatalog(
                catalog(openVacancy("new-1", 1), openVacancy("poison", 1), openVacancy("new-2", 0)),
                SYNCED.plusSeconds(60)))
                .isInstanceOf(StoreException.class);

        assertThat(store.liveVacancies(TODAY)).extracting(Vacancy::id).containsExactly("old-2", "old-1");
        assertThat(store.referenceData()).isEqualTo(reference());
        assertThat(store.lastSyncedAt()).contains(SYNCED);
    }

    @Test
    void aReaderSeesEitherTheOldOrTheNewCatalogueNeverAMixture() throws Exception {
        List<Vacancy> first = IntStream.range(0, 60).mapToObj(i -> openVacancy("a-" + i, i % 9)).toList();
        List<Vacancy> second = IntStream.range(0, 60).mapToObj(i -> openVacancy("b-" + i, i % 9)).toList();
        Set<String> firstIds = ids(first);
        Set<String> secondIds = ids(second);
        store.replaceCatalog(new Catalog(first, reference()), SYNCED);

        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Set<String>> seen = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                seen.add(ids(store.liveVacancies(TODAY)));
            }
        });
        reader.start();
        for (int round = 0; round < 30; round++) {
            store.replaceCatalog(new Catalog(round % 2 == 0 ? second : first, reference()), SYNCED.plusSeconds(round));
        }
        writing.set(false);
        reader.join();

        assertThat(seen).isNotEmpty().allSatisfy(ids -> assertThat(ids).isIn(firstIds, secondIds));
    }

    @Test
    void appliesChangesByIdTogetherWithTheSyncMarker() {
        store.replaceCatalog(catalog(openVacancy("stays", 3), openVacancy("goes", 2), openVacancy("changes", 1)), SYNCED);
        Vacancy changed = withStatus(openVacancy("changes", 1), VacancyStatus.FILLED);

        store.applyChanges(new VacancyChanges(List.of(changed, openVacancy("arrives", 0)), List.of("goes", "unknown")),
                SYNCED.plusSeconds(300));

        assertThat(store.liveVacancies(TODAY)).extracting(Vacancy::id).containsExactly("arrives", "stays");
        assertThat(store.vacancy("changes")).contains(changed);
        assertThat(store.vacancy("goes")).isEmpty();
        assertThat(store.lastSyncedAt()).contains(SYNCED.plusSeconds(300));
    }

    private static Set<String> ids(List<Vacancy> vacancies) {
        return vacancies.stream().map(Vacancy::id).collect(Collectors.toSet());
    }
}
