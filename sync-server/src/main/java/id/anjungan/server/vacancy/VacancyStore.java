package id.anjungan.server.vacancy;

import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.db.JsonColumns;
import id.anjungan.server.db.Upsert;
import id.anjungan.server.sync.ChangeLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes vacancies. */
public final class VacancyStore {
    private final ChangeLog changeLog;

    public VacancyStore(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /** Inserts or replaces a vacancy and logs the change in the same transaction. */
    public void upsert(Connection c, Vacancy v) throws SQLException {
        String previousRegion = regionOf(c, v.id()).orElse(null);
        Upsert.into(c, "vacancy",
                "id, employer_id, trade_id, region_id, estate_id, status, date_posted, valid_through, updated_at, document",
                v.id(), v.employerId(), v.tradeId(), v.regionId(), v.estateId(), v.status().name(),
                v.datePosted().toString(), v.validThrough().toString(), v.updatedAt().toString(), JsonColumns.write(v));
        changeLog.append(c, EntityKind.VACANCY, v.id(), ChangeOperation.PUT, v.regionId(), previousRegion, v);
    }

    /** Removes a vacancy and logs a DELETE; returns whether there was one. */
    public boolean delete(Connection c, String id) throws SQLException {
        Optional<String> region = regionOf(c, id);
        if (region.isEmpty()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM vacancy WHERE id = ?")) {
            s.setString(1, id);
            s.executeUpdate();
        }
        changeLog.append(c, EntityKind.VACANCY, id, ChangeOperation.DELETE, region.get(), region.get(), null);
        return true;
    }

    private static Optional<String> regionOf(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT region_id FROM vacancy WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    public Optional<Vacancy> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT document FROM vacancy WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(JsonColumns.read(rows.getString(1), Vacancy.class)) : Optional.empty();
            }
        }
    }

    /** Every vacancy, newest first. */
    public List<Vacancy> all(Connection c) throws SQLException {
        List<Vacancy> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT document FROM vacancy ORDER BY date_posted DESC, id");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                result.add(JsonColumns.read(rows.getString(1), Vacancy.class));
            }
        }
        return result;
    }

    /** The vacancies whose ids start with a prefix, by id: those a feed source brought. */
    public List<Vacancy> withIdPrefix(Connection c, String prefix) throws SQLException {
        List<Vacancy> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT document FROM vacancy WHERE substr(id, 1, ?) = ? ORDER BY id")) {
            s.setInt(1, prefix.length());
            s.setString(2, prefix);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.add(JsonColumns.read(rows.getString(1), Vacancy.class));
                }
            }
        }
        return result;
    }

    public int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM vacancy");
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
