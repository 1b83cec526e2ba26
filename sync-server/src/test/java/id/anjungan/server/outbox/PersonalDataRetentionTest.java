package id.anjungan.server.outbox;

import static id.anjungan.server.testing.TestCatalogue.BATANG;
import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.BATANG_EMPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.server.testing.RunningServer;
import id.anjungan.server.testing.TestCatalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataRetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path folder;

    private RunningServer running;
    private final SlipStore slips = new SlipStore();

    @BeforeEach
    void startAServerWithAKioskThatUploadedAnOldAndANewSlip() {
        running = RunningServer.empty(folder, CLOCK);
        LocalDate today = LocalDate.of(2026, 11, 27);
        new TestCatalogue(running.server()).seedReference()
                .put(TestCatalogue.welder("v-las", BATANG, today, today.plusDays(20)));
        EnrolmentResponse kiosk = running.enrolKiosk(BATANG_CENTRE);
        running.post("/api/v1/kiosks/outbox", kiosk.token(), new OutboxUpload(List.of(
                slip("00000000000000a1", NOW.minus(Duration.ofDays(200))),
                slip("00000000000000b2", NOW.minus(Duration.ofDays(30))))));
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private static IssuedSlip slip(String id, Instant issued) {
        return new IssuedSlip(id, "v-las", BATANG_EMPLOYER, issued, issued.plus(Duration.ofDays(14)), "QR-" + id,
                "Siti Aminah", "081234567890");
    }

    private IssuedSlip stored(String id) {
        return running.server().services().database().read(c -> slips.find(c, id)).orElseThrow();
    }

    @Test
    void nameAndPhoneOfASlipOlderThanSixMonthsAreErasedAndTheSlipItselfStays() {
        int erased = new PersonalDataRetention(running.server().services().database(), CLOCK).run();

        assertThat(erased).isEqualTo(1);
        assertThat(stored("00000000000000a1").applicantName()).isNull();
        assertThat(stored("00000000000000a1").applicantPhone()).isNull();
        assertThat(stored("00000000000000a1").vacancyId()).isEqualTo("v-las");
        assertThat(stored("00000000000000b2").applicantName()).isEqualTo("Siti Aminah");
        assertThat(stored("00000000000000b2").applicantPhone()).isEqualTo("081234567890");
    }

    @Test
    void aSecondRunFindsNothingLeftToErase() {
        PersonalDataRetention retention = new PersonalDataRetention(running.server().services().database(), CLOCK);
        retention.run();

        assertThat(retention.run()).isZero();
    }
}
