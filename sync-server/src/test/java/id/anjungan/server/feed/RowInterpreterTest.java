package id.anjungan.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One feed row read for its source's owner, without a server. */
class RowInterpreterTest {
    private static RowInterpreter.Result read(OwnerKind owner, String ownerId) {
        FeedSource source = new FeedSource("src-1", owner, ownerId, "Lowongan", SourceKind.UPLOAD, FeedFormat.CSV,
                null, null, false, Instant.parse("2025-06-01T00:00:00Z"), null, null);
        RowInterpreter interpreter = new RowInterpreter(source, new ReferenceIndex(FeedFixtures.REFERENCE),
                FeedFixtures.TODAY, Instant.parse("2025-06-02T00:00:00Z"));
        return interpreter.interpret(new FeedRow.Columns(2, Map.of("Judul", "Welder", "Perusahaan",
                "PT Logam Presisi Batang", "Kejuruan", "Las", "Batas Lamaran", "31/07/2025")));
    }

    @Test
    void aRowOfAnEmployerInTheCentresRegionsIsAccepted() {
        assertThat(read(OwnerKind.CENTRE, FeedFixtures.CENTRE)).isInstanceOf(RowInterpreter.Accepted.class);
    }

    @Test
    void aSourceWhoseCentreIsNoLongerKnownAcceptsNoRow() {
        RowInterpreter.Result result = read(OwnerKind.CENTRE, "blk-dibubarkan");

        assertThat(result).isInstanceOfSatisfying(RowInterpreter.Rejected.class, rejected -> assertThat(rejected.reason())
                .isEqualTo("baris 2: pusat pelatihan pemilik sumber ini ('blk-dibubarkan') tidak ada lagi di data referensi"));
    }
}
