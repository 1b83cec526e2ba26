package id.anjungan.protocol.reference;

import java.util.List;
import java.util.Objects;

/**
 * A training centre that runs kiosks.
 *
 * @param scopeRegionIds the regions whose vacancies this centre's kiosks show
 */
public record TrainingCentre(
        String id,
        String name,
        TrainingCentreKind kind,
        String regionId,
        String town,
        String address,
        List<String> scopeRegionIds) {
    public TrainingCentre {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(regionId, "regionId");
        scopeRegionIds = scopeRegionIds == null ? List.of() : List.copyOf(scopeRegionIds);
    }
}
