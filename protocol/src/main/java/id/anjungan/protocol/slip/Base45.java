package id.anjungan.protocol.slip;

/**
 * Base45 (RFC 9285): two bytes become three characters of the QR alphanumeric alphabet, a last
 * odd byte becomes two. Decoding is strict: only the 45 characters, no length of the form 3n+1,
 * and no group whose value is out of range.
 */
public final class Base45 {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length + 1) / 2 * 3);
        int i = 0;
        for (; i + 1 < data.length; i += 2) {
            int n = (data[i] & 0xFF) << 8 | (data[i + 1] & 0xFF);
            out.append(ALPHABET.charAt(n % 45))
                    .append(ALPHABET.charAt(n / 45 % 45))
                    .append(ALPHABET.charAt(n / 2025));
        }
        if (i < data.length) {
            int n = data[i] & 0xFF;
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return out.toString();
    }

    public static byte[] decode(String text) throws SlipFormatException {
        int length = text.length();
        if (length % 3 == 1) {
            throw new SlipFormatException("Base45 text of length " + length + " (3n+1) is impossible");
        }
        byte[] out = new byte[length / 3 * 2 + (length % 3 == 2 ? 1 : 0)];
        int o = 0;
        for (int i = 0; i < length; i += 3) {
            boolean pair = i + 2 == length;
            int n = value(text, i) + value(text, i + 1) * 45 + (pair ? 0 : value(text, i + 2) * 2025);
            if (n > (pair ? 0xFF : 0xFFFF)) {
                throw new SlipFormatException("Base45 group at " + i + " is out of range");
            }
            if (!pair) {
                out[o++] = (byte) (n >> 8);
            }
            out[o++] = (byte) n;
        }
        return out;
    }

    private static int value(String text, int index) throws SlipFormatException {
        char c = text.charAt(index);
        int v = c < 128 ? VALUES[c] : -1;
        if (v < 0) {
            throw new SlipFormatException("not a Base45 character at " + index);
        }
        return v;
    }
}
