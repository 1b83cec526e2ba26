package id.anjungan.server.report;

import id.anjungan.server.db.TimeText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many people a centre trains in each trade in a year (table trainee_supply). */
public final class TraineeSupplyStore {

    /** Trade id to trainees, for one centre and year. */
    public Map<String, Integer> forCentre(Connection c, String centreId, int year) throws SQLException {
        Map<String, Integer> result = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT trade_id, trainees FROM trainee_supply WHERE centre_id = ? AND year = ? ORDER BY trade_id")) {
            s.setString(1, centreId);
            s.setInt(2, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return result;
    }

    public void put(Connection c, String centreId, String tradeId, int year, int trainees, Instant at, String accountId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO trainee_supply (centre_id, trade_id, year, trainees,"
                + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (centre_id, trade_id, year)"
                + " DO UPDATE SET trainees = excluded.trainees, updated_at = excluded.updated_at,"
                + " updated_by = excluded.updated_by")) {
            s.setString(1, centreId);
            s.setString(2, tradeId);
            s.setInt(3, year);
            s.setInt(4, trainees);
            s.setString(5, TimeText.of(at));
            s.setString(6, accountId);
            s.executeUpdate();
        }
    }

    public void remove(Connection c, String centreId, String tradeId, int year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM trainee_supply WHERE centre_id = ? AND trade_id = ? AND year = ?")) {
            s.setString(1, centreId);
            s.setString(2, tradeId);
            s.setInt(3, year);
            s.executeUpdate();
        }
    }
}
