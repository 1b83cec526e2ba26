package id.anjungan.protocol.reference;

import java.util.List;
import java.util.Optional;

/** All reference data a kiosk needs to show vacancies. */
public record ReferenceData(
        List<Region> regions,
        List<IndustrialEstate> estates,
        List<Trade> trades,
        List<Employer> employers,
        List<TrainingCentre> centres) {
    public ReferenceData {
        regions = regions == null ? List.of() : List.copyOf(regions);
        estates = estates == null ? List.of() : List.copyOf(estates);
        trades = trades == null ? List.of() : List.copyOf(trades);
        employers = employers == null ? List.of() : List.copyOf(employers);
        centres = centres == null ? List.of() : List.copyOf(centres);
    }

    public Optional<Region> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<IndustrialEstate> estate(String id) {
        return estates.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Trade> trade(String id) {
        return trades.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Employer> employer(String id) {
        return employers.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<TrainingCentre> centre(String id) {
        return centres.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
