package id.anjungan.kiosk.store;

import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.util.List;
import java.util.Objects;

/** A full snapshot of what a kiosk may show: vacancies and the reference data they point to. */
public record Catalog(List<Vacancy> vacancies, ReferenceData referenceData) {
    public Catalog {
        vacancies = List.copyOf(vacancies);
        Objects.requireNonNull(referenceData, "referenceData");
    }
}
