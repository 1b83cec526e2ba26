package id.anjungan.kiosk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.kiosk.IssuedSlip;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The referral slips this kiosk issued, kept until the server has acknowledged them (and a few days
 * longer, so staff can reprint a slip the printer could not print). Each slip is written whole, in
 * one transaction, before it goes to the printer: a failing printer, a crash or a power cut while
 * printing cannot lose a slip that was issued.
 *
 * <p>Rows hold the {@link IssuedSlip} as JSON, exactly as it is uploaded, with the applicant's name
 * and phone only if the job seeker chose to give them.
 */
public final class OutboxStore {
    private static final ObjectMapper JSON = ProtocolJson.mapper();
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** One slip in the outbox, with what became of it on this kiosk. */
    public record Entry(IssuedSlip slip, Optional<Instant> printedAt, Optional<Instant> uploadedAt) {
        public Entry {
            Objects.requireNonNull(slip, "slip");
            Objects.requireNonNull(printedAt, "printedAt");
            Objects.requireNonNull(uploadedAt, "uploadedAt");
        }

        public boolean printed() {
            return printedAt.isPresent();
        }

        public boolean uploaded() {
            return uploadedAt.isPresent();
        }
    }

    private final KioskStore store;

    OutboxStore(KioskStore store) {
        this.store = store;
    }

    /**
     * Records a newly issued slip, not yet printed nor uploaded, in one transaction: when this returns,
     * the slip is on disk.
     *
     * @throws StoreException when it cannot be written, or a slip with its id is already there
     *                        (then nothing changes)
     */
    public void add(IssuedSlip slip) {
        Objects.requireNonNull(slip, "slip");
        store.inTransaction(connection -> {
            insert(connection, slip);
            return null;
        });
    }

    static void insert(Connection connection, IssuedSlip slip) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (slip_id, json, issued_at, printed_at, uploaded_at) VALUES (?, ?, ?, NULL, NULL)")) {
            insert.setString(1, slip.slipId());
            insert.setString(2, toJson(slip));
            insert.setString(3, sortable(slip.issuedAt()));
            insert.executeUpdate();
        }
    }

    /** Marks a slip as printed (again, after a reprint); false when the outbox does not hold it. */
    public boolean markPrinted(String slipId, Instant at) {
        return store.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox SET printed_at = ? WHERE slip_id = ?")) {
                update.setString(1, sortable(at));
                update.setString(2, slipId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * Marks the slips the server acknowledged as uploaded, in one transaction. Ids the outbox does not
     * hold, and slips marked before, are left as they are (a repeated acknowledgement is harmless).
     *
     * @return how many slips became uploaded
     */
    public int markUploaded(Collection<String> slipIds, Instant at) {
        if (slipIds.isEmpty()) {
            return 0;
        }
        return store.inTransaction(connection -> {
            int changed = 0;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox SET uploaded_at = ? WHERE slip_id = ? AND uploaded_at IS NULL")) {
                for (String id : slipIds) {
                    update.setString(1, sortable(at));
                    update.setString(2, id);
                    changed += update.executeUpdate();
                }
            }
            return changed;
        });
    }

    /** The slips not yet acknowledged by the server, oldest first, at most {@code limit}. */
    public List<IssuedSlip> pending(int limit) {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT json FROM outbox WHERE uploaded_at IS NULL ORDER BY issued_at, slip_id LIMIT ?")) {
                query.setInt(1, limit);
                List<IssuedSlip> slips = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        slips.add(parse(rows.getString(1)));
                    }
                }
                return slips;
            }
        });
    }

    /** How many slips wait for the server's acknowledgement: the heartbeat's "outbox length". */
    public int pendingCount() {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM outbox WHERE uploaded_at IS NULL");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** The most recently issued slips, newest first, for staff who reprint one. */
    public List<Entry> recent(int limit) {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT json, printed_at, uploaded_at FROM outbox ORDER BY issued_at DESC, slip_id LIMIT ?")) {
                query.setInt(1, limit);
                return entries(query);
            }
        });
    }

    /** One slip by its id (16 hex digits). */
    public Optional<Entry> find(String slipId) {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT json, printed_at, uploaded_at FROM outbox WHERE slip_id = ?")) {
                query.setString(1, slipId);
                return entries(query).stream().findFirst();
            }
        });
    }

    /**
     * Deletes slips the server acknowledged that were issued before the given moment, with the
     * name and phone they carry: the kiosk keeps personal data no longer than it needs to (UU 27/2022).
     * Slips not yet uploaded are never deleted.
     *
     * @return how many were deleted
     */
    public int forgetUploadedIssuedBefore(Instant before) {
        int deleted = store.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM outbox WHERE uploaded_at IS NOT NULL AND issued_at < ?")) {
                delete.setString(1, sortable(before));
                return delete.executeUpdate();
            }
        });
        if (deleted > 0) {
            store.checkpoint();
        }
        return deleted;
    }

    /**
     * Erases the name and phone of slips issued before the given moment that are still on the
     * kiosk, uploaded or not: a slip that could not be uploaded for months keeps them no longer
     * than the kiosk promised the job seeker. The slip itself stays, to be uploaded. The old text is
     * zeroed in the file (secure delete, then a checkpoint of the write-ahead log).
     *
     * @return how many slips lost their name and phone
     */
    public int eraseApplicantsIssuedBefore(Instant before) {
        int erased = store.inTransaction(connection -> {
            List<IssuedSlip> due = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT json FROM outbox WHERE issued_at < ?"
                    + " AND (json_extract(json, '$.applicantName') IS NOT NULL"
                    + " OR json_extract(json, '$.applicantPhone') IS NOT NULL)")) {
                query.setString(1, sortable(before));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(parse(rows.getString(1)));
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE outbox SET json = ? WHERE slip_id = ?")) {
                for (IssuedSlip slip : due) {
                    update.setString(1, toJson(slip.withoutApplicant()));
                    update.setString(2, slip.slipId());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return due.size();
        });
        if (erased > 0) {
            store.checkpoint();
        }
        return erased;
    }

    private static List<Entry> entries(PreparedStatement query) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(new Entry(parse(rows.getString(1)), instant(rows.getString(2)), instant(rows.getString(3))));
            }
        }
        return entries;
    }

    /**
     * Times as fixed-width UTC text (always milliseconds), so that SQLite's text order is time order;
     * {@link Instant#toString()} leaves out a zero fraction, and "…00Z" would sort after "…00.5Z".
     */
    static String sortable(Instant instant) {
        return SORTABLE.format(instant);
    }

    private static Optional<Instant> instant(String text) {
        return Optional.ofNullable(text).map(Instant::parse);
    }

    private static String toJson(IssuedSlip slip) {
        try {
            return JSON.writeValueAsString(slip);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write slip " + slip.slipId() + " as JSON", e);
        }
    }

    private static IssuedSlip parse(String json) {
        try {
            return JSON.readValue(json, IssuedSlip.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("the outbox holds a slip it cannot read", e);
        }
    }
}
