package id.anjungan.server.audit;

import id.anjungan.server.db.TimeText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The audit log. Appends take the caller's connection, so an entry commits or rolls back with its change. */
public final class AuditLog {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void append(Connection c, Actor actor, String action, String entity, String entityId, String detail)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (id, at, actor_id, actor_name, actor_role,"
                + " action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            java.time.Instant at = clock.instant();
            s.setString(1, newId(at));
            s.setString(2, TimeText.of(at));
            s.setString(3, actor.accountId());
            s.setString(4, actor.name());
            s.setString(5, actor.role());
            s.setString(6, action);
            s.setString(7, entity);
            s.setString(8, entityId);
            s.setString(9, detail);
            s.executeUpdate();
        }
    }

    /**
     * Ids sort in the order entries were written, also within one millisecond: the time, then a
     * counter of this server process, then randomness so two servers never collide.
     */
    private static String newId(java.time.Instant at) {
        long count = COUNTER.incrementAndGet() & 0xffffffffL;
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        return String.format("%012x%08x-%s", at.toEpochMilli(), count, random);
    }

    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The newest entries first, up to {@code limit}, optionally only those whose actor, entity id
     * or action contains {@code text}.
     */
    public List<AuditEntry> newest(Connection c, String text, int limit) throws SQLException {
        String sql = "SELECT id, at, actor_id, actor_name, actor_role, action, entity, entity_id, detail FROM audit_log"
                + (text == null ? "" : " WHERE LOWER(actor_name) LIKE ? OR LOWER(entity_id) LIKE ? OR LOWER(action) LIKE ?")
                + " ORDER BY at DESC, id DESC LIMIT ?";
        List<AuditEntry> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (text != null) {
                String like = "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%";
                s.setString(i++, like);
                s.setString(i++, like);
                s.setString(i++, like);
            }
            s.setInt(i, limit);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.add(new AuditEntry(rows.getString(1), TimeText.parse(rows.getString(2)), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9)));
                }
            }
        }
        return result;
    }
}
