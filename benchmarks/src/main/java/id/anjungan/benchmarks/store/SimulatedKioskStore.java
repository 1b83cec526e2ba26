package id.anjungan.benchmarks.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * A stand-in for the kiosk's SQLite store, as small as the benchmarks allow: vacancies as JSON by id
 * (with the few columns a kiosk filters and searches on), reference records as JSON by kind and id, and
 * the sync cursor. A batch of changes and its cursor are applied in one transaction.
 *
 * <p>In memory ({@link #inMemory}) for the fan-out, where thousands of kiosks live in one process; in a
 * file with an FTS5 search index over title, employer, town and trade ({@link #file}) for the catch-up,
 * as a real kiosk keeps it. One JDBC connection, held open for the store's life (an in-memory SQLite
 * database lives as long as its connection).
 */
public final class SimulatedKioskStore implements KioskStore {
    private static final String SCHEMA = """
            CREATE TABLE reference_record (
                entity   TEXT NOT NULL,
                id       TEXT NOT NULL,
                name     TEXT,
                document TEXT NOT NULL,
                PRIMARY KEY (entity, id)
            );
            CREATE TABLE vacancy (
                id            TEXT PRIMARY KEY,
                region_id     TEXT NOT NULL,
                valid_through TEXT NOT NULL,
                title         TEXT NOT NULL,
                employer      TEXT,
                town          TEXT,
                trade         TEXT,
                document      TEXT NOT NULL
            );
            CREATE TABLE sync_cursor (
                id    INTEGER PRIMARY KEY CHECK (id = 1),
                epoch TEXT NOT NULL,
                seq   INTEGER NOT NULL
            );
            """;

    /** An external-content FTS5 index kept by triggers, as SQLite's documentation describes it. */
    private static final String SEARCH_INDEX = """
            CREATE VIRTUAL TABLE vacancy_search USING fts5(
                title, employer, town, trade,
                content = 'vacancy', content_rowid = 'rowid',
                tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER vacancy_search_insert AFTER INSERT ON vacancy BEGIN
                INSERT INTO vacancy_search (rowid, title, employer, town, trade)
                VALUES (new.rowid, new.title, new.employer, new.town, new.trade);
            END;
            CREATE TRIGGER vacancy_search_delete AFTER DELETE ON vacancy BEGIN
                INSERT INTO vacancy_search (vacancy_search, rowid, title, employer, town, trade)
                VALUES ('delete', old.rowid, old.title, old.employer, old.town, old.trade);
            END;
            CREATE TRIGGER vacancy_search_update AFTER UPDATE ON vacancy BEGIN
                INSERT INTO vacancy_search (vacancy_search, rowid, title, employer, town, trade)
                VALUES ('delete', old.rowid, old.title, old.employer, old.town, old.trade);
                INSERT INTO vacancy_search (rowid, title, employer, town, trade)
                VALUES (new.rowid, new.title, new.employer, new.town, new.trade);
            END;
            """;

    private static final String UPSERT_VACANCY = """
            INSERT INTO vacancy (id, region_id, valid_through, title, employer, town, trade, document)
            VALUES (?, ?, ?, ?,
                    (SELECT name FROM reference_record WHERE entity = 'EMPLOYER' AND id = ?),
                    ?,
                    (SELECT name FROM reference_record WHERE entity = 'TRADE' AND id = ?),
                    ?)
            ON CONFLICT (id) DO UPDATE SET region_id = excluded.region_id, valid_through = excluded.valid_through,
                title = excluded.title, employer = excluded.employer, town = excluded.town, trade = excluded.trade,
                document = excluded.document
            """;

    private final Connection connection;
    private final boolean searchIndex;
    private final PreparedStatement upsertVacancy;
    private final PreparedStatement deleteVacancy;
    private final PreparedStatement upsertReference;
    private final PreparedStatement deleteReference;
    private final PreparedStatement writeCursor;
    private SyncCursor cursor;
    private long textNanos;
    private long statementNanos;
    private long commitNanos;

    /**
     * Where {@link #apply} time went so far: turning parsed records back into JSON text for the document
     * column, the SQL statements (with the FTS5 triggers when there is an index), and commits.
     */
    public record ApplyTimings(long textNanos, long statementNanos, long commitNanos) {
    }

    private SimulatedKioskStore(String url, boolean searchIndex, boolean file) {
        this.searchIndex = searchIndex;
        try {
            connection = DriverManager.getConnection(url);
            try (Statement s = connection.createStatement()) {
                if (file) {
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = NORMAL");
                }
                s.executeUpdate("DROP TABLE IF EXISTS vacancy_search");
                for (String table : List.of("vacancy", "reference_record", "sync_cursor")) {
                    s.executeUpdate("DROP TABLE IF EXISTS " + table);
                }
            }
            connection.setAutoCommit(false);
            executeScript(SCHEMA);
            if (searchIndex) {
                executeScript(SEARCH_INDEX);
            }
            connection.commit();
            upsertVacancy = connection.prepareStatement(UPSERT_VACANCY);
            deleteVacancy = connection.prepareStatement("DELETE FROM vacancy WHERE id = ?");
            upsertReference = connection.prepareStatement(
                    "INSERT INTO reference_record (entity, id, name, document) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (entity, id) DO UPDATE SET name = excluded.name, document = excluded.document");
            deleteReference = connection.prepareStatement("DELETE FROM reference_record WHERE entity = ? AND id = ?");
            writeCursor = connection.prepareStatement(
                    "INSERT INTO sync_cursor (id, epoch, seq) VALUES (1, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch, seq = excluded.seq");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the kiosk store " + url, e);
        }
    }

    /** A private in-memory database, gone when the store is closed. */
    public static SimulatedKioskStore inMemory(String name) {
        return new SimulatedKioskStore("jdbc:sqlite:file:" + name + "?mode=memory&cache=private", false, false);
    }

    /** A database file (WAL, synchronous=NORMAL), created afresh, with or without the FTS5 search index. */
    public static SimulatedKioskStore file(Path path, boolean searchIndex) {
        return new SimulatedKioskStore("jdbc:sqlite:" + path.toAbsolutePath(), searchIndex, true);
    }

    private void executeScript(String script) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // Trigger bodies hold semicolons too, so statements end at "END;" or at a ';' outside of one.
            StringBuilder statement = new StringBuilder();
            for (String line : script.split("\n")) {
                statement.append(line).append('\n');
                String trimmed = line.trim();
                boolean inTrigger = statement.toString().contains("CREATE TRIGGER");
                if ((inTrigger && trimmed.equals("END;")) || (!inTrigger && trimmed.endsWith(";"))) {
                    s.executeUpdate(statement.toString());
                    statement.setLength(0);
                }
            }
        }
    }

    @Override
    public void load(Snapshot snapshot) {
        transaction(() -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM vacancy");
                s.executeUpdate("DELETE FROM reference_record");
            }
            ReferenceData r = snapshot.reference();
            for (var region : r.regions()) {
                addReference(EntityKind.REGION, region.id(), region.name(), region);
            }
            for (var estate : r.estates()) {
                addReference(EntityKind.ESTATE, estate.id(), estate.name(), estate);
            }
            for (var trade : r.trades()) {
                addReference(EntityKind.TRADE, trade.id(), trade.name(), trade);
            }
            for (var employer : r.employers()) {
                addReference(EntityKind.EMPLOYER, employer.id(), employer.name(), employer);
            }
            for (var centre : r.centres()) {
                addReference(EntityKind.CENTRE, centre.id(), centre.name(), centre);
            }
            upsertReference.executeBatch();
            for (Vacancy v : snapshot.vacancies()) {
                bindVacancy(v.id(), v.regionId(), v.validThrough().toString(), v.title(), v.employerId(), v.town(),
                        v.tradeId(), write(v));
                upsertVacancy.addBatch();
            }
            upsertVacancy.executeBatch();
            moveCursor(snapshot.cursor());
        });
        cursor = snapshot.cursor();
    }

    @Override
    public void apply(ChangeBatch batch) {
        transaction(() -> {
            for (Change change : batch.changes()) {
                if (change.entity() == EntityKind.VACANCY) {
                    applyVacancy(change);
                } else {
                    applyReference(change);
                }
            }
            moveCursor(batch.cursor());
        });
        cursor = batch.cursor();
    }

    private void applyVacancy(Change change) throws SQLException {
        if (change.op() == ChangeOperation.DELETE) {
            long t0 = System.nanoTime();
            deleteVacancy.setString(1, change.id());
            deleteVacancy.executeUpdate();
            statementNanos += System.nanoTime() - t0;
            return;
        }
        JsonNode v = change.record();
        long t0 = System.nanoTime();
        String document = v.toString();
        long t1 = System.nanoTime();
        bindVacancy(change.id(), text(v, "regionId"), text(v, "validThrough"), text(v, "title"), text(v, "employerId"),
                text(v, "town"), text(v, "tradeId"), document);
        upsertVacancy.executeUpdate();
        textNanos += t1 - t0;
        statementNanos += System.nanoTime() - t1;
    }

    /** A field's text, or null when it is missing, so NOT NULL columns refuse an incomplete record. */
    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private void applyReference(Change change) throws SQLException {
        if (change.op() == ChangeOperation.DELETE) {
            deleteReference.setString(1, change.entity().name());
            deleteReference.setString(2, change.id());
            deleteReference.executeUpdate();
            return;
        }
        bindReference(change.entity(), change.id(), text(change.record(), "name"), change.record().toString());
        upsertReference.executeUpdate();
    }

    private void bindVacancy(String id, String regionId, String validThrough, String title, String employerId,
                             String town, String tradeId, String document) throws SQLException {
        upsertVacancy.setString(1, id);
        upsertVacancy.setString(2, regionId);
        upsertVacancy.setString(3, validThrough);
        upsertVacancy.setString(4, title);
        upsertVacancy.setString(5, employerId);
        upsertVacancy.setString(6, town);
        upsertVacancy.setString(7, tradeId);
        upsertVacancy.setString(8, document);
    }

    private void addReference(EntityKind kind, String id, String name, Object record) throws SQLException {
        bindReference(kind, id, name, write(record));
        upsertReference.addBatch();
    }

    private void bindReference(EntityKind kind, String id, String name, String document) throws SQLException {
        upsertReference.setString(1, kind.name());
        upsertReference.setString(2, id);
        upsertReference.setString(3, name);
        upsertReference.setString(4, document);
    }

    private void moveCursor(SyncCursor to) throws SQLException {
        writeCursor.setString(1, to.epoch());
        writeCursor.setLong(2, to.seq());
        writeCursor.executeUpdate();
    }

    public ApplyTimings timings() {
        return new ApplyTimings(textNanos, statementNanos, commitNanos);
    }

    @Override
    public SyncCursor cursor() {
        return cursor;
    }

    @Override
    public int vacancyCount() {
        return count("SELECT COUNT(*) FROM vacancy", null);
    }

    /** How many vacancies a full-text query finds; needs the search index. */
    public int searchCount(String ftsQuery) {
        if (!searchIndex) {
            throw new IllegalStateException("this store has no search index");
        }
        return count("SELECT COUNT(*) FROM vacancy_search WHERE vacancy_search MATCH ?", ftsQuery);
    }

    /** The cursor as the database holds it, to check that it moved with the data. */
    public SyncCursor storedCursor() {
        try (PreparedStatement s = connection.prepareStatement("SELECT epoch, seq FROM sync_cursor WHERE id = 1");
             ResultSet rows = s.executeQuery()) {
            SyncCursor stored = rows.next() ? new SyncCursor(rows.getString(1), rows.getLong(2)) : null;
            connection.commit();
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql, String parameter) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                int n = rows.getInt(1);
                connection.commit();
                return n;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void transaction(SqlWork work) {
        try {
            try {
                work.run();
                long t0 = System.nanoTime();
                connection.commit();
                commitNanos += System.nanoTime() - t0;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("kiosk store transaction failed", e);
        }
    }

    private static String write(Object record) {
        try {
            return ProtocolJson.mapper().writeValueAsString(Objects.requireNonNull(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to do with a store being thrown away
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }
}
