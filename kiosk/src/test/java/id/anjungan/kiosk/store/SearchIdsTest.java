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

        for (String typed : List.of("juru", "las v-2", "baja", "j", "kit batang", "tidak ada")) {
            assertThat(store.searchLiveIds(typed, TODAY)).as(typed)
                    .isEqualTo(store.searchLive(typed, TODAY).stream().map(Vacancy::id).toList());
        }
        assertThat(store.searchLiveIds("juru", TODAY)).containsExactly("v-2", "v-1", "v-3");
        assertThat(store.searchLiveIds("  ", TODAY)).isEmpty();
    }
}
