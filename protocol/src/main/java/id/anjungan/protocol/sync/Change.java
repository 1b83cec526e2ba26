package id.anjungan.protocol.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One entry of the change log.
 *
 * @param record the full record for a PUT (its type follows from the entity kind), null for a DELETE
 */
public record Change(long seq, EntityKind entity, String id, ChangeOperation op, JsonNode record) {
    public Change {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(op, "op");
        if (op == ChangeOperation.PUT && (record == null || record.isNull())) {
            throw new IllegalArgumentException("a PUT of " + entity + " " + id + " needs its record");
        }
    }
}
