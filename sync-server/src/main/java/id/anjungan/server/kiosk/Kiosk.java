package id.anjungan.server.kiosk;

import java.time.Instant;

/** An enrolled kiosk as the server knows it. */
public record Kiosk(String id, String centreId, String publicKey, String keyId, Instant enrolledAt, Instant revokedAt) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
