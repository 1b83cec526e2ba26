package id.anjungan.kiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.protocol.kiosk.IssuedSlip;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxStoreTest {
    private static final Instant MORNING = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path folder;

    private Path file;
    private OutboxStore outbox;

    @BeforeEach
    void openStore() {
        file = folder.resolve("kiosk.db");
        outbox = KioskStore.open(file).outbox();
    }

    private static IssuedSlip slip(String id, Instant issued, String name, String phone) {
        return new IssuedSlip(id, "v-1", "pt-baja-contoh", issued, issued.plus(Duration.ofDays(14)),
                "ABK1:TEST" + id.toUpperCase(), name, phone);
    }

    @Test
    void slipsWaitOldestFirstUntilTheServerAcknowledgesThem() {
        IssuedSlip first = slip("00000000000000a1", MORNING, "Siti Aminah", "0812-3456-7890");
        IssuedSlip second = slip("00000000000000a2", MORNING.plusSeconds(60), null, null);
        IssuedSlip third = slip("00000000000000a3", MORNING.plusSeconds(120), null, "0813-1111-2222");
        outbox.add(third);
        outbox.add(first);
        outbox.add(second);

        assertThat(outbox.pendingCount()).isEqualTo(3);
        assertThat(outbox.pending(100)).containsExactly(first, second, third);
        assertThat(outbox.pending(2)).containsExactly(first, second);

        int marked = outbox.markUploaded(List.of(first.slipId(), third.slipId()), MORNING.plusSeconds(300));

        assertThat(marked).isEqualTo(2);
        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(outbox.pending(100)).containsExactly(second);
        assertThat(outbox.find(first.slipId()).orElseThrow().uploadedAt()).contains(MORNING.plusSeconds(300));
        assertThat(outbox.find(second.slipId()).orElseThrow().uploaded()).isFalse();
    }

    @Test
    void aRepeatedAcknowledgementOrAnUnknownIdChangesNothing() {
        IssuedSlip slip = slip("00000000000000b1", MORNING, null, null);
        outbox.add(slip);
        outbox.markUploaded(List.of(slip.slipId()), MORNING.plusSeconds(10));

        int again = outbox.markUploaded(List.of(slip.slipId(), "ffffffffffffffff"), MORNING.plusSeconds(99));

        assertThat(again).isZero();
        assertThat(outbox.find(slip.slipId()).orElseThrow().uploadedAt()).contains(MORNING.plusSeconds(10));
        assertThat(outbox.find("ffffffffffffffff")).isEmpty();
    }

    @Test
    void aSlipIsOnDiskWithItsNameTheMomentAddReturnsAndNotYetPrinted() throws Exception {
        IssuedSlip slip = slip("00000000000000c1", MORNING, "Dwi Rahmawati", "0812-3456-7890");

        outbox.add(slip);

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement query = other.prepareStatement(
                     "SELECT json, printed_at, uploaded_at FROM outbox WHERE slip_id = ?")) {
            query.setString(1, slip.slipId());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).contains("Dwi Rahmawati").contains("ABK1:TEST");
                assertThat(rows.getString(2)).isNull();
                assertThat(rows.getString(3)).isNull();
            }
        }
        assertThat(KioskStore.open(file).outbox().find(slip.slipId()).orElseThrow().slip()).isEqualTo(slip);
    }

    @Test
    void aSecondSlipWithTheSameIdIsRefusedAndTheFirstStaysAsItWas() {
        IssuedSlip original = slip("00000000000000d1", MORNING, "Siti Aminah", null);
        outbox.add(original);
        outbox.markPrinted(original.slipId(), MORNING.plusSeconds(5));

        assertThatThrownBy(() -> outbox.add(slip("00000000000000d1", MORNING.plusSeconds(9), "Someone Else", null)))
                .isInstanceOf(StoreException.class);

        OutboxStore.Entry kept = outbox.find(original.slipId()).orElseThrow();
        assertThat(kept.slip()).isEqualTo(original);
        assertThat(kept.printedAt()).contains(MORNING.plusSeconds(5));
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }

    @Test
    void recentSlipsAreNewestFirstWithWhetherTheyWerePrinted() {
        IssuedSlip early = slip("00000000000000e1", MORNING, null, null);
        IssuedSlip late = slip("00000000000000e2", MORNING.plusSeconds(3600), null, null);
        outbox.add(early);
        outbox.add(late);
        assertThat(outbox.markPrinted(early.slipId(), MORNING.plusSeconds(2))).isTrue();
        assertThat(outbox.markPrinted("0000000000000000", MORNING)).isFalse();

        List<OutboxStore.Entry> recent = outbox.recent(10);

        assertThat(recent).extracting(OutboxStore.Entry::slip).containsExactly(late, early);
        assertThat(recent).extracting(OutboxStore.Entry::printed).containsExactly(false, true);
        assertThat(outbox.recent(1)).extracting(OutboxStore.Entry::slip).containsExactly(late);
    }

    @Test
    void timesWithAndWithoutAFractionOfASecondKeepTheirOrder() {
        IssuedSlip whole = slip("00000000000000f1", MORNING, null, null);
        IssuedSlip halfPast = slip("00000000000000f2", MORNING.plusMillis(500), null, null);
        IssuedSlip next = slip("00000000000000f3", MORNING.plusSeconds(1), null, null);
        outbox.add(next);
        outbox.add(halfPast);
        outbox.add(whole);

        assertThat(outbox.pending(10)).containsExactly(whole, halfPast, next);
    }

    @Test
    void uploadedSlipsAreForgottenWithTheirNamesAfterTheirTimeButPendingOnesNever() {
        IssuedSlip oldUploaded = slip("0000000000000011", MORNING.minus(Duration.ofDays(10)), "Siti", null);
        IssuedSlip oldPending = slip("0000000000000012", MORNING.minus(Duration.ofDays(10)), "Dwi", null);
        IssuedSlip freshUploaded = slip("0000000000000013", MORNING.minus(Duration.ofDays(1)), "Rina", null);
        outbox.add(oldUploaded);
        outbox.add(oldPending);
        outbox.add(freshUploaded);
        outbox.markUploaded(List.of(oldUploaded.slipId(), freshUploaded.slipId()), MORNING);

        int forgotten = outbox.forgetUploadedIssuedBefore(MORNING.minus(Duration.ofDays(7)));

        assertThat(forgotten).isEqualTo(1);
        assertThat(outbox.find(oldUploaded.slipId())).isEmpty();
        assertThat(outbox.find(oldPending.slipId())).isPresent();
        assertThat(outbox.find(freshUploaded.slipId())).isPresent();
    }
}
