package id.anjungan.server.intake;

import id.anjungan.protocol.slip.Presentation;
import id.anjungan.protocol.slip.SlipToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** First presentations of referral slips at intake desks. */
public final class PresentationStore {

    public Optional<Presentation> find(Connection c, String slipIdHex) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT location, presented_at FROM slip_presentation WHERE slip_id = ?")) {
            s.setString(1, slipIdHex);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Presentation(rows.getString(1), Instant.parse(rows.getString(2))))
                        : Optional.empty();
            }
        }
    }

    public void record(Connection c, SlipToken token, String kioskId, String location, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO slip_presentation (slip_id, kiosk_id, vacancy_id, employer_id, location, presented_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, token.slipId().hex());
            s.setString(2, kioskId);
            s.setString(3, token.vacancyId());
            s.setString(4, token.employerId());
            s.setString(5, location);
            s.setString(6, at.toString());
            s.executeUpdate();
        }
    }
}
