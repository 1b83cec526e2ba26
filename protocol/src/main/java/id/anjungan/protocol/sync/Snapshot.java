package id.anjungan.protocol.sync;

import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.util.List;
import java.util.Objects;

/**
 * Everything a kiosk may show, read in one transaction, with the cursor it corresponds to: a new
 * kiosk, or one whose cursor the server no longer has, starts from here.
 */
public record Snapshot(SyncCursor cursor, ReferenceData reference, List<Vacancy> vacancies) {
    public Snapshot {
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(reference, "reference");
        vacancies = vacancies == null ? List.of() : List.copyOf(vacancies);
    }
}
