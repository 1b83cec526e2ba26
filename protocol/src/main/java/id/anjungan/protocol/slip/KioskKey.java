package id.anjungan.protocol.slip;

import java.security.PublicKey;
import java.util.Objects;

/** A kiosk's public key as the server knows it from enrolment. */
public record KioskKey(PublicKey publicKey, String kioskId, boolean revoked) {
    public KioskKey {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(kioskId, "kioskId");
    }
}
