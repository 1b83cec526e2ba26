package id.anjungan.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.db.JsonColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
     * Up to {@code limit} changes after {@code since} that a kiosk showing {@code scope} must apply, in
     * seq order. A vacancy that moved out of the scope comes as a DELETE. A null scope sees everything.
     */
    public List<Change> after(Connection c, long since, int limit, Scope scope) throws SQLException {
        List<Change> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT seq, entity, entity_id, operation, region_id, previous_region_id, document FROM change_log"
                        + " WHERE seq > ? ORDER BY seq LIMIT ?")) {
            s.setLong(1, since);
            s.setInt(2, limit);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    scope.view(toChange(rows), rows.getString(5), rows.getString(6)).ifPresent(result::add);
                }
            }
        }
        return result;
    }

    /** The seq of the last entry the query behind {@link #after} would have read, to move the cursor past skipped ones. */
    public long lastSeqWithin(Connection c, long since, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT MAX(seq) FROM (SELECT seq FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?) page")) {
            s.setLong(1, since);
            s.setInt(2, limit);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                long last = rows.getLong(1);
                return rows.wasNull() ? since : last;
            }
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

    private static Change toChange(ResultSet rows) throws SQLException {
        String document = rows.getString(7);
        try {
            return new Change(rows.getLong(1), EntityKind.valueOf(rows.getString(2)), rows.getString(3),
                    ChangeOperation.valueOf(rows.getString(4)),
                    document == null ? null : ProtocolJson.mapper().readTree(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change " + rows.getLong(1) + " holds unreadable JSON", e);
        }
    }
}
