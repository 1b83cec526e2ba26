package id.anjungan.protocol.sync;

import java.util.Objects;

/**
 * How far a kiosk has applied the server's change log: the log's epoch and the last sequence number
 * applied. A cursor from another epoch is meaningless to the server and answered with a fresh snapshot.
 */
public record SyncCursor(String epoch, long seq) {
    public SyncCursor {
        Objects.requireNonNull(epoch, "epoch");
        if (seq < 0) {
            throw new IllegalArgumentException("seq cannot be negative");
        }
    }

    /** The text form used as an SSE event id: "epoch:seq". */
    public String asText() {
        return epoch + ":" + seq;
    }

    public static SyncCursor parse(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a cursor looks like 'epoch:seq', got '" + text + "'");
        }
        try {
            return new SyncCursor(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a cursor's seq must be a number, got '" + text + "'");
        }
    }
}
