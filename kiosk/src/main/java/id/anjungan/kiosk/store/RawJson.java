package id.anjungan.kiosk.store;

import com.fasterxml.jackson.databind.ObjectReader;
import id.anjungan.protocol.json.ProtocolJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A JSON value kept as the UTF-8 bytes it arrived in (a slice of a page of changes), so a record
 * that is stored as JSON is never parsed into a tree and written out again, and one that is
 * replaced later in the same page is never parsed at all.
 */
public final class RawJson {
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return ProtocolJson.mapper().readerFor(type);
        }
    };

    private final byte[] source;
    private final int offset;
    private final int length;
    private volatile Object value;

    /** The value at {@code source[offset, offset + length)}; the array is shared, not copied, and must not change. */
    public RawJson(byte[] source, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, source.length);
        this.source = source;
        this.offset = offset;
        this.length = length;
    }

    public static RawJson of(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new RawJson(bytes, 0, bytes.length);
    }

    public String text() {
        return new String(source, offset, length, StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes, for SQLite to store as text without a Java string in between. */
    byte[] bytes() {
        return offset == 0 && length == source.length ? source : Arrays.copyOfRange(source, offset, offset + length);
    }

    /**
     * The value read into the given type, once (a value is only ever read as one type): the thread
     * that receives a page reads its records ahead, while another applies the page before it.
     */
    public <T> T as(Class<T> type) throws IOException {
        Object read = value;
        if (read == null) {
            read = READERS.get(type).readValue(source, offset, length);
            value = read;
        }
        return type.cast(read);
    }

    @Override
    public String toString() {
        return text();
    }
}
