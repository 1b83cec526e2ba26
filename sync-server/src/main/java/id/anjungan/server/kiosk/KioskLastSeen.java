package id.anjungan.server.kiosk;

import id.anjungan.server.db.Database;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each kiosk last called the server. Kept in memory as calls come in and written for all kiosks
 * at once, in one transaction, by {@link #flush()}: every minute, and before anything reads the
 * column (the fleet page). A kiosk call then costs no write at all.
 */
public final class KioskLastSeen {
    private final Database database;
    private final Map<String, Instant> unwritten = new ConcurrentHashMap<>();

    public KioskLastSeen(Database database) {
        this.database = database;
    }

    public void seen(String kioskId, Instant at) {
        unwritten.merge(kioskId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Writes what came in since the last flush; returns how many kiosks were written. */
    public synchronized int flush() {
        if (unwritten.isEmpty()) {
            return 0;
        }
        Map<String, Instant> batch = new HashMap<>();
        for (String id : unwritten.keySet()) {
            Instant at = unwritten.remove(id);
            if (at != null) {
                batch.put(id, at);
            }
        }
        try {
            database.transact(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE kiosk SET last_seen_at = ? WHERE id = ?")) {
                    for (Map.Entry<String, Instant> e : batch.entrySet()) {
                        s.setString(1, e.getValue().toString());
                        s.setString(2, e.getKey());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            });
        } catch (RuntimeException e) {
            batch.forEach(this::seen);
            throw e;
        }
        return batch.size();
    }
}
