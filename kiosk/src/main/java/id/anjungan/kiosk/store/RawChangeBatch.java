package id.anjungan.kiosk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of the change log after a cursor, as the kiosk received it (see {@link RawChange}), with
 * only the last change of each record: each change carries the whole record and a page is applied
 * in one transaction, so the versions in between would never be seen (a catch-up page of 5,000
 * changes often holds several of one vacancy).
 *
 * @param cursor where the kiosk stands once it has applied these changes
 * @param more whether changes remain after this page
 */
public record RawChangeBatch(SyncCursor cursor, List<RawChange> changes, boolean more) {
    public RawChangeBatch {
        Objects.requireNonNull(cursor, "cursor");
        changes = changes == null ? List.of() : lastOfEachRecord(changes);
    }

    /** In the order of each record's first change; the order does not matter within one page. */
    private static List<RawChange> lastOfEachRecord(List<RawChange> changes) {
        Map<RecordKey, RawChange> last = new LinkedHashMap<>(changes.size() * 2);
        for (RawChange change : changes) {
            last.put(new RecordKey(change.entity(), change.id()), change);
        }
        return List.copyOf(last.values());
    }

    private record RecordKey(EntityKind entity, String id) {
    }

    /** The same page from the protocol's parsed form, each record written back to JSON. */
    public static RawChangeBatch of(ChangeBatch batch) {
        return new RawChangeBatch(batch.cursor(), batch.changes().stream().map(RawChangeBatch::raw).toList(), batch.more());
    }

    private static RawChange raw(Change change) {
        RawJson record = null;
        if (change.record() != null && !change.record().isNull()) {
            try {
                byte[] json = ProtocolJson.mapper().writeValueAsBytes(change.record());
                record = new RawJson(json, 0, json.length);
            } catch (JsonProcessingException e) {
                throw new StoreException("cannot write the record of change " + change.seq() + " as JSON", e);
            }
        }
        return new RawChange(change.seq(), change.entity(), change.id(), change.op(), record);
    }
}
