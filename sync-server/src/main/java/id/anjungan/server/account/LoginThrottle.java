package id.anjungan.server.account;

import id.anjungan.server.db.TimeText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per key (an account name, an address) in the database, so every server
 * instance sees the same counts. {@code limit} failures within {@code lockout} of the first lock the
 * key for {@code lockout}; the count then starts again.
 */
public final class LoginThrottle {
    private final Duration lockout;

    public LoginThrottle(Duration lockout) {
        this.lockout = lockout;
    }

    /** Until when the key is locked, if it is locked now. */
    public Optional<Instant> lockedUntil(Connection c, String key, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT locked_until FROM login_throttle WHERE throttle_key = ?")) {
            s.setString(1, key);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next() && rows.getString(1) != null) {
                    Instant until = TimeText.parse(rows.getString(1));
                    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
                }
                return Optional.empty();
            }
        }
    }

    /** Counts a failure; returns the end of the lock if this failure locked the key. */
    public Optional<Instant> recordFailure(Connection c, String key, int limit, Instant now) throws SQLException {
        int failures = 1;
        Instant windowStarted = now;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT failures, window_started FROM login_throttle WHERE throttle_key = ?")) {
            s.setString(1, key);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    Instant started = TimeText.parse(rows.getString(2));
                    if (!started.plus(lockout).isBefore(now)) {
                        failures = rows.getInt(1) + 1;
                        windowStarted = started;
                    }
                }
            }
        }
        Instant lockedUntil = failures >= limit ? now.plus(lockout) : null;
        if (lockedUntil != null) {
            failures = 0;
            windowStarted = now;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO login_throttle (throttle_key, failures, window_started,"
                + " locked_until) VALUES (?, ?, ?, ?) ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures,"
                + " window_started = excluded.window_started, locked_until = COALESCE(excluded.locked_until,"
                + " login_throttle.locked_until)")) {
            s.setString(1, key);
            s.setInt(2, failures);
            s.setString(3, TimeText.of(windowStarted));
            s.setString(4, TimeText.of(lockedUntil));
            s.executeUpdate();
        }
        return Optional.ofNullable(lockedUntil);
    }

    public void clear(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM login_throttle WHERE throttle_key = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        }
    }
}
