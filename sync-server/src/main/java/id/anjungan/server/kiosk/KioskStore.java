package id.anjungan.server.kiosk;

import id.anjungan.protocol.kiosk.Heartbeat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Kiosks and their enrolment codes. */
public final class KioskStore {
    private static final String KIOSK_COLUMNS = "id, centre_id, public_key, key_id, enrolled_at, revoked_at";

    public void insertCode(Connection c, String codeHash, String centreId, Instant createdAt, Instant expiresAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO enrolment_code (code_hash, centre_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, codeHash);
            s.setString(2, centreId);
            s.setString(3, createdAt.toString());
            s.setString(4, expiresAt.toString());
            s.executeUpdate();
        }
    }

    /** Marks an unused, unexpired code used and returns its centre; empty if there is no such code. */
    public Optional<String> redeemCode(Connection c, String codeHash, String kioskId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE enrolment_code SET used_at = ?, used_by_kiosk = ? "
                        + "WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING centre_id")) {
            s.setString(1, now.toString());
            s.setString(2, kioskId);
            s.setString(3, codeHash);
            s.setString(4, now.toString());
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    public void insertKiosk(Connection c, Kiosk kiosk, String tokenHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO kiosk (id, centre_id, public_key, key_id, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, kiosk.id());
            s.setString(2, kiosk.centreId());
            s.setString(3, kiosk.publicKey());
            s.setString(4, kiosk.keyId());
            s.setString(5, tokenHash);
            s.setString(6, kiosk.enrolledAt().toString());
            s.executeUpdate();
        }
    }

    public Optional<Kiosk> byTokenHash(Connection c, String tokenHash) throws SQLException {
        return one(c, "SELECT " + KIOSK_COLUMNS + " FROM kiosk WHERE token_hash = ?", tokenHash);
    }

    public Optional<Kiosk> byId(Connection c, String id) throws SQLException {
        return one(c, "SELECT " + KIOSK_COLUMNS + " FROM kiosk WHERE id = ?", id);
    }

    public Optional<Kiosk> byKeyId(Connection c, String keyId) throws SQLException {
        return one(c, "SELECT " + KIOSK_COLUMNS + " FROM kiosk WHERE key_id = ?", keyId);
    }

    public boolean revoke(Connection c, String id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE kiosk SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            s.setString(1, at.toString());
            s.setString(2, id);
            return s.executeUpdate() == 1;
        }
    }

    public void recordHeartbeat(Connection c, String id, Heartbeat beat, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE kiosk SET last_seen_at = ?, app_version = ?, cursor_epoch = ?, cursor_seq = ?, outbox_length = ?,"
                        + " printer_state = ?, kiosk_clock = ?, heartbeat_at = ? WHERE id = ?")) {
            s.setString(1, at.toString());
            s.setString(2, beat.appVersion());
            s.setString(3, beat.cursor() == null ? null : beat.cursor().epoch());
            s.setObject(4, beat.cursor() == null ? null : beat.cursor().seq());
            s.setInt(5, beat.outboxLength());
            s.setString(6, beat.printerState() == null ? null : beat.printerState().name());
            s.setString(7, beat.kioskClock() == null ? null : beat.kioskClock().toString());
            s.setString(8, at.toString());
            s.setString(9, id);
            s.executeUpdate();
        }
    }

    public Optional<KioskHealth> health(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT last_seen_at, app_version, cursor_seq, outbox_length, printer_state, kiosk_clock FROM kiosk WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long cursor = rows.getLong(3);
                Long cursorSeq = rows.wasNull() ? null : cursor;
                int outbox = rows.getInt(4);
                Integer outboxLength = rows.wasNull() ? null : outbox;
                return Optional.of(new KioskHealth(instant(rows.getString(1)), rows.getString(2), cursorSeq,
                        outboxLength, rows.getString(5), instant(rows.getString(6))));
            }
        }
    }

    private static Optional<Kiosk> one(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Kiosk(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        Instant.parse(rows.getString(5)), instant(rows.getString(6))));
            }
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
