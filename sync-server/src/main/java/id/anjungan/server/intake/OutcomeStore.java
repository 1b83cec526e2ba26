package id.anjungan.server.intake;

import id.anjungan.server.db.TimeText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** referral_outcome: one row a slip, replaced when staff change their mind. */
public final class OutcomeStore {

    public Optional<RecordedOutcome> find(Connection c, String slipId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT outcome, reason, recorded_at, recorded_by FROM referral_outcome WHERE slip_id = ?")) {
            s.setString(1, slipId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next()
                        ? Optional.of(new RecordedOutcome(slipId, Outcome.valueOf(rows.getString(1)), rows.getString(2),
                                TimeText.parse(rows.getString(3)), rows.getString(4)))
                        : Optional.empty();
            }
        }
    }

    public void save(Connection c, String slipId, Outcome outcome, String reason, Instant at, String accountId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO referral_outcome (slip_id, outcome, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (slip_id) DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason,"
                        + " recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by")) {
            s.setString(1, slipId);
            s.setString(2, outcome.name());
            s.setString(3, reason);
            s.setString(4, TimeText.of(at));
            s.setString(5, accountId);
            s.executeUpdate();
        }
    }

    /**
     * The employer a slip is made out to, from its presentation at an intake desk or its upload by
     * the kiosk, whichever the server has; empty for a slip it has never heard of.
     */
    public Optional<String> slipEmployer(Connection c, String slipId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT employer_id FROM slip_presentation WHERE slip_id = ?"
                + " UNION ALL SELECT employer_id FROM referral_slip WHERE id = ?")) {
            s.setString(1, slipId);
            s.setString(2, slipId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
