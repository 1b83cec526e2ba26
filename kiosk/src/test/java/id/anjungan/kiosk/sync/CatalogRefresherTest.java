package id.anjungan.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogRefresherTest {
    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path folder;

    @Test
    void aRefreshFillsTheStoreWithTheServersCatalogueAndTurnsOnline() {
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        try (TestServer server = TestServer.start(folder)) {
            CatalogRefresher refresher = new CatalogRefresher(new CatalogClient(server.baseUri()), store, CLOCK, Runnable::run);
            assertThat(refresher.connectionStateProperty().get()).isEqualTo(ConnectionState.CONNECTING);
            assertThat(refresher.lastUpdated()).isEmpty();
            Instant before = CLOCK.instant();

            assertThat(refresher.refresh()).isTrue();

            LocalDate today = LocalDate.now(CLOCK);
            assertThat(store.liveVacancies(today)).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(server.vacancies().stream().filter(v -> v.isLiveOn(today)).toList());
            assertThat(store.vacancy(server.vacancies().get(0).id())).isPresent();
            assertThat(store.referenceData()).isEqualTo(server.referenceData());
            assertThat(refresher.connectionStateProperty().get()).isEqualTo(ConnectionState.ONLINE);
            assertThat(refresher.lastUpdated()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(before));
            assertThat(store.lastSyncedAt()).isEqualTo(refresher.lastUpdated());
        }
    }

    @Test
    void whenTheServerIsDownTheStoreKeepsItsCatalogueAndTheStateTurnsOffline() {
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        try (TestServer server = TestServer.start(folder)) {
            new CatalogRefresher(new CatalogClient(server.baseUri()), store, CLOCK, Runnable::run).refresh();
        }
        LocalDate today = LocalDate.now(CLOCK);
        var stored = store.liveVacancies(today);
        Instant syncedAt = store.lastSyncedAt().orElseThrow();

        CatalogRefresher offline = new CatalogRefresher(
                new CatalogClient(TestServer.unreachableAddress()), store, CLOCK, Runnable::run);

        assertThat(offline.lastUpdated()).contains(syncedAt);
        assertThat(offline.refresh()).isFalse();
        assertThat(offline.connectionStateProperty().get()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(offline.lastUpdated()).contains(syncedAt);
        assertThat(store.liveVacancies(today)).extracting(Vacancy::id)
                .isNotEmpty()
                .containsExactlyElementsOf(stored.stream().map(Vacancy::id).toList());
    }
}
