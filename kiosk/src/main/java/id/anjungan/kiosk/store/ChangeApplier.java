package id.anjungan.kiosk.store;

import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a page of the change log into the kiosk store, inside the caller's transaction. */
final class ChangeApplier {
    private ChangeApplier() {
    }

    static void apply(Connection connection, RawChangeBatch batch) throws SQLException {
        // The batch holds only the last change of each record, so the writes can go in batches
        // whatever their order. Reference data goes first, so vacancies are indexed with their
        // employer's current name.
        List<Vacancy> vacancyPuts = new ArrayList<>();
        Map<Vacancy, byte[]> vacancyJson = new IdentityHashMap<>();
        List<String> vacancyDeletes = new ArrayList<>();
        List<RawChange> referencePuts = new ArrayList<>();
        List<RawChange> referenceDeletes = new ArrayList<>();
        for (RawChange change : batch.changes()) {
            boolean put = change.op() == ChangeOperation.PUT;
            if (change.entity() == EntityKind.VACANCY) {
                if (put) {
                    Vacancy vacancy = vacancy(change);
                    vacancyPuts.add(vacancy);
                    // The change's record is the vacancy's JSON already: stored as it came.
                    vacancyJson.put(vacancy, change.record().bytes());
                } else {
                    vacancyDeletes.add(change.id());
                }
            } else if (put) {
                referencePuts.add(change);
            } else {
                referenceDeletes.add(change);
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO reference_item (kind, id, json) VALUES (?, ?, CAST(? AS TEXT))"
                        + " ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json")) {
            for (RawChange change : referencePuts) {
                upsert.setString(1, kind(change));
                upsert.setString(2, change.id());
                upsert.setBytes(3, change.record().bytes());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM reference_item WHERE kind = ? AND id = ?")) {
            for (RawChange change : referenceDeletes) {
                delete.setString(1, kind(change));
                delete.setString(2, change.id());
                delete.addBatch();
            }
            delete.executeBatch();
        }
        if (!referencePuts.isEmpty() || !referenceDeletes.isEmpty()) {
            KioskStore.reindexAll(connection);
        }
        // While more pages follow, search rows wait for the last one: a vacancy changed on many
        // pages of a catch-up is indexed once. Searches in those few seconds match the older text.
        KioskStore.upsertVacancies(connection, vacancyPuts, vacancyJson::get, batch.more());
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM vacancy WHERE id = ?")) {
            for (String id : vacancyDeletes) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        if (!batch.more()) {
            SearchIndex.indexPending(connection, KioskStore.referenceData(connection));
        }
        moveCursor(connection, batch.cursor());
    }

    static Optional<SyncCursor> cursor(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT cursor_epoch, cursor_seq FROM sync_state WHERE singleton = 1 AND cursor_epoch IS NOT NULL");
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(new SyncCursor(rows.getString(1), rows.getLong(2))) : Optional.empty();
        }
    }

    static void moveCursor(Connection connection, SyncCursor cursor) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sync_state SET cursor_epoch = ?, cursor_seq = ? WHERE singleton = 1")) {
            update.setString(1, cursor.epoch());
            update.setLong(2, cursor.seq());
            if (update.executeUpdate() != 1) {
                throw new SQLException("sync_state has no row to hold the cursor");
            }
        }
    }

    private static String kind(RawChange change) {
        return switch (change.entity()) {
            case REGION -> KioskStore.ReferenceKind.REGION.key();
            case ESTATE -> KioskStore.ReferenceKind.ESTATE.key();
            case TRADE -> KioskStore.ReferenceKind.TRADE.key();
            case EMPLOYER -> KioskStore.ReferenceKind.EMPLOYER.key();
            case CENTRE -> KioskStore.ReferenceKind.CENTRE.key();
            case VACANCY -> throw new IllegalArgumentException("a vacancy is not reference data");
        };
    }

    private static Vacancy vacancy(RawChange change) {
        try {
            return change.record().as(Vacancy.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("change " + change.seq() + " holds a vacancy the kiosk cannot read", e);
        }
    }

}
