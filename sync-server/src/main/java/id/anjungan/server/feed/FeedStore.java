package id.anjungan.server.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.server.db.JsonColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes feed sources, their uploaded files and their run history. */
public final class FeedStore {
    private static final String SOURCE_COLUMNS = "s.id, s.owner_kind, s.owner_id, s.name, s.kind, s.format, s.url,"
            + " s.every_hours, s.full_feed, s.created_at, u.file_name, u.size, u.content_hash, u.uploaded_at,"
            + " r.id, r.status, r.started_at";
    private static final String SOURCE_FROM = " FROM feed_source s"
            + " LEFT JOIN feed_upload u ON u.source_id = s.id"
            + " LEFT JOIN feed_run r ON r.source_id = s.id"
            + " AND r.number = (SELECT MAX(number) FROM feed_run WHERE source_id = s.id)";
    private static final String RUN_COLUMNS = "id, source_id, number, started_by, status, started_at, finished_at,"
            + " content_hash, rows_read, created_count, changed_count, unchanged_count, closed_count, rejected_count,"
            + " rejected, details, failure";

    /** The JSON kept in feed_run.details. */
    record Details(List<String> warnings, FeedRun.Changes changes) {
    }

    public void insertSource(Connection c, FeedSource s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO feed_source (id, owner_kind, owner_id, name, kind,"
                + " format, url, every_hours, full_feed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, s.id());
            st.setString(2, s.ownerKind().name());
            st.setString(3, s.ownerId());
            st.setString(4, s.name());
            st.setString(5, s.kind().name());
            st.setString(6, s.format().name());
            st.setString(7, s.url());
            setInteger(st, 8, s.everyHours());
            st.setBoolean(9, s.fullFeed());
            st.setString(10, s.createdAt().toString());
            st.executeUpdate();
        }
    }

    /** Changes what staff may change of a source: its name, format, address, schedule and full-feed flag. */
    public void updateSource(Connection c, FeedSource s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE feed_source SET name = ?, format = ?, url = ?,"
                + " every_hours = ?, full_feed = ? WHERE id = ?")) {
            st.setString(1, s.name());
            st.setString(2, s.format().name());
            st.setString(3, s.url());
            setInteger(st, 4, s.everyHours());
            st.setBoolean(5, s.fullFeed());
            st.setString(6, s.id());
            st.executeUpdate();
        }
    }

    public Optional<FeedSource> source(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + SOURCE_COLUMNS + SOURCE_FROM + " WHERE s.id = ?")) {
            st.setString(1, id);
            try (ResultSet rows = st.executeQuery()) {
                return rows.next() ? Optional.of(source(rows)) : Optional.empty();
            }
        }
    }

    /** Every source, or an owner's, by name. */
    public List<FeedSource> sources(Connection c, OwnerKind ownerKind, String ownerId) throws SQLException {
        String where = ownerKind == null ? "" : " WHERE s.owner_kind = ? AND s.owner_id = ?";
        List<FeedSource> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + SOURCE_COLUMNS + SOURCE_FROM + where + " ORDER BY s.name, s.id")) {
            if (ownerKind != null) {
                st.setString(1, ownerKind.name());
                st.setString(2, ownerId);
            }
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    result.add(source(rows));
                }
            }
        }
        return result;
    }

    private static FeedSource source(ResultSet rows) throws SQLException {
        int everyHours = rows.getInt(8);
        Integer hours = rows.wasNull() ? null : everyHours;
        String fileName = rows.getString(11);
        FeedSource.Upload upload = fileName == null ? null
                : new FeedSource.Upload(fileName, rows.getLong(12), rows.getString(13), Instant.parse(rows.getString(14)));
        String runId = rows.getString(15);
        FeedSource.LastRun lastRun = runId == null ? null
                : new FeedSource.LastRun(runId, RunStatus.valueOf(rows.getString(16)), Instant.parse(rows.getString(17)));
        return new FeedSource(rows.getString(1), OwnerKind.valueOf(rows.getString(2)), rows.getString(3), rows.getString(4),
                SourceKind.valueOf(rows.getString(5)), FeedFormat.valueOf(rows.getString(6)), rows.getString(7), hours,
                rows.getBoolean(9), Instant.parse(rows.getString(10)), upload, lastRun);
    }

    /** Keeps a source's uploaded file, replacing the one before. */
    public void saveUpload(Connection c, String sourceId, String fileName, byte[] content, String contentHash, Instant at)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO feed_upload (source_id, file_name, size, content_hash,"
                + " uploaded_at, content) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET"
                + " file_name = excluded.file_name, size = excluded.size, content_hash = excluded.content_hash,"
                + " uploaded_at = excluded.uploaded_at, content = excluded.content")) {
            st.setString(1, sourceId);
            st.setString(2, fileName);
            st.setLong(3, content.length);
            st.setString(4, contentHash);
            st.setString(5, at.toString());
            st.setBytes(6, content);
            st.executeUpdate();
        }
    }

    public Optional<byte[]> uploadContent(Connection c, String sourceId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT content FROM feed_upload WHERE source_id = ?")) {
            st.setString(1, sourceId);
            try (ResultSet rows = st.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        }
    }

    public int nextRunNumber(Connection c, String sourceId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM feed_run WHERE source_id = ?")) {
            st.setString(1, sourceId);
            try (ResultSet rows = st.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    public void insertRun(Connection c, FeedRun run) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO feed_run (" + RUN_COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, run.id());
            st.setString(2, run.sourceId());
            st.setInt(3, run.number());
            st.setString(4, run.trigger().name());
            st.setString(5, run.status().name());
            st.setString(6, run.startedAt().toString());
            st.setString(7, run.finishedAt().toString());
            st.setString(8, run.contentHash());
            st.setInt(9, run.rowsRead());
            st.setInt(10, run.counts().created());
            st.setInt(11, run.counts().changed());
            st.setInt(12, run.counts().unchanged());
            st.setInt(13, run.counts().closed());
            st.setInt(14, run.counts().rejected());
            st.setString(15, JsonColumns.write(run.rejected()));
            st.setString(16, JsonColumns.write(new Details(run.warnings(), run.changes())));
            st.setString(17, run.failure());
            st.executeUpdate();
        }
    }

    /** A source's runs, newest first. */
    public List<FeedRun> runs(Connection c, String sourceId, int limit) throws SQLException {
        List<FeedRun> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM feed_run WHERE source_id = ?"
                + " ORDER BY number DESC LIMIT ?")) {
            st.setString(1, sourceId);
            st.setInt(2, limit);
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    result.add(run(rows));
                }
            }
        }
        return result;
    }

    public Optional<FeedRun> run(Connection c, String sourceId, String runId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM feed_run WHERE source_id = ? AND id = ?")) {
            st.setString(1, sourceId);
            st.setString(2, runId);
            try (ResultSet rows = st.executeQuery()) {
                return rows.next() ? Optional.of(run(rows)) : Optional.empty();
            }
        }
    }

    private static FeedRun run(ResultSet rows) throws SQLException {
        Details details = JsonColumns.read(rows.getString(16), Details.class);
        List<FeedPlan.RejectedRow> rejected;
        try {
            rejected = ProtocolJson.mapper().readValue(rows.getString(15), new TypeReference<List<FeedPlan.RejectedRow>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("stored rejected rows of run " + rows.getString(1) + " are unreadable", e);
        }
        return new FeedRun(rows.getString(1), rows.getString(2), rows.getInt(3), RunTrigger.valueOf(rows.getString(4)),
                RunStatus.valueOf(rows.getString(5)), Instant.parse(rows.getString(6)), Instant.parse(rows.getString(7)),
                rows.getString(8), rows.getInt(9),
                new FeedPlan.Counts(rows.getInt(10), rows.getInt(11), rows.getInt(12), rows.getInt(13), rows.getInt(14)),
                rejected, details.warnings(), details.changes(), rows.getString(17));
    }

    private static void setInteger(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }
}
