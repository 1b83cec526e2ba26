package id.anjungan.server.account;

import id.anjungan.server.db.TimeText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Console sessions, by the SHA-256 of their cookie token. */
public final class SessionStore {
    /** A stored session. */
    public record Row(String accountId, String csrfToken, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
    }

    public void insert(Connection c, String tokenHash, String accountId, String csrfToken, Instant now, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO console_session (token_hash, account_id, csrf_token,"
                + " created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, tokenHash);
            s.setString(2, accountId);
            s.setString(3, csrfToken);
            s.setString(4, TimeText.of(now));
            s.setString(5, TimeText.of(now));
            s.setString(6, TimeText.of(expiresAt));
            s.executeUpdate();
        }
    }

    public Optional<Row> find(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT account_id, csrf_token, created_at, last_seen_at, expires_at"
                + " FROM console_session WHERE token_hash = ?")) {
            s.setString(1, tokenHash);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Row(rows.getString(1), rows.getString(2), TimeText.parse(rows.getString(3)),
                                TimeText.parse(rows.getString(4)), TimeText.parse(rows.getString(5))))
                        : Optional.empty();
            }
        }
    }

    public void touch(Connection c, String tokenHash, Instant now, Instant expiresAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE console_session SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?")) {
            s.setString(1, TimeText.of(now));
            s.setString(2, TimeText.of(expiresAt));
            s.setString(3, tokenHash);
            s.executeUpdate();
        }
    }

    public void delete(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM console_session WHERE token_hash = ?")) {
            s.setString(1, tokenHash);
            s.executeUpdate();
        }
    }

    public void deleteForAccount(Connection c, String accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM console_session WHERE account_id = ?")) {
            s.setString(1, accountId);
            s.executeUpdate();
        }
    }

    public int deleteExpired(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM console_session WHERE expires_at < ?")) {
            s.setString(1, TimeText.of(now));
            return s.executeUpdate();
        }
    }
}
