package id.anjungan.kiosk.store;

import static id.anjungan.kiosk.testing.TestCatalog.TODAY;
import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static id.anjungan.kiosk.testing.TestCatalog.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIdsTest {
    @TempDir
    Path folder;

    @Test
    void theIdsQueryFindsTheSameLiveVacanciesInTheSameOrderAsTheFullSearch() {
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        store.replaceCatalog(catalog(openVacancy("v-1", 3), openVacancy("v-2", 1),
                withStatus(openVacancy("v-closed", 2), VacancyStatus.CLOSED), openVacancy("v-3", 5)),
                Instant.now(), new SyncCursor("e", 1));

        for (String typed : List.of("juru", "las v-2", "baja", "j", "ju", "kit batang", "tidak ada")) {
            assertThat(store.searchLiveIds(typed, TODAY)).as(typed)
                    .isEqualTo(store.searchLive(typed, TODAY).stream().map(Vacancy::id).toList());
        }
        assertThat(store.searchLiveIds("juru", TODAY)).containsExactly("v-2", "v-1", "v-3");
        assertThat(store.searchLiveIds("  ", TODAY)).isEmpty();
    }

    @Test
    void aWholeWordIsRankedByBestMatchButOneOrTwoLettersListTheirMatchesNewestFirst() {
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        store.replaceCatalog(catalog(titled(openVacancy("old-plain", 9), "Las"),
                        titled(openVacancy("new-long", 1), "Juru Las Rangka Baja untuk Gedung dan Jembatan")),
                Instant.now(), new SyncCursor("e", 1));

        assertThat(store.searchLiveIds("las", TODAY)).as("bm25: the short title matches best")
                .containsExactly("old-plain", "new-long");
        assertThat(store.searchLiveIds("la", TODAY)).containsExactly("new-long", "old-plain");
        assertThat(store.searchLive("l", TODAY).stream().map(Vacancy::id)).containsExactly("new-long", "old-plain");
        assertThat(store.searchLiveIds("la l", TODAY)).containsExactly("new-long", "old-plain");
        assertThat(store.searchLiveIds("la las", TODAY)).containsExactly("old-plain", "new-long");
    }

    @Test
    void theIndexAloneGivesTheRowidsOfEveryMatchRankedOnlyForWholeWordsAndNotTooManyMatches() {
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        store.replaceCatalog(catalog(titled(openVacancy("old-plain", 9), "Las"),
                        titled(openVacancy("new-long", 1), "Juru Las Rangka Baja untuk Gedung dan Jembatan"),
                        withStatus(titled(openVacancy("closed", 2), "Las Pipa"), VacancyStatus.CLOSED)),
                Instant.now(), new SyncCursor("e", 1));
        java.util.Map<String, Long> rowids = new java.util.HashMap<>();
        List<Vacancy> live = store.liveVacancies(TODAY, v -> v, new java.util.function.LongConsumer() {
            private int next;
            @Override
            public void accept(long rowid) {
                rowids.put(String.valueOf(next++), rowid);
            }
        });
        assertThat(live).extracting(Vacancy::id).containsExactly("new-long", "old-plain");

        SearchHits las = store.searchHits("las", 10);
        assertThat(las.rowids()).as("closed vacancies are in the index; the list drops them").hasSize(3)
                .contains(rowids.get("0"), rowids.get("1"));
        assertThat(las.ranked()).isTrue();
        assertThat(las.scores()[indexOf(las.rowids(), rowids.get("1"))])
                .as("bm25: the short title matches best").isLessThan(las.scores()[indexOf(las.rowids(), rowids.get("0"))]);
        assertThat(store.searchHits("la", 10).ranked()).as("two letters are not ranked").isFalse();
        assertThat(store.searchHits("las", 2).ranked()).as("more matches than worth ranking").isFalse();
        assertThat(store.searchHits("jembatan", 10).rowids()).containsExactly(rowids.get("0"));
        assertThat(store.searchHits("  ", 10).rowids()).isEmpty();
    }

    private static int indexOf(long[] values, long value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new AssertionError(value + " not found");
    }

    private static Vacancy titled(Vacancy v, String title) {
        return new Vacancy(v.id(), title, v.description(), v.employerId(), v.tradeId(), v.kbjiCode(),
                v.regionId(), v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(),
                v.skills(), v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(),
                v.status(), v.updatedAt());
    }
}
