package id.anjungan.protocol.sync;

import java.util.List;
import java.util.Objects;

/**
 * A page of the change log after a cursor.
 *
 * @param cursor where the kiosk stands once it has applied these changes
 * @param more whether changes remain after this page
 */
public record ChangeBatch(SyncCursor cursor, List<Change> changes, boolean more) {
    public ChangeBatch {
        Objects.requireNonNull(cursor, "cursor");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
