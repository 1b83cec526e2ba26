package id.anjungan.kiosk.store;

import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import java.util.Objects;

/**
 * One entry of a page of the server's change log as the kiosk received it: like the protocol's
 * {@code Change}, but its record is still the JSON text it came in, read only if it is applied.
 *
 * @param record the full record for a PUT, null for a DELETE
 */
public record RawChange(long seq, EntityKind entity, String id, ChangeOperation op, RawJson record) {
    public RawChange {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(op, "op");
        if (op == ChangeOperation.PUT && record == null) {
            throw new IllegalArgumentException("a PUT of " + entity + " " + id + " needs its record");
        }
    }
}
