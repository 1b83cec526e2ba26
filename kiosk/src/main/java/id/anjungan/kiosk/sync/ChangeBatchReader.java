package id.anjungan.kiosk.sync;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.kiosk.store.RawChange;
import id.anjungan.kiosk.store.RawChangeBatch;
import id.anjungan.kiosk.store.RawJson;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page of the change log (a {@code ChangeBatch} in JSON, from {@code /sync/changes} or a
 * pushed event) in one streaming pass. Each record is only scanned and kept as the bytes it came in
 * ({@link RawJson}): the store reads the vacancies it applies straight into their type and stores
 * the text as it is; of several changes to one record only the last is kept and read (see
 * {@link RawChangeBatch}). Building a JSON tree per change, as binding to the protocol's {@code Change}
 * does, was most of a catch-up's cost on the kiosk (BENCHMARKS.md, fourth round).
 */
final class ChangeBatchReader {
    private static final ObjectMapper JSON = ProtocolJson.mapper();

    private ChangeBatchReader() {
    }

    static RawChangeBatch read(String json) throws IOException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** @param json the page's UTF-8 bytes; the records returned share this array */
    static RawChangeBatch read(byte[] json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "a page of changes is a JSON object");
            }
            SyncCursor cursor = null;
            List<RawChange> changes = List.of();
            boolean more = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "cursor" -> cursor = value == JsonToken.VALUE_NULL ? null : JSON.readValue(parser, SyncCursor.class);
                    case "changes" -> changes = changes(parser, json);
                    case "more" -> more = plain(parser, field) == JsonToken.VALUE_TRUE;
                    default -> parser.skipChildren();
                }
            }
            if (cursor == null) {
                throw new JsonParseException(parser, "a page of changes needs its cursor");
            }
            RawChangeBatch batch = new RawChangeBatch(cursor, changes, more);
            readVacanciesAhead(batch, parser);
            return batch;
        }
    }

    /**
     * Reads the vacancies the store will write into their type now, on the thread that fetched the
     * page: during a catch-up that is the fetching thread, while the store applies the page before.
     */
    private static void readVacanciesAhead(RawChangeBatch batch, JsonParser parser) throws JsonParseException {
        for (RawChange change : batch.changes()) {
            if (change.entity() == EntityKind.VACANCY && change.op() == ChangeOperation.PUT) {
                try {
                    change.record().as(Vacancy.class);
                } catch (IOException | IllegalArgumentException e) {
                    throw new JsonParseException(parser, "change " + change.seq() + " holds a vacancy the kiosk cannot read: "
                            + e.getMessage(), e);
                }
            }
        }
    }

    private static List<RawChange> changes(JsonParser parser, byte[] json) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonParseException(parser, "changes is a JSON array");
        }
        List<RawChange> changes = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            changes.add(change(parser, json));
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw new JsonParseException(parser, "changes holds JSON objects only");
        }
        return changes;
    }

    private static RawChange change(JsonParser parser, byte[] json) throws IOException {
        long seq = 0;
        EntityKind entity = null;
        String id = null;
        ChangeOperation op = null;
        RawJson record = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "seq" -> seq = plain(parser, field) == null ? 0 : parser.getValueAsLong();
                case "entity" -> entity = plain(parser, field) == null ? null : named(parser, EntityKind.class);
                case "id" -> id = plain(parser, field) == null ? null : parser.getValueAsString();
                case "op" -> op = plain(parser, field) == null ? null : named(parser, ChangeOperation.class);
                case "record" -> record = record(parser, json);
                default -> parser.skipChildren();
            }
        }
        try {
            return new RawChange(seq, entity, id, op, record);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new JsonParseException(parser, "change " + seq + " is incomplete: " + e.getMessage(), e);
        }
    }

    /** The current value's token, refusing an object or array where a plain value belongs. */
    private static JsonToken plain(JsonParser parser, String field) throws JsonParseException {
        JsonToken token = parser.currentToken();
        if (token.isStructStart()) {
            throw new JsonParseException(parser, "'" + field + "' must be a plain value, not " + token.asString());
        }
        return token;
    }

    private static <E extends Enum<E>> E named(JsonParser parser, Class<E> type) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return Enum.valueOf(type, parser.getText());
        } catch (IllegalArgumentException e) {
            throw new JsonParseException(parser, "unknown " + type.getSimpleName() + " '" + parser.getText() + "'", e);
        }
    }

    /** The record's bytes, found by the parser's offsets around it: scanned, never decoded. */
    private static RawJson record(JsonParser parser, byte[] json) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(parser, "a change's record is a JSON object");
        }
        long start = parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        long end = parser.currentLocation().getByteOffset();
        if (start < 0 || end > json.length || start >= end || json[(int) start] != '{' || json[(int) end - 1] != '}') {
            throw new JsonParseException(parser, "cannot find the record's bytes in the page");
        }
        return new RawJson(json, (int) start, (int) (end - start));
    }
}
