package id.anjungan.protocol.slip;

/**
 * Crockford's Base32: digits and upper-case letters without I, L, O and U, five bits a character,
 * most significant bit first, no padding. Decoding forgives what people and phones do to a code:
 * lower case, and O, I or L typed for 0 or 1. Unused trailing bits must be zero.
 */
public final class Crockford32 {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            char c = ALPHABET.charAt(i);
            VALUES[c] = i;
            VALUES[Character.toLowerCase(c)] = i;
        }
        for (char c : "oO".toCharArray()) {
            VALUES[c] = 0;
        }
        for (char c : "iIlL".toCharArray()) {
            VALUES[c] = 1;
        }
    }

    private Crockford32() {
    }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = buffer << 8 | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(ALPHABET.charAt(buffer >>> bits & 31));
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt(buffer << (5 - bits) & 31));
        }
        return out.toString();
    }

    public static byte[] decode(String text) throws SlipFormatException {
        int spare = text.length() * 5 % 8;
        if (spare >= 5) {
            throw new SlipFormatException("Base32 text of length " + text.length() + " is impossible");
        }
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int o = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int v = c < 128 ? VALUES[c] : -1;
            if (v < 0) {
                throw new SlipFormatException("not a Base32 character at " + i);
            }
            buffer = buffer << 5 | v;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (buffer >>> bits);
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            throw new SlipFormatException("Base32 text has non-zero trailing bits");
        }
        return out;
    }
}
