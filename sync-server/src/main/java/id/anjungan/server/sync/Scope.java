package id.anjungan.server.sync;

import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeOperation;
import java.util.Optional;
import java.util.Set;

/** The regions a kiosk shows. Records without a region (reference data) are in every scope. */
public record Scope(Set<String> regionIds) {
    public static final Scope EVERYTHING = new Scope(null);

    public Scope {
        regionIds = regionIds == null ? null : Set.copyOf(regionIds);
    }

    public boolean includes(String regionId) {
        return regionIds == null || regionId == null || regionIds.contains(regionId);
    }

    /** What a kiosk of this scope must apply for a change: itself, a DELETE, or nothing. */
    Optional<Change> view(Change change, String regionId, String previousRegionId) {
        if (includes(regionId)) {
            return Optional.of(change);
        }
        if (previousRegionId != null && includes(previousRegionId) && change.op() == ChangeOperation.PUT) {
            return Optional.of(new Change(change.seq(), change.entity(), change.id(), ChangeOperation.DELETE, null));
        }
        return Optional.empty();
    }
}
