package id.anjungan.benchmarks.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.RegionKind;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedKioskStoreTest {
    private static final ReferenceData REFERENCE = new ReferenceData(
            List.of(new Region("33.25", "Batang", RegionKind.KABUPATEN, "Jawa Tengah", 2_534_383, 2025)),
            List.of(),
            List.of(new Trade("las", "Las", null)),
            List.of(new Employer("emp-1", "PT Baja Pesisir (fiktif)", "logam", "33.25", null, null, null, null, true)),
            List.of());

    private static Vacancy vacancy(String id, String title) {
        return new Vacancy(id, title, "", "emp-1", "las", null, "33.25", null, "Gringsing", null, 2, null, null, null,
                null, false, "", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 15), null, Instant.parse("2026-11-01T00:00:00Z"));
    }

    private static Change put(long seq, Vacancy v) {
        JsonNode record = ProtocolJson.mapper().valueToTree(v);
        return new Change(seq, EntityKind.VACANCY, v.id(), ChangeOperation.PUT, record);
    }

    @Test
    void appliesPutsAndDeletesWithTheCursorAndKeepsTheSearchIndexCurrent(@TempDir Path folder) {
        try (SimulatedKioskStore store = SimulatedKioskStore.file(folder.resolve("kiosk.db"), true)) {
            store.load(new Snapshot(new SyncCursor("e", 10), REFERENCE, List.of(vacancy("v1", "Juru Las Listrik"))));
            assertThat(store.searchCount("las")).isEqualTo(1);

            store.apply(new ChangeBatch(new SyncCursor("e", 13), List.of(
                    put(11, vacancy("v1", "Operator Mesin Bubut")),
                    put(12, vacancy("v2", "Pengelasan Pipa")),
                    new Change(13, EntityKind.VACANCY, "v2", ChangeOperation.DELETE, null)), false));

            assertThat(store.vacancyCount()).isEqualTo(1);
            assertThat(store.searchCount("bubut")).isEqualTo(1);
            assertThat(store.searchCount("listrik")).isZero();
            assertThat(store.searchCount("baja")).isEqualTo(1);
            assertThat(store.storedCursor()).isEqualTo(new SyncCursor("e", 13));
            assertThat(store.cursor()).isEqualTo(new SyncCursor("e", 13));
        }
    }

    @Test
    void aFailedBatchLeavesDataAndCursorAsTheyWere() {
        try (SimulatedKioskStore store = SimulatedKioskStore.inMemory("failing")) {
            store.load(new Snapshot(new SyncCursor("e", 10), REFERENCE, List.of(vacancy("v1", "Juru Las"))));
            JsonNode broken = ProtocolJson.mapper().createObjectNode().put("id", "v3");

            assertThatThrownBy(() -> store.apply(new ChangeBatch(new SyncCursor("e", 12), List.of(
                    put(11, vacancy("v2", "Operator")),
                    new Change(12, EntityKind.VACANCY, "v3", ChangeOperation.PUT, broken)), false)))
                    .isInstanceOf(IllegalStateException.class);

            assertThat(store.vacancyCount()).isEqualTo(1);
            assertThat(store.storedCursor()).isEqualTo(new SyncCursor("e", 10));
        }
    }
}
