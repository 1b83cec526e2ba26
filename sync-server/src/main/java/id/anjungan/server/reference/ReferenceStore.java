package id.anjungan.server.reference;

import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
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

/** Reads and writes reference data (regions, estates, trades, employers, centres); every write is logged. */
public final class ReferenceStore {
    private final ChangeLog changeLog;

    public ReferenceStore(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    public void upsertRegion(Connection c, Region r) throws SQLException {
        Upsert.into(c, "region", "id, name, document", r.id(), r.name(), JsonColumns.write(r));
        changeLog.append(c, EntityKind.REGION, r.id(), ChangeOperation.PUT, null, null, r);
    }

    public void upsertEstate(Connection c, IndustrialEstate e) throws SQLException {
        Upsert.into(c, "industrial_estate", "id, region_id, name, document", e.id(), e.regionId(), e.name(), JsonColumns.write(e));
        changeLog.append(c, EntityKind.ESTATE, e.id(), ChangeOperation.PUT, null, null, e);
    }

    public void upsertTrade(Connection c, Trade t) throws SQLException {
        Upsert.into(c, "trade", "id, name, document", t.id(), t.name(), JsonColumns.write(t));
        changeLog.append(c, EntityKind.TRADE, t.id(), ChangeOperation.PUT, null, null, t);
    }

    public void upsertEmployer(Connection c, Employer e) throws SQLException {
        Upsert.into(c, "employer", "id, region_id, estate_id, name, document",
                e.id(), e.regionId(), e.estateId(), e.name(), JsonColumns.write(e));
        changeLog.append(c, EntityKind.EMPLOYER, e.id(), ChangeOperation.PUT, null, null, e);
    }

    public void upsertCentre(Connection c, TrainingCentre t) throws SQLException {
        Upsert.into(c, "training_centre", "id, region_id, name, document", t.id(), t.regionId(), t.name(), JsonColumns.write(t));
        changeLog.append(c, EntityKind.CENTRE, t.id(), ChangeOperation.PUT, null, null, t);
    }

    public ReferenceData loadAll(Connection c) throws SQLException {
        return new ReferenceData(
                all(c, "region", Region.class),
                all(c, "industrial_estate", IndustrialEstate.class),
                all(c, "trade", Trade.class),
                all(c, "employer", Employer.class),
                all(c, "training_centre", TrainingCentre.class));
    }

    public Optional<Employer> employer(Connection c, String id) throws SQLException {
        return one(c, "employer", id, Employer.class);
    }

    public Optional<Region> region(Connection c, String id) throws SQLException {
        return one(c, "region", id, Region.class);
    }

    public Optional<Trade> trade(Connection c, String id) throws SQLException {
        return one(c, "trade", id, Trade.class);
    }

    public Optional<IndustrialEstate> estate(Connection c, String id) throws SQLException {
        return one(c, "industrial_estate", id, IndustrialEstate.class);
    }

    public Optional<TrainingCentre> centre(Connection c, String id) throws SQLException {
        return one(c, "training_centre", id, TrainingCentre.class);
    }

    private static <T> Optional<T> one(Connection c, String table, String id, Class<T> type) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT document FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(JsonColumns.read(rows.getString(1), type)) : Optional.empty();
            }
        }
    }

    public int countEmployers(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM employer");
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static <T> List<T> all(Connection c, String table, Class<T> type) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT document FROM " + table + " ORDER BY id");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                result.add(JsonColumns.read(rows.getString(1), type));
            }
        }
        return result;
    }
}
