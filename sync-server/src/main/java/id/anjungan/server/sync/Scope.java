package id.anjungan.server.sync;

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
}
