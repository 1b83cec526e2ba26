package id.anjungan.protocol.slip;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The random 64-bit identity of one referral slip; the outbox and the intake page key on it. */
public record SlipId(long value) {

    public static SlipId random(SecureRandom random) {
        return new SlipId(random.nextLong());
    }

    public static SlipId fromHex(String hex) {
        if (hex.length() != 16) {
            throw new IllegalArgumentException("a slip id is 16 hex digits: " + hex);
        }
        return new SlipId(HexFormat.fromHexDigitsToLong(hex));
    }

    /** Sixteen lower-case hex digits. */
    public String hex() {
        return HexFormat.of().toHexDigits(value);
    }

    /** The code printed on the slip for reading aloud, e.g. {@code K7Q2-9MXD}; see {@link ShortCode}. */
    public String shortCode() {
        return ShortCode.of(this);
    }

    @Override
    public String toString() {
        return hex();
    }
}
