package id.anjungan.protocol.slip;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;

/** A kiosk and a slip for tests that need any valid token. */
final class Slips {
    static final KeyPair KIOSK = KioskKeys.generate();
    static final SlipSigner SIGNER = SlipSigner.of(KIOSK);
    static final KioskKeyDirectory DIRECTORY = keyId -> keyId.equals(SIGNER.keyId())
            ? Optional.of(new KioskKey(KIOSK.getPublic(), "kiosk-blkk-batang-07", false))
            : Optional.empty();
    static final Instant ISSUED = Instant.parse("2026-12-01T02:30:00Z");
    static final Instant EXPIRES = Instant.parse("2026-12-15T17:00:00Z");
    static final Instant DURING = Instant.parse("2026-12-03T01:15:00Z");
    static final String EMPLOYER = "emp-sepatu-nusantara";

    private Slips() {
    }

    static SlipToken token() {
        return new SlipToken(SIGNER.keyId(), SlipId.fromHex("3f9a0c7e5b21d846"), "demo-0042", EMPLOYER, ISSUED, EXPIRES);
    }

    static byte[] signed() {
        return SIGNER.sign(token());
    }
}
