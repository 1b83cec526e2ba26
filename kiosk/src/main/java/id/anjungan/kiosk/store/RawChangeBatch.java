package id.anjungan.kiosk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.SyncCursor;
import java.util.List;
import java.util.Objects;

/**
 * A page of the change log after a cursor, as the kiosk received it (see {@link RawChange}).
 *
 * @param cursor where the kiosk stands once it has applied these changes
 * @param more whether changes remain after this page
 */
public record RawChangeBatch(SyncCursor cursor, List<RawChange> changes, boolean more) {
    public RawChangeBatch {
        Objects.requireNonNull(cursor, "cursor");
        changes = changes == null ? List.of() : List.copyOf(changes);
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
