package id.anjungan.protocol.slip;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The short code printed on a slip and read over the phone: the first 40 bits of the slip id in
 * Crockford Base32, two groups of four, e.g. {@code K7Q2-9MXD}. It finds a slip among one
 * employer's referrals; it is not an identity on its own (40 bits can collide across the system).
 */
public final class ShortCode {
    private static final int CHARS = 8;

    private ShortCode() {
    }

    public static String of(SlipId slipId) {
        byte[] bytes = ByteBuffer.allocate(8).putLong(slipId.value()).array();
        String code = Crockford32.encode(Arrays.copyOf(bytes, 5));
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /**
     * The canonical form of a code as someone typed it: case, hyphens and spaces do not matter,
     * and O, I or L are read as 0 or 1.
     */
    public static String normalize(String typed) throws SlipFormatException {
        String compact = typed.replaceAll("[\\s-]", "");
        if (compact.length() != CHARS) {
            throw new SlipFormatException("a short code has " + CHARS + " characters");
        }
        byte[] bytes = Crockford32.decode(compact);
        String code = Crockford32.encode(bytes);
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    public static boolean matches(SlipId slipId, String typed) {
        try {
            return of(slipId).equals(normalize(typed));
        } catch (SlipFormatException e) {
            return false;
        }
    }
}
