package id.anjungan.protocol.slip;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * The version 1 token: its bytes (see docs/slip-token/README.md for the layout) and its two
 * QR text forms, {@code ABK1:} + Base45, and an intake URL + Crockford Base32. Decoding is
 * strict and reports every problem as a {@link SlipFormatException}.
 */
public final class SlipTokenCodec {
    public static final int VERSION = 1;
    public static final int SIGNATURE_LENGTH = 64;
    public static final String TEXT_PREFIX = "ABK1:";
    /** Signed in front of the token's bytes, never transmitted; keeps these signatures from meaning anything else. */
    public static final String SIGNATURE_CONTEXT = "ABK-SLIP-v1";
    /** Longer texts are refused before any decoding; the longest real one is under 400 characters. */
    public static final int MAX_TEXT_LENGTH = 1000;

    private SlipTokenCodec() {
    }

    /** Everything in the token before the signature. */
    public static byte[] body(SlipToken token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.write(VERSION);
        out.writeBytes(ByteBuffer.allocate(16).putLong(token.kioskKeyId().value()).putLong(token.slipId().value()).array());
        writeId(out, token.vacancyId());
        writeId(out, token.employerId());
        out.writeBytes(ByteBuffer.allocate(8)
                .putInt((int) token.issuedAt().getEpochSecond())
                .putInt((int) token.expiresAt().getEpochSecond()).array());
        return out.toByteArray();
    }

    /** The bytes Ed25519 signs: the ASCII context, then the body. */
    public static byte[] signedMessage(byte[] body) {
        byte[] context = SIGNATURE_CONTEXT.getBytes(StandardCharsets.US_ASCII);
        byte[] message = Arrays.copyOf(context, context.length + body.length);
        System.arraycopy(body, 0, message, context.length, body.length);
        return message;
    }

    /** The body of a token that {@link #decode} accepted. */
    public static byte[] bodyOf(byte[] tokenBytes) {
        return Arrays.copyOf(tokenBytes, tokenBytes.length - SIGNATURE_LENGTH);
    }

    /** The signature of a token that {@link #decode} accepted. */
    public static byte[] signatureOf(byte[] tokenBytes) {
        return Arrays.copyOfRange(tokenBytes, tokenBytes.length - SIGNATURE_LENGTH, tokenBytes.length);
    }

    /** Reads a whole token; the signature is there but not checked. */
    public static SlipToken decode(byte[] tokenBytes) throws SlipFormatException {
        if (tokenBytes == null || tokenBytes.length == 0) {
            throw new SlipFormatException("empty token");
        }
        if (tokenBytes[0] != VERSION) {
            throw new SlipFormatException("unsupported token version " + (tokenBytes[0] & 0xFF));
        }
        ByteBuffer in = ByteBuffer.wrap(tokenBytes, 1, tokenBytes.length - 1);
        KioskKeyId keyId = new KioskKeyId(readLong(in));
        SlipId slipId = new SlipId(readLong(in));
        String vacancyId = readId(in, "vacancy id");
        String employerId = readId(in, "employer id");
        long issuedAt = readUint32(in);
        long expiresAt = readUint32(in);
        if (in.remaining() != SIGNATURE_LENGTH) {
            throw new SlipFormatException("signature is " + in.remaining() + " bytes, not " + SIGNATURE_LENGTH);
        }
        try {
            return new SlipToken(keyId, slipId, vacancyId, employerId,
                    Instant.ofEpochSecond(issuedAt), Instant.ofEpochSecond(expiresAt));
        } catch (IllegalArgumentException e) {
            throw new SlipFormatException(e.getMessage());
        }
    }

    /** The canonical QR text: {@code ABK1:} and the token in Base45. */
    public static String toText(byte[] tokenBytes) {
        return TEXT_PREFIX + Base45.encode(tokenBytes);
    }

    /**
     * The URL QR text: an upper-case intake address ending in '/', then the token in Crockford
     * Base32, whose letters and digits need no escaping in a URL path (Base45's space, '%', '/'
     * and '.' would).
     */
    public static String toUrlText(String urlBase, byte[] tokenBytes) {
        if (!urlBase.matches("HTTPS?://[0-9A-Z$*+\\-./:]+/")) {
            throw new IllegalArgumentException("the intake URL base must be upper-case HTTP(S), end in '/', "
                    + "and use only 0-9 A-Z $*+-./: : " + urlBase);
        }
        return urlBase + Crockford32.encode(tokenBytes);
    }

    /** The token's bytes from either text form, in any letter case, with surrounding whitespace. */
    public static byte[] fromText(String text) throws SlipFormatException {
        if (text == null) {
            throw new SlipFormatException("no text");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new SlipFormatException("text is " + text.length() + " characters, more than " + MAX_TEXT_LENGTH);
        }
        // Safe because Base45 never ends in a space and the bare form starts with the prefix.
        String stripped = text.strip();
        if (!stripped.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new SlipFormatException("text has characters outside printable ASCII");
        }
        // Base45 has no lower case, so this only undoes a scanner's Caps Lock or a lower-cased URL.
        String upper = stripped.toUpperCase(Locale.ROOT);
        if (upper.startsWith(TEXT_PREFIX)) {
            return Base45.decode(upper.substring(TEXT_PREFIX.length()));
        }
        if (upper.startsWith("HTTPS://") || upper.startsWith("HTTP://")) {
            return fromUrlSegment(upper.substring(upper.lastIndexOf('/') + 1));
        }
        throw new SlipFormatException("text starts with neither " + TEXT_PREFIX + " nor an http(s) URL");
    }

    /** The token's bytes from the last segment of an intake URL. */
    public static byte[] fromUrlSegment(String segment) throws SlipFormatException {
        if (segment == null || segment.isEmpty()) {
            throw new SlipFormatException("the URL has no token after its last '/'");
        }
        if (segment.length() > MAX_TEXT_LENGTH) {
            throw new SlipFormatException("URL token is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return Crockford32.decode(segment);
    }

    private static void writeId(ByteArrayOutputStream out, String id) {
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        out.write(utf8.length);
        out.writeBytes(utf8);
    }

    private static long readLong(ByteBuffer in) throws SlipFormatException {
        need(in, Long.BYTES);
        return in.getLong();
    }

    private static long readUint32(ByteBuffer in) throws SlipFormatException {
        need(in, Integer.BYTES);
        return Integer.toUnsignedLong(in.getInt());
    }

    private static String readId(ByteBuffer in, String name) throws SlipFormatException {
        need(in, 1);
        int length = in.get() & 0xFF;
        if (length < 1 || length > SlipToken.MAX_ID_BYTES) {
            throw new SlipFormatException(name + " length " + length + " is not 1 to " + SlipToken.MAX_ID_BYTES);
        }
        need(in, length);
        ByteBuffer utf8 = in.slice(in.position(), length);
        in.position(in.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(utf8).toString();
        } catch (CharacterCodingException e) {
            throw new SlipFormatException(name + " is not valid UTF-8");
        }
    }

    private static void need(ByteBuffer in, int bytes) throws SlipFormatException {
        if (in.remaining() < bytes) {
            throw new SlipFormatException("token ends early, at byte " + in.position());
        }
    }
}
