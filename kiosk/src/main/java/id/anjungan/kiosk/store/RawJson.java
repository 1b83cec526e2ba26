package id.anjungan.kiosk.store;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A JSON value kept as the UTF-8 bytes it arrived in (a slice of a page of changes), so a record
 * that is stored as JSON is never parsed into a tree and written out again, and one that is
 * replaced later in the same page is never parsed at all.
 */
public final class RawJson {
    private final byte[] source;
    private final int offset;
    private final int length;

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

    <T> T read(ObjectReader reader) throws IOException {
        return reader.readValue(source, offset, length);
    }

    @Override
    public String toString() {
        return text();
    }
}
