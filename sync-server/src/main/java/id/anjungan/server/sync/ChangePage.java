package id.anjungan.server.sync;

import id.anjungan.protocol.sync.SyncCursor;
import java.nio.charset.StandardCharsets;

/**
 * A page of the change log for one scope, already written as the JSON of a {@code ChangeBatch}.
 *
 * @param cursor where a kiosk stands once it has applied the page
 * @param count how many changes the page holds (entries outside the scope are left out)
 * @param more whether the log goes on after the page
 * @param utf8 the page as sent, byte for byte (UTF-8)
 */
public record ChangePage(SyncCursor cursor, int count, boolean more, byte[] utf8) {
    /** The page as text, decoded on each call: an event stream sends text. */
    public String json() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
