package id.anjungan.server.sync;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.db.JsonColumns;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

/** The server's change log. Every method takes the caller's connection, so appends share its transaction. */
public final class ChangeLog {
    private final Clock clock;

    public ChangeLog(Clock clock) {
        this.clock = clock;
    }

    /** Creates the log's epoch on a new database; does nothing on one that has it. */
    public void ensureEpoch(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO sync_state (id, epoch, last_seq, retained_after) VALUES (1, ?, 0, 0) ON CONFLICT (id) DO NOTHING")) {
            s.setString(1, UUID.randomUUID().toString());
            s.executeUpdate();
        }
    }

    /** Appends a change and returns its seq. */
    public long append(Connection c, EntityKind entity, String id, ChangeOperation op,
                       String regionId, String previousRegionId, Object record) throws SQLException {
        long seq;
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE sync_state SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq");
             ResultSet rows = s.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("the change log has no epoch yet");
            }
            seq = rows.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO change_log (seq, entity, entity_id, operation, region_id, previous_region_id, document, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setString(2, entity.name());
            s.setString(3, id);
            s.setString(4, op.name());
            s.setString(5, regionId);
            s.setString(6, previousRegionId);
            s.setString(7, record == null ? null : JsonColumns.write(record));
            s.setString(8, clock.instant().toString());
            s.executeUpdate();
        }
        return seq;
    }

    public SyncCursor head(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT epoch, last_seq FROM sync_state WHERE id = 1");
             ResultSet rows = s.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("the change log has no epoch yet");
            }
            return new SyncCursor(rows.getString(1), rows.getLong(2));
        }
    }

    public long retainedAfter(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT retained_after FROM sync_state WHERE id = 1");
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Up to {@code limit} log entries after {@code since} that a kiosk showing {@code scope} must apply,
     * in seq order, written as a {@code ChangeBatch}'s JSON. A vacancy that moved out of the scope comes
     * as a DELETE. Each stored document is copied into the page as the UTF-8 bytes SQLite holds, never
     * parsed or decoded: the documents were written by the same mapping, so the page is the text
     * serialising a parsed batch would give (a test checks it). The few fields around them are written
     * by hand, with Jackson's string quoting.
     */
    public ChangePage page(Connection c, long since, int limit, Scope scope, SyncCursor head) throws SQLException {
        PageBuffer changes = new PageBuffer(64 * 1024);
        long last = since;
        int count = 0;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT seq, entity, entity_id, operation, region_id, previous_region_id, document FROM change_log"
                        + " WHERE seq > ? ORDER BY seq LIMIT ?")) {
            s.setLong(1, since);
            s.setInt(2, limit);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    last = rows.getLong(1);
                    String entity = rows.getString(2);
                    ChangeOperation op = ChangeOperation.valueOf(rows.getString(4));
                    String regionId = rows.getString(5);
                    if (!scope.includes(regionId)) {
                        String previousRegionId = rows.getString(6);
                        // Moved out of the scope: the kiosk must drop what it shows.
                        if (previousRegionId == null || !scope.includes(previousRegionId) || op != ChangeOperation.PUT) {
                            continue;
                        }
                        op = ChangeOperation.DELETE;
                    }
                    changes.ascii(count == 0 ? "{\"seq\":" : ",{\"seq\":").ascii(Long.toString(last))
                            .ascii(",\"entity\":").quoted(entity)
                            .ascii(",\"id\":").quoted(rows.getString(3))
                            .ascii(",\"op\":\"").ascii(op.name()).ascii("\"");
                    byte[] document = op == ChangeOperation.PUT ? rows.getBytes(7) : null;
                    if (document != null) {
                        changes.ascii(",\"record\":").bytes(document);
                    }
                    changes.ascii("}");
                    count++;
                }
            }
        }
        SyncCursor cursor = new SyncCursor(head.epoch(), last);
        boolean more = last < head.seq();
        PageBuffer page = new PageBuffer(changes.size() + 160);
        page.ascii("{\"cursor\":{\"epoch\":").quoted(cursor.epoch()).ascii(",\"seq\":").ascii(Long.toString(cursor.seq()))
                .ascii("},\"changes\":[").bytes(changes).ascii("],\"more\":").ascii(Boolean.toString(more)).ascii("}");
        return new ChangePage(cursor, count, more, page.toByteArray());
    }

    /** A growing byte buffer for a page, with JSON's string quoting. */
    private static final class PageBuffer extends ByteArrayOutputStream {
        PageBuffer(int capacity) {
            super(capacity);
        }

        PageBuffer ascii(String text) {
            for (int i = 0; i < text.length(); i++) {
                write(text.charAt(i));
            }
            return this;
        }

        PageBuffer quoted(String text) {
            write('"');
            writeBytes(JsonStringEncoder.getInstance().quoteAsUTF8(text));
            write('"');
            return this;
        }

        PageBuffer bytes(byte[] bytes) {
            writeBytes(bytes);
            return this;
        }

        PageBuffer bytes(PageBuffer other) {
            write(other.buf, 0, other.count);
            return this;
        }
    }

    /**
     * Removes entries written before {@code cutoff}, always keeping the newest one so the head stays
     * readable; cursors older than what was removed then get "take a snapshot". Returns how many went.
     */
    public int removeBefore(Connection c, java.time.Instant cutoff) throws SQLException {
        long lastToRemove;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT MAX(seq) FROM change_log WHERE changed_at < ? AND seq < (SELECT last_seq FROM sync_state WHERE id = 1)")) {
            s.setString(1, cutoff.toString());
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                lastToRemove = rows.getLong(1);
                if (rows.wasNull()) {
                    return 0;
                }
            }
        }
        int removed;
        try (PreparedStatement s = c.prepareStatement("DELETE FROM change_log WHERE seq <= ?")) {
            s.setLong(1, lastToRemove);
            removed = s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE sync_state SET retained_after = ? WHERE id = 1 AND retained_after < ?")) {
            s.setLong(1, lastToRemove);
            s.setLong(2, lastToRemove);
            s.executeUpdate();
        }
        return removed;
    }
}
