package id.anjungan.protocol.slip;

import java.util.HexFormat;

/**
 * Names a kiosk's Ed25519 public key in a slip token: the first 8 bytes of SHA-256 of the raw
 * 32-byte key, as computed by {@link KioskKeys#keyId}.
 */
public record KioskKeyId(long value) {

    public static KioskKeyId fromHex(String hex) {
        if (hex.length() != 16) {
            throw new IllegalArgumentException("a kiosk key id is 16 hex digits: " + hex);
        }
        return new KioskKeyId(HexFormat.fromHexDigitsToLong(hex));
    }

    /** Sixteen lower-case hex digits. */
    public String hex() {
        return HexFormat.of().toHexDigits(value);
    }

    @Override
    public String toString() {
        return hex();
    }
}
