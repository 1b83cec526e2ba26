package id.anjungan.kiosk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The kiosk's own SQLite store: the catalogue it shows, and when that was last synced.
 * Every write runs in one transaction together with the "last synced" marker, so a kiosk never
 * shows half a catalogue. Reads and writes may come from different threads; each opens its own
 * connection, and WAL lets readers go on while a write is under way.
 */
public final class KioskStore {
    private static final ObjectMapper JSON = ProtocolJson.mapper();

    private final SQLiteDataSource dataSource;
    private final Object writeLock = new Object();

    private KioskStore(SQLiteDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens the store in the given file, creating it and bringing its schema up to date.
     *
     * @throws StoreException when the file cannot be created or migrated
     */
    public static KioskStore open(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of the kiosk store " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        // Deleted and overwritten content (a slip's name and phone, once erased) is zeroed on the pages
        // SQLite writes anyway, so it does not linger in the file's free space.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "FAST");
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/kiosk")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the kiosk store " + file, e);
        }
        KioskStore store = new KioskStore(dataSource);
        // A catch-up interrupted before its last page left vacancies to index: index them now.
        store.inTransaction(connection -> {
            SearchIndex.indexPending(connection, referenceData(connection));
            return null;
        });
        return store;
    }

    /** Replaces the whole catalogue with a snapshot, in one transaction with the sync marker. */
    public void replaceCatalog(Catalog catalog, Instant syncedAt) {
        replaceCatalog(catalog, syncedAt, null);
    }

    /** Replaces the whole catalogue with a snapshot taken at the given change-log cursor, in one transaction. */
    public void replaceCatalog(Catalog catalog, Instant syncedAt, SyncCursor cursor) {
        inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM vacancy");
                statement.executeUpdate("DELETE FROM reference_item");
            }
            insertReferenceData(connection, catalog.referenceData());
            upsertVacancies(connection, catalog.vacancies());
            SearchIndex.clearPending(connection);
            markSynced(connection, syncedAt);
            if (cursor != null) {
                ChangeApplier.moveCursor(connection, cursor);
            }
            return null;
        });
    }

    /**
     * Applies a page of the server's change log together with the cursor after it, in one
     * transaction: after a crash the store holds either all of the page and its cursor, or neither.
     * A page that ends before the stored cursor is left out (returns false): it comes from a stream
     * that fell behind a catch-up made meanwhile ("sync now"), and applying it would bring back
     * older versions of records. A page that starts before the cursor and ends after it is applied:
     * every record in it is the newest up to its end.
     */
    public boolean applyBatch(ChangeBatch batch, Instant syncedAt) {
        return applyBatch(RawChangeBatch.of(batch), syncedAt);
    }

    /** The same, for a page as the kiosk received it, its records still JSON text (see {@link RawChange}). */
    public boolean applyBatch(RawChangeBatch batch, Instant syncedAt) {
        return inTransaction(connection -> {
            Optional<SyncCursor> stored = ChangeApplier.cursor(connection);
            if (stored.isPresent() && stored.get().epoch().equals(batch.cursor().epoch())
                    && batch.cursor().seq() < stored.get().seq()) {
                return false;
            }
            markSynced(connection, syncedAt);
            ChangeApplier.apply(connection, batch);
            return true;
        });
    }

    /** How far the store has applied the server's change log; empty before its first snapshot. */
    public Optional<SyncCursor> cursor() {
        return read(ChangeApplier::cursor);
    }

    /** The kiosk's key pair and enrolment, kept in the same file. */
    public IdentityStore identity() {
        return new IdentityStore(this::inTransaction, this::read);
    }

    /** The referral slips this kiosk issued, until the server has them; kept in the same file. */
    public OutboxStore outbox() {
        return new OutboxStore(this);
    }

    /** Applies single-vacancy changes by id, in one transaction with the sync marker. */
    public void applyChanges(VacancyChanges changes, Instant syncedAt) {
        inTransaction(connection -> {
            upsertVacancies(connection, changes.upserted());
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM vacancy WHERE id = ?")) {
                for (String id : changes.deletedIds()) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            markSynced(connection, syncedAt);
            return null;
        });
    }

    /** The vacancies a job seeker may still apply to on the given day, newest first. */
    public List<Vacancy> liveVacancies(LocalDate today) {
        return liveVacancies(today, UnaryOperator.identity());
    }

    /**
     * The same, each vacancy passed through {@code keep} as it is read: a reader that needs only
     * part of 50,000 vacancies then never holds all of them whole at once.
     */
    public List<Vacancy> liveVacancies(LocalDate today, UnaryOperator<Vacancy> keep) {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT json FROM vacancy WHERE status = ? AND valid_through >= ?"
                            + " ORDER BY date_posted DESC, id")) {
                query.setString(1, VacancyStatus.OPEN.name());
                query.setString(2, today.toString());
                return readAll(query, json -> keep.apply(parse(json, Vacancy.class)));
            }
        });
    }

    /**
     * The same, also giving each vacancy's rowid (the key of its search index row), in the same
     * order: a list that holds the vacancies can then search the index alone ({@link #searchHits}).
     */
    public List<Vacancy> liveVacancies(LocalDate today, UnaryOperator<Vacancy> keep, LongConsumer rowids) {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT rowid, json FROM vacancy WHERE status = ? AND valid_through >= ?"
                            + " ORDER BY date_posted DESC, id")) {
                query.setString(1, VacancyStatus.OPEN.name());
                query.setString(2, today.toString());
                List<Vacancy> rows = new ArrayList<>();
                try (ResultSet resultSet = query.executeQuery()) {
                    while (resultSet.next()) {
                        rowids.accept(resultSet.getLong(1));
                        rows.add(keep.apply(parse(resultSet.getString(2), Vacancy.class)));
                    }
                }
                return rows;
            }
        });
    }

    /** One vacancy by id, live or not. */
    public Optional<Vacancy> vacancy(String id) {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT json FROM vacancy WHERE id = ?")) {
                query.setString(1, id);
                return readAll(query, json -> parse(json, Vacancy.class)).stream().findFirst();
            }
        });
    }

    /**
     * The live vacancies matching what a job seeker typed: every word must start a word of the
     * title, employer, trade, town, estate, region or skills, in any case, accents ignored. Best
     * matches first; empty text lists every live vacancy, newest first.
     */
    public List<Vacancy> searchLive(String typed, LocalDate today) {
        String query = SearchIndex.query(typed);
        if (query.isEmpty()) {
            return liveVacancies(today);
        }
        return read(connection -> {
            try (PreparedStatement search = connection.prepareStatement(
                    // CROSS JOIN keeps the FTS match outermost: with a plain JOIN SQLite 3.54 walks the
                    // live-vacancy index and runs the MATCH once per vacancy (minutes at 50,000).
                    "SELECT v.json FROM vacancy_search CROSS JOIN vacancy v ON v.rowid = vacancy_search.rowid"
                            + " WHERE vacancy_search MATCH ? AND v.status = ? AND v.valid_through >= ?"
                            + searchOrder(typed))) {
                search.setString(1, query);
                search.setString(2, VacancyStatus.OPEN.name());
                search.setString(3, today.toString());
                return readAll(search, json -> parse(json, Vacancy.class));
            }
        });
    }

    /**
     * The ids of the live vacancies {@link #searchLive} finds, in its order, without reading the
     * vacancies themselves: for a list that holds them already (the kiosk's, up to 50,000 of them,
     * on every keystroke). Empty text gives no ids. Words of one or two letters only are not
     * ranked: their matches come newest first.
     */
    public List<String> searchLiveIds(String typed, LocalDate today) {
        String query = SearchIndex.query(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        String order = searchOrder(typed);
        return read(connection -> {
            try (PreparedStatement search = connection.prepareStatement(
                    "SELECT v.id FROM vacancy_search CROSS JOIN vacancy v ON v.rowid = vacancy_search.rowid"
                            + " WHERE vacancy_search MATCH ? AND v.status = ? AND v.valid_through >= ?" + order)) {
                search.setString(1, query);
                search.setString(2, VacancyStatus.OPEN.name());
                search.setString(3, today.toString());
                return readAll(search, id -> id);
            }
        });
    }

    /**
     * The search index alone, without reading a vacancy row: the rowids of every vacancy, live or
     * not, whose text matches what was typed (as {@link #searchLiveIds}), in no order, and their
     * bm25 scores (lower is better) when the text is worth ranking: not text of one- and
     * two-letter words only, and not more than {@code rankUpTo} matches, where scoring costs more
     * than a keystroke may and the first screenful differs little. Joining 25,000 matches to their
     * vacancy rows to check and order them took 40-80 ms of a keystroke at 50,000 vacancies; a
     * list holding the live vacancies already does both itself.
     */
    public SearchHits searchHits(String typed, int rankUpTo) {
        String query = SearchIndex.query(typed);
        if (query.isEmpty()) {
            return new SearchHits(new long[0], null);
        }
        return read(connection -> {
            long[] rowids;
            try (PreparedStatement search = connection.prepareStatement(
                    "SELECT rowid FROM vacancy_search WHERE vacancy_search MATCH ?")) {
                search.setString(1, query);
                rowids = readRowids(search);
            }
            if (SearchIndex.isShortPrefix(typed) || rowids.length > rankUpTo) {
                return new SearchHits(rowids, null);
            }
            try (PreparedStatement ranked = connection.prepareStatement(
                    "SELECT rowid, bm25(vacancy_search, 10.0, 6.0, 4.0, 3.0, 1.0) FROM vacancy_search"
                            + " WHERE vacancy_search MATCH ?")) {
                ranked.setString(1, query);
                // Sized by the first query, grown if a sync committed more matches in between.
                long[] scoredRowids = new long[Math.max(16, rowids.length)];
                double[] scores = new double[scoredRowids.length];
                int count = 0;
                try (ResultSet resultSet = ranked.executeQuery()) {
                    while (resultSet.next()) {
                        if (count == scoredRowids.length) {
                            scoredRowids = java.util.Arrays.copyOf(scoredRowids, count * 2);
                            scores = java.util.Arrays.copyOf(scores, count * 2);
                        }
                        scoredRowids[count] = resultSet.getLong(1);
                        scores[count++] = resultSet.getDouble(2);
                    }
                }
                return new SearchHits(java.util.Arrays.copyOf(scoredRowids, count), java.util.Arrays.copyOf(scores, count));
            }
        });
    }

    private static long[] readRowids(PreparedStatement query) throws SQLException {
        long[] rowids = new long[256];
        int count = 0;
        try (ResultSet resultSet = query.executeQuery()) {
            while (resultSet.next()) {
                if (count == rowids.length) {
                    rowids = java.util.Arrays.copyOf(rowids, count * 2);
                }
                rowids[count++] = resultSet.getLong(1);
            }
        }
        return java.util.Arrays.copyOf(rowids, count);
    }

    /**
     * Best match first, newest first among equals. One or two letters match a good part of every
     * vacancy (25,000 of 50,000 for "o"): scoring them all with bm25 costs more than the rest of a
     * keystroke and ranks by little, so text of such short words only ("o", "pt s") lists its
     * matches in the order of the list without search text (newest first, then by id).
     */
    private static String searchOrder(String typed) {
        return SearchIndex.isShortPrefix(typed)
                ? " ORDER BY v.date_posted DESC, v.id"
                : " ORDER BY bm25(vacancy_search, 10.0, 6.0, 4.0, 3.0, 1.0), v.date_posted DESC";
    }

    /** The reference data of the last sync; empty lists before the first one. */
    public ReferenceData referenceData() {
        return read(KioskStore::referenceData);
    }

    static ReferenceData referenceData(Connection connection) throws SQLException {
        return new ReferenceData(
                readReferenceItems(connection, ReferenceKind.REGION, Region.class),
                readReferenceItems(connection, ReferenceKind.ESTATE, IndustrialEstate.class),
                readReferenceItems(connection, ReferenceKind.TRADE, Trade.class),
                readReferenceItems(connection, ReferenceKind.EMPLOYER, Employer.class),
                readReferenceItems(connection, ReferenceKind.CENTRE, TrainingCentre.class));
    }

    /** Rewrites the whole search index, after reference data (an employer's name, say) changed. */
    static void reindexAll(Connection connection) throws SQLException {
        List<Vacancy> all;
        try (PreparedStatement query = connection.prepareStatement("SELECT json FROM vacancy")) {
            all = readAll(query, json -> parse(json, Vacancy.class));
        }
        SearchIndex.index(connection, all, referenceData(connection));
    }

    /** One training centre by id, such as the one this kiosk stands in. */
    public Optional<TrainingCentre> centre(String id) {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT json FROM reference_item WHERE kind = ? AND id = ?")) {
                query.setString(1, ReferenceKind.CENTRE.key());
                query.setString(2, id);
                return readAll(query, json -> parse(json, TrainingCentre.class)).stream().findFirst();
            }
        });
    }

    /** When the catalogue was last brought up to date from the server; empty before the first sync. */
    public Optional<Instant> lastSyncedAt() {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT last_synced_at FROM sync_state WHERE singleton = 1")) {
                return readAll(query, Instant::parse).stream().findFirst();
            }
        });
    }

    static void upsertVacancies(Connection connection, List<Vacancy> vacancies) throws SQLException {
        upsertVacancies(connection, vacancies, KioskStore::toJsonBytes, false);
    }

    /**
     * @param json each vacancy's JSON text in UTF-8, when the caller has it already (a change carries
     *     it); SQLite stores the bytes as text without a Java string in between
     * @param deferIndex leave the search index rows to {@link SearchIndex#indexPending}: in the middle
     *     of a catch-up, a vacancy changed on several pages is then indexed once
     */
    static void upsertVacancies(Connection connection, List<Vacancy> vacancies, Function<Vacancy, byte[]> json,
                                boolean deferIndex) throws SQLException {
        if (vacancies.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO vacancy (id, status, date_posted, valid_through, employer_id, trade_id, region_id, json)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))"
                        + " ON CONFLICT (id) DO UPDATE SET status = excluded.status,"
                        + " date_posted = excluded.date_posted, valid_through = excluded.valid_through,"
                        + " employer_id = excluded.employer_id, trade_id = excluded.trade_id,"
                        + " region_id = excluded.region_id, json = excluded.json")) {
            for (Vacancy vacancy : vacancies) {
                upsert.setString(1, vacancy.id());
                upsert.setString(2, vacancy.status().name());
                upsert.setString(3, vacancy.datePosted().toString());
                upsert.setString(4, vacancy.validThrough().toString());
                upsert.setString(5, vacancy.employerId());
                upsert.setString(6, vacancy.tradeId());
                upsert.setString(7, vacancy.regionId());
                upsert.setBytes(8, json.apply(vacancy));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        if (deferIndex) {
            SearchIndex.defer(connection, vacancies);
        } else {
            SearchIndex.index(connection, vacancies, referenceData(connection));
        }
    }

    private static void insertReferenceData(Connection connection, ReferenceData data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reference_item (kind, id, json) VALUES (?, ?, ?)"
                        + " ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json")) {
            addReferenceItems(insert, ReferenceKind.REGION, data.regions(), Region::id);
            addReferenceItems(insert, ReferenceKind.ESTATE, data.estates(), IndustrialEstate::id);
            addReferenceItems(insert, ReferenceKind.TRADE, data.trades(), Trade::id);
            addReferenceItems(insert, ReferenceKind.EMPLOYER, data.employers(), Employer::id);
            addReferenceItems(insert, ReferenceKind.CENTRE, data.centres(), TrainingCentre::id);
            insert.executeBatch();
        }
    }

    private static <T> void addReferenceItems(PreparedStatement insert, ReferenceKind kind, List<T> items,
                                              Function<T, String> id) throws SQLException {
        for (T item : items) {
            insert.setString(1, kind.key());
            insert.setString(2, id.apply(item));
            insert.setString(3, toJson(item));
            insert.addBatch();
        }
    }

    private static <T> List<T> readReferenceItems(Connection connection, ReferenceKind kind, Class<T> type)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT json FROM reference_item WHERE kind = ? ORDER BY id")) {
            query.setString(1, kind.key());
            return readAll(query, json -> parse(json, type));
        }
    }

    static void markSynced(Connection connection, Instant syncedAt) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(
                "INSERT INTO sync_state (singleton, last_synced_at) VALUES (1, ?)"
                        + " ON CONFLICT (singleton) DO UPDATE SET last_synced_at = excluded.last_synced_at")) {
            mark.setString(1, syncedAt.toString());
            mark.executeUpdate();
        }
    }

    private static <T> List<T> readAll(PreparedStatement query, Function<String, T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet resultSet = query.executeQuery()) {
            while (resultSet.next()) {
                rows.add(mapper.apply(resultSet.getString(1)));
            }
        }
        return rows;
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static byte[] toJsonBytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T parse(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("the kiosk store holds a " + type.getSimpleName() + " it cannot read", e);
        }
    }

    <T> T inTransaction(SqlWork<T> work) {
        // One writer at a time in this process: a transaction that reads before it writes (the
        // cursor check) would otherwise fail with SQLITE_BUSY rather than wait.
        synchronized (writeLock) {
            return transaction(work);
        }
    }

    private <T> T transaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write to the kiosk store", e);
        }
    }

    /**
     * Copies the write-ahead log into the database file and empties it, so that pages as they were
     * before an erasure are gone from both files. Best effort: a reader still open keeps its pages.
     */
    void checkpoint() {
        read(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the kiosk store", e);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    enum ReferenceKind {
        REGION, ESTATE, TRADE, EMPLOYER, CENTRE;

        String key() {
            return name().toLowerCase();
        }
    }
}
