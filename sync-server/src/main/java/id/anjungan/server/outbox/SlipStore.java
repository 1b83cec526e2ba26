package id.anjungan.server.outbox;

import id.anjungan.protocol.kiosk.IssuedSlip;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Referral slips uploaded by kiosks. */
public final class SlipStore {

    /** Stores a slip unless one with its id is already stored; a repeated upload changes nothing. */
    public void insertIfAbsent(Connection c, String kioskId, IssuedSlip slip, Instant receivedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO referral_slip (id, kiosk_id, vacancy_id, employer_id, issued_at, expires_at, qr_text,"
                        + " applicant_name, applicant_phone, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO NOTHING")) {
            s.setString(1, slip.slipId());
            s.setString(2, kioskId);
            s.setString(3, slip.vacancyId());
            s.setString(4, slip.employerId());
            s.setString(5, slip.issuedAt().toString());
            s.setString(6, slip.expiresAt().toString());
            s.setString(7, slip.qrText());
            s.setString(8, slip.applicantName());
            s.setString(9, slip.applicantPhone());
            s.setString(10, receivedAt.toString());
            s.executeUpdate();
        }
    }

    public Optional<IssuedSlip> find(Connection c, String slipId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, vacancy_id, employer_id, issued_at, expires_at, qr_text, applicant_name, applicant_phone"
                        + " FROM referral_slip WHERE id = ?")) {
            s.setString(1, slipId);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IssuedSlip(rows.getString(1), rows.getString(2), rows.getString(3),
                        Instant.parse(rows.getString(4)), Instant.parse(rows.getString(5)), rows.getString(6),
                        rows.getString(7), rows.getString(8)));
            }
        }
    }

    /** The kiosk that uploaded a slip, if any did. */
    public Optional<String> uploader(Connection c, String slipId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT kiosk_id FROM referral_slip WHERE id = ?")) {
            s.setString(1, slipId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    public int countForKiosk(Connection c, String kioskId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM referral_slip WHERE kiosk_id = ?")) {
            s.setString(1, kioskId);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
