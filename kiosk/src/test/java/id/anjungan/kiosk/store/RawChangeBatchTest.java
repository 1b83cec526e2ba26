package id.anjungan.kiosk.store;

import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawChangeBatchTest {
    @TempDir
    Path folder;

    @Test
    void aPageKeepsOnlyTheLastChangeOfEachRecord() throws Exception {
        RawChangeBatch batch = new RawChangeBatch(new SyncCursor("e", 5), List.of(
                put(1, openVacancy("v-1", 1)),
                put(2, openVacancy("v-2", 1)),
                new RawChange(3, EntityKind.VACANCY, "v-1", ChangeOperation.DELETE, null),
                put(4, openVacancy("v-1", 3)),
                new RawChange(5, EntityKind.EMPLOYER, "v-1", ChangeOperation.DELETE, null)), false);

        assertThat(batch.changes()).extracting(RawChange::seq).containsExactlyInAnyOrder(2L, 4L, 5L);
    }

    @Test
    void anAppliedVacancyIsStoredAsTheTextItCameInAndReadsBackTheSame() throws Exception {
        Path file = folder.resolve("kiosk.db");
        KioskStore store = KioskStore.open(file);
        store.replaceCatalog(catalog(openVacancy("v-old", 4)), Instant.now(), new SyncCursor("e", 1));
        Vacancy vacancy = openVacancy("v-kafé", 2);
        RawChange change = put(2, vacancy);

        store.applyBatch(new RawChangeBatch(new SyncCursor("e", 2), List.of(change), false), Instant.now());

        assertThat(store.vacancy("v-kafé")).contains(vacancy);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT typeof(json), json FROM vacancy WHERE id = 'v-kafé'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("text");
            assertThat(rows.getString(2)).isEqualTo(change.record().text());
        }
    }

    private static RawChange put(long seq, Vacancy vacancy) throws Exception {
        return new RawChange(seq, EntityKind.VACANCY, vacancy.id(), ChangeOperation.PUT,
                RawJson.of(ProtocolJson.mapper().writeValueAsString(vacancy)));
    }
}
