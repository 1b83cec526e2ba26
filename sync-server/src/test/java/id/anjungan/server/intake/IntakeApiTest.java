package id.anjungan.server.intake;

import static id.anjungan.server.testing.TestCatalogue.BATANG;
import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.BATANG_EMPLOYER;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG_EMPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.protocol.slip.KioskKeys;
import id.anjungan.protocol.slip.SlipId;
import id.anjungan.protocol.slip.SlipSigner;
import id.anjungan.protocol.slip.SlipToken;
import id.anjungan.protocol.slip.SlipTokenCodec;
import id.anjungan.server.testing.RunningServer;
import id.anjungan.server.testing.TestCatalogue;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
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

class IntakeApiTest {
    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    private RunningServer running;
    private KeyPair kioskKeys;
    private EnrolmentResponse kiosk;

    @BeforeEach
    void startAServerWithAnEnrolledKioskAndAVacancy() {
        running = RunningServer.empty(folder, CLOCK);
        new TestCatalogue(running.server()).seedReference()
                .put(TestCatalogue.welder("v-las", BATANG, TODAY, TODAY.plusDays(20)));
        kioskKeys = KioskKeys.generate();
        kiosk = running.enrolKiosk(BATANG_CENTRE, kioskKeys);
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private String slipText(KeyPair keys, Instant issued, Duration validFor) {
        SlipSigner signer = SlipSigner.of(keys);
        SlipToken token = new SlipToken(signer.keyId(), SlipId.random(new SecureRandom()), "v-las", BATANG_EMPLOYER,
                issued, issued.plus(validFor));
        return SlipTokenCodec.toText(signer.sign(token));
    }

    private VerificationAnswer verify(String text, String employerId) {
        var response = running.post("/api/v1/intake/verify", running.adminToken(),
                new VerificationRequest(text, employerId, "Pos Satpam Gerbang 2"));
        assertThat(response.statusCode()).isEqualTo(200);
        return RunningServer.read(response.body(), VerificationAnswer.class);
    }

    @Test
    void aGenuineSlipIsValidWithItsVacancyAndTheNameTheJobSeekerChoseToGive() {
        String text = slipText(kioskKeys, NOW.minusSeconds(3600), Duration.ofDays(14));
        String slipId = idOf(text);
        running.post("/api/v1/kiosks/outbox", kiosk.token(), new OutboxUpload(List.of(new IssuedSlip(slipId, "v-las",
                BATANG_EMPLOYER, NOW.minusSeconds(3600), NOW.plusSeconds(86400), text, "Siti Aminah", "081234567890"))));

        VerificationAnswer answer = verify(text, BATANG_EMPLOYER);

        assertThat(answer.outcome()).isEqualTo("VALID");
        assertThat(answer.slip().vacancyTitle()).isEqualTo("Welder SMAW v-las");
        assertThat(answer.slip().employerName()).isEqualTo("PT Sepatu Contoh (fiktif)");
        assertThat(answer.slip().applicantName()).isEqualTo("Siti Aminah");
        assertThat(answer.slip().kioskId()).isEqualTo(kiosk.kioskId());
    }

    @Test
    void aReplayedSlipIsRefusedSayingWhereAndWhenItWasFirstPresented() {
        String text = slipText(kioskKeys, NOW.minusSeconds(3600), Duration.ofDays(14));

        verify(text, BATANG_EMPLOYER);
        VerificationAnswer replay = verify(text, BATANG_EMPLOYER);

        assertThat(replay.outcome()).isEqualTo("ALREADY_PRESENTED");
        assertThat(replay.previouslyPresentedWhere()).isEqualTo("Pos Satpam Gerbang 2");
        assertThat(replay.previouslyPresentedAt()).isEqualTo(NOW);
    }

    @Test
    void forgedExpiredMisdirectedAndRevokedSlipsAreEachRefusedWithTheirReason() {
        String forged = slipText(KioskKeys.generate(), NOW.minusSeconds(60), Duration.ofDays(14));
        String expired = slipText(kioskKeys, NOW.minus(Duration.ofDays(20)), Duration.ofDays(14));
        String genuine = slipText(kioskKeys, NOW.minusSeconds(60), Duration.ofDays(14));
        char[] flipped = genuine.toCharArray();
        flipped[40] = flipped[40] == 'A' ? 'B' : 'A';

        assertThat(verify(forged, BATANG_EMPLOYER).outcome()).isEqualTo("UNKNOWN_KIOSK");
        assertThat(verify(expired, BATANG_EMPLOYER).outcome()).isEqualTo("EXPIRED");
        assertThat(verify(genuine, TANGERANG_EMPLOYER).outcome()).isEqualTo("WRONG_EMPLOYER");
        assertThat(verify(new String(flipped), BATANG_EMPLOYER).outcome()).isIn("BAD_SIGNATURE", "MALFORMED", "UNKNOWN_KIOSK");
        assertThat(verify("HELLO", BATANG_EMPLOYER).outcome()).isEqualTo("MALFORMED");

        running.post("/api/v1/admin/kiosks/" + kiosk.kioskId() + "/revoke", running.adminToken(), "");
        VerificationAnswer revoked = verify(genuine, BATANG_EMPLOYER);
        assertThat(revoked.outcome()).isEqualTo("REVOKED_KIOSK");
        assertThat(revoked.detail()).contains(kiosk.kioskId());
    }

    @Test
    void aSlipWhoseSignatureFailsShowsNoneOfItsContent() {
        String forged = slipText(KioskKeys.generate(), NOW.minusSeconds(60), Duration.ofDays(14));

        VerificationAnswer answer = verify(forged, null);

        assertThat(answer.slip()).isNull();
    }

    @Test
    void verificationNeedsCredentials() {
        var response = running.post("/api/v1/intake/verify", null, new VerificationRequest("ABK1:X", null, null));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static String idOf(String text) {
        try {
            return SlipTokenCodec.decode(SlipTokenCodec.fromText(text)).slipId().hex();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
