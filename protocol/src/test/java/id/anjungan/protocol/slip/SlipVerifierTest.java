package id.anjungan.protocol.slip;

import static id.anjungan.protocol.slip.SlipRejection.ALREADY_PRESENTED;
import static id.anjungan.protocol.slip.SlipRejection.BAD_SIGNATURE;
import static id.anjungan.protocol.slip.SlipRejection.EXPIRED;
import static id.anjungan.protocol.slip.SlipRejection.MALFORMED;
import static id.anjungan.protocol.slip.SlipRejection.REVOKED_KIOSK;
import static id.anjungan.protocol.slip.SlipRejection.UNKNOWN_KIOSK;
import static id.anjungan.protocol.slip.SlipRejection.WRONG_EMPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlipVerifierTest {
    private static final String TEXT = SlipTokenCodec.toText(Slips.signed());
    private static final Presentation EARLIER =
            new Presentation("PT Sepatu Nusantara (fiktif), gerbang 2", Instant.parse("2026-12-02T01:05:00Z"));
    private final SlipVerifier verifier = new SlipVerifier(Slips.DIRECTORY, PresentationLedger.NONE);

    @Test
    void acceptsAFreshSlipForTheExpectedEmployerAndSaysWhichKioskIssuedIt() {
        SlipVerdict verdict = verifier.verify(TEXT, Slips.DURING, Slips.EMPLOYER);
        assertThat(verdict.isValid()).isTrue();
        assertThat(verdict.outcome()).isEqualTo("VALID");
        assertThat(verdict.token()).isEqualTo(Slips.token());
        assertThat(verdict.kioskId()).isEqualTo("kiosk-blkk-batang-07");
    }

    @Test
    void acceptsAnyEmployerWhenNoneIsExpected() {
        assertThat(verifier.verify(TEXT, Slips.DURING, null).isValid()).isTrue();
    }

    @Test
    void refusesTextThatIsNoSlipAsMalformedWithoutThrowing() {
        for (String text : new String[] {null, "", "hello", "ABK1:", "ABK1:BB8", TEXT.substring(0, 100)}) {
            SlipVerdict verdict = verifier.verify(text, Slips.DURING, null);
            assertThat(verdict.rejection()).isEqualTo(MALFORMED);
            assertThat(verdict.detail()).startsWith("not a referral slip: ");
            assertThat(verdict.token()).isNull();
        }
    }

    @Test
    void refusesASlipFromAKeyNoKioskHas() {
        SlipVerdict verdict = new SlipVerifier(keyId -> Optional.empty(), PresentationLedger.NONE).verify(TEXT, Slips.DURING, null);
        assertThat(verdict.rejection()).isEqualTo(UNKNOWN_KIOSK);
        assertThat(verdict.detail()).contains(Slips.SIGNER.keyId().hex());
        assertThat(verdict.token()).isNull();
    }

    @Test
    void refusesASlipSignedWithAnotherKeyThanTheOneItNames() {
        SlipSigner forger = new SlipSigner(KioskKeys.generate().getPrivate(), Slips.SIGNER.keyId());
        SlipVerdict verdict = verifier.verify(SlipTokenCodec.toText(forger.sign(Slips.token())), Slips.DURING, null);
        assertThat(verdict.rejection()).isEqualTo(BAD_SIGNATURE);
        assertThat(verdict.token()).as("an unverified token is not shown").isNull();
    }

    @Test
    void refusesASlipWhoseEmployerWasChangedAfterSigning() {
        SlipToken original = Slips.token();
        SlipToken changed = new SlipToken(original.kioskKeyId(), original.slipId(), original.vacancyId(), "emp-lain",
                original.issuedAt(), original.expiresAt());
        byte[] bytes = Slips.signed();
        byte[] body = SlipTokenCodec.body(changed);
        byte[] tampered = java.util.Arrays.copyOf(body, body.length + 64);
        System.arraycopy(SlipTokenCodec.signatureOf(bytes), 0, tampered, body.length, 64);
        assertThat(verifier.verify(SlipTokenCodec.toText(tampered), Slips.DURING, "emp-lain").rejection()).isEqualTo(BAD_SIGNATURE);
    }

    @Test
    void refusesEverySlipOfARevokedKioskEvenOneIssuedBeforeTheRevocation() {
        KioskKeyDirectory revoked = keyId -> Optional.of(new KioskKey(Slips.KIOSK.getPublic(), "kiosk-hilang", true));
        SlipVerdict verdict = new SlipVerifier(revoked, PresentationLedger.NONE).verify(TEXT, Slips.DURING, Slips.EMPLOYER);
        assertThat(verdict.rejection()).isEqualTo(REVOKED_KIOSK);
        assertThat(verdict.kioskId()).isEqualTo("kiosk-hilang");
        assertThat(verdict.token()).isEqualTo(Slips.token());
    }

    @Test
    void refusesASlipFromItsExpirySecondOnButNotTheSecondBefore() {
        assertThat(verifier.verify(TEXT, Slips.EXPIRES.minusSeconds(1), null).isValid()).isTrue();
        SlipVerdict verdict = verifier.verify(TEXT, Slips.EXPIRES, null);
        assertThat(verdict.rejection()).isEqualTo(EXPIRED);
        assertThat(verdict.detail()).contains("2026-12-15T17:00:00Z");
    }

    @Test
    void acceptsASlipIssuedLaterThanNowBecauseKioskClocksDrift() {
        assertThat(verifier.verify(TEXT, Slips.ISSUED.minusSeconds(3600), null).isValid()).isTrue();
    }

    @Test
    void refusesASlipForAnotherEmployer() {
        SlipVerdict verdict = verifier.verify(TEXT, Slips.DURING, "emp-lain");
        assertThat(verdict.rejection()).isEqualTo(WRONG_EMPLOYER);
        assertThat(verdict.detail()).contains(Slips.EMPLOYER, "emp-lain");
    }

    @Test
    void refusesASlipPresentedBeforeAndSaysWhereAndWhen() {
        SlipVerifier withLedger = new SlipVerifier(Slips.DIRECTORY,
                slipId -> slipId.equals(Slips.token().slipId()) ? Optional.of(EARLIER) : Optional.empty());
        SlipVerdict verdict = withLedger.verify(TEXT, Slips.DURING, Slips.EMPLOYER);
        assertThat(verdict.rejection()).isEqualTo(ALREADY_PRESENTED);
        assertThat(verdict.previous()).isEqualTo(EARLIER);
        assertThat(verdict.detail()).contains("gerbang 2", "2026-12-02T01:05:00Z");
    }

    @Test
    void checksInTheDocumentedOrder() {
        KioskKeyDirectory revoked = keyId -> Optional.of(new KioskKey(Slips.KIOSK.getPublic(), "kiosk-hilang", true));
        PresentationLedger seen = slipId -> Optional.of(EARLIER);
        Instant late = Slips.EXPIRES.plusSeconds(1);
        String badSignature = SlipTokenCodec.toText(flipLastByte(Slips.signed()));

        assertThat(new SlipVerifier(keyId -> Optional.empty(), seen).verify(badSignature, late, "x").rejection())
                .isEqualTo(UNKNOWN_KIOSK);
        assertThat(new SlipVerifier(revoked, seen).verify(badSignature, late, "x").rejection()).isEqualTo(BAD_SIGNATURE);
        assertThat(new SlipVerifier(revoked, seen).verify(TEXT, late, "x").rejection()).isEqualTo(REVOKED_KIOSK);
        assertThat(new SlipVerifier(Slips.DIRECTORY, seen).verify(TEXT, late, "x").rejection()).isEqualTo(EXPIRED);
        assertThat(new SlipVerifier(Slips.DIRECTORY, seen).verify(TEXT, Slips.DURING, "x").rejection()).isEqualTo(WRONG_EMPLOYER);
        assertThat(new SlipVerifier(Slips.DIRECTORY, seen).verify(TEXT, Slips.DURING, null).rejection()).isEqualTo(ALREADY_PRESENTED);
    }

    private static byte[] flipLastByte(byte[] bytes) {
        bytes[bytes.length - 1] ^= 1;
        return bytes;
    }
}
