package id.anjungan.server.sync;

import id.anjungan.protocol.sync.SyncCursor;

/**
 * A page of the change log for one scope, already written as the JSON of a {@code ChangeBatch}.
 *
 * @param cursor where a kiosk stands once it has applied the page
 * @param count how many changes the page holds (entries outside the scope are left out)
 * @param more whether the log goes on after the page
 * @param json the page as sent, byte for byte
 */
public record ChangePage(SyncCursor cursor, int count, boolean more, String json) {
}
