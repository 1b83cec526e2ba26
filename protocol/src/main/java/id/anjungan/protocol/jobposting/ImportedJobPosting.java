package id.anjungan.protocol.jobposting;

import id.anjungan.protocol.vacancy.Vacancy;
import java.util.Objects;

/** A JobPosting read as a vacancy, with the words it used for what the vacancy holds as ids. */
public record ImportedJobPosting(Vacancy vacancy, JobPostingHints hints) {
    public ImportedJobPosting {
        Objects.requireNonNull(vacancy, "vacancy");
        Objects.requireNonNull(hints, "hints");
    }
}
