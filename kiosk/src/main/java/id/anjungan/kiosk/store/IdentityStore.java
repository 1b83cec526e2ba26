package id.anjungan.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** The kiosk's own Ed25519 key pair and its enrolment with the server. */
public final class IdentityStore {
    /** A key pair as stored: the raw public key and the PKCS#8 private key, both Base64. */
    public record StoredKeys(String publicKey, String privateKey) {
    }

    /** What the server gave at enrolment; the token is the kiosk's credential for every call. */
    public record Enrolment(String kioskId, String centreId, String token, Instant enrolledAt) {
    }

    private final Function<KioskStore.SqlWork<Object>, Object> write;
    private final Function<KioskStore.SqlWork<Object>, Object> read;

    IdentityStore(Function<KioskStore.SqlWork<Object>, Object> write, Function<KioskStore.SqlWork<Object>, Object> read) {
        this.write = write;
        this.read = read;
    }

    public Optional<StoredKeys> keys() {
        return optional(read.apply(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT public_key, private_key FROM kiosk_key WHERE singleton = 1");
                 ResultSet rows = query.executeQuery()) {
                return rows.next() ? new StoredKeys(rows.getString(1), rows.getString(2)) : null;
            }
        }), StoredKeys.class);
    }

    /** Keeps the first key pair ever saved: a second call cannot replace it. Returns the one kept. */
    public StoredKeys saveKeysOnce(StoredKeys keys, Instant at) {
        write.apply(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO kiosk_key (singleton, public_key, private_key, created_at) VALUES (1, ?, ?, ?)"
                            + " ON CONFLICT (singleton) DO NOTHING")) {
                insert.setString(1, keys.publicKey());
                insert.setString(2, keys.privateKey());
                insert.setString(3, at.toString());
                insert.executeUpdate();
            }
            return null;
        });
        return keys().orElseThrow();
    }

    public Optional<Enrolment> enrolment() {
        return optional(read.apply(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT kiosk_id, centre_id, token, enrolled_at FROM kiosk_enrolment WHERE singleton = 1");
                 ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? new Enrolment(rows.getString(1), rows.getString(2), rows.getString(3), Instant.parse(rows.getString(4)))
                        : null;
            }
        }), Enrolment.class);
    }

    /** Records a (new) enrolment, replacing an earlier one the server no longer knows. */
    public void saveEnrolment(Enrolment enrolment) {
        write.apply(connection -> {
            upsertEnrolment(connection, enrolment);
            return null;
        });
    }

    /**
     * A kiosk enrolled again after the server refused it: a new key pair (the old one belongs to a
     * kiosk the server no longer accepts, and the server refuses a known key), the new enrolment, and
     * no cursor, so the first sync takes a snapshot of the new enrolment's scope. All in one transaction.
     */
    public void replaceIdentity(StoredKeys keys, Enrolment enrolment, Instant at) {
        write.apply(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO kiosk_key (singleton, public_key, private_key, created_at) VALUES (1, ?, ?, ?)"
                            + " ON CONFLICT (singleton) DO UPDATE SET public_key = excluded.public_key,"
                            + " private_key = excluded.private_key, created_at = excluded.created_at");
                 PreparedStatement forgetCursor = connection.prepareStatement(
                         "UPDATE sync_state SET cursor_epoch = NULL, cursor_seq = NULL")) {
                upsert.setString(1, keys.publicKey());
                upsert.setString(2, keys.privateKey());
                upsert.setString(3, at.toString());
                upsert.executeUpdate();
                forgetCursor.executeUpdate();
            }
            upsertEnrolment(connection, enrolment);
            return null;
        });
    }

    private static void upsertEnrolment(Connection connection, Enrolment enrolment) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO kiosk_enrolment (singleton, kiosk_id, centre_id, token, enrolled_at) VALUES (1, ?, ?, ?, ?)"
                        + " ON CONFLICT (singleton) DO UPDATE SET kiosk_id = excluded.kiosk_id,"
                        + " centre_id = excluded.centre_id, token = excluded.token, enrolled_at = excluded.enrolled_at")) {
            upsert.setString(1, enrolment.kioskId());
            upsert.setString(2, enrolment.centreId());
            upsert.setString(3, enrolment.token());
            upsert.setString(4, enrolment.enrolledAt().toString());
            upsert.executeUpdate();
        }
    }

    private static <T> Optional<T> optional(Object value, Class<T> type) {
        return Optional.ofNullable(type.cast(value));
    }
}
