package id.anjungan.server.sync;

import id.anjungan.server.db.Database;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the change log from growing without end: entries older than the retention period go. A kiosk
 * offline for longer than that takes a fresh snapshot, which costs it one download of its scope.
 */
public final class ChangeLogRetention {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeLogRetention.class);

    private final Database database;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Duration retention;

    public ChangeLogRetention(Database database, ChangeLog changeLog, Clock clock, Duration retention) {
        this.database = database;
        this.changeLog = changeLog;
        this.clock = clock;
        this.retention = retention;
    }

    public int run() {
        int removed = database.inTransaction(c -> changeLog.removeBefore(c, clock.instant().minus(retention)));
        if (removed > 0) {
            LOG.info("removed {} change log entries older than {}", removed, retention);
        }
        return removed;
    }
}
