package id.anjungan.protocol.slip;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a referral slip's QR says, before signing and after verifying. No personal data.
 * Times are whole seconds (a fraction is dropped) between 1970 and 2106, as the token stores
 * them in four bytes; a slip expires at {@code expiresAt}, which must come after {@code issuedAt}.
 *
 * @param vacancyId the vacancy's id, 1 to 64 bytes of UTF-8
 * @param employerId the employer's id, 1 to 64 bytes of UTF-8
 */
public record SlipToken(
        KioskKeyId kioskKeyId,
        SlipId slipId,
        String vacancyId,
        String employerId,
        Instant issuedAt,
        Instant expiresAt) {
    public static final int MAX_ID_BYTES = 64;
    public static final long MAX_EPOCH_SECOND = 0xFFFF_FFFFL;

    public SlipToken {
        Objects.requireNonNull(kioskKeyId, "kioskKeyId");
        Objects.requireNonNull(slipId, "slipId");
        checkId("vacancyId", vacancyId);
        checkId("employerId", employerId);
        issuedAt = wholeSeconds("issuedAt", issuedAt);
        expiresAt = wholeSeconds("expiresAt", expiresAt);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt " + expiresAt + " is not after issuedAt " + issuedAt);
        }
    }

    /** True from the expiry second on. */
    public boolean isExpiredAt(Instant time) {
        return !time.isBefore(expiresAt);
    }

    public String shortCode() {
        return slipId.shortCode();
    }

    private static void checkId(String name, String id) {
        Objects.requireNonNull(id, name);
        // An unpaired surrogate would silently become '?' in UTF-8 and no longer match itself.
        if (id.codePoints().anyMatch(cp -> Character.getType(cp) == Character.SURROGATE)) {
            throw new IllegalArgumentException(name + " is not valid Unicode");
        }
        int length = id.getBytes(StandardCharsets.UTF_8).length;
        if (length < 1 || length > MAX_ID_BYTES) {
            throw new IllegalArgumentException(name + " is " + length + " bytes of UTF-8, not 1 to " + MAX_ID_BYTES);
        }
    }

    private static Instant wholeSeconds(String name, Instant time) {
        Objects.requireNonNull(time, name);
        Instant whole = time.truncatedTo(ChronoUnit.SECONDS);
        if (whole.getEpochSecond() < 0 || whole.getEpochSecond() > MAX_EPOCH_SECOND) {
            throw new IllegalArgumentException(name + " " + time + " is outside 1970 to 2106");
        }
        return whole;
    }
}
