package id.anjungan.protocol.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A job vacancy (lowongan kerja). Fields follow the legal minimum of an Indonesian vacancy report
 * and map one-to-one onto schema.org JobPosting.
 *
 * @param tradeId the trade (kejuruan) it asks for
 * @param kbjiCode occupation code of KBJI 2014 such as "7212.01", or null
 * @param regionId the regency or city of the work location
 * @param estateId the industrial estate of the work location, or null
 * @param town district or town of the work location
 * @param validThrough last day a job seeker can apply
 * @param workHours such as "3 shift, 8 jam sehari", or null
 * @param howToApply plain instructions for applying
 */
public record Vacancy(
        String id,
        String title,
        String description,
        String employerId,
        String tradeId,
        String kbjiCode,
        String regionId,
        String estateId,
        String town,
        EmploymentType employmentType,
        int openings,
        Pay pay,
        Requirements requirements,
        List<String> skills,
        String workHours,
        boolean shiftWork,
        String howToApply,
        LocalDate datePosted,
        LocalDate validThrough,
        VacancyStatus status,
        Instant updatedAt) {

    public Vacancy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(employerId, "employerId");
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(datePosted, "datePosted");
        Objects.requireNonNull(validThrough, "validThrough");
        employmentType = employmentType == null ? EmploymentType.FULL_TIME : employmentType;
        pay = pay == null ? Pay.negotiable() : pay;
        requirements = requirements == null ? Requirements.none() : requirements;
        skills = skills == null ? List.of() : List.copyOf(skills);
        status = status == null ? VacancyStatus.OPEN : status;
        description = description == null ? "" : description;
        if (openings < 1) {
            throw new IllegalArgumentException("a vacancy needs at least one opening, got " + openings);
        }
        if (validThrough.isBefore(datePosted)) {
            throw new IllegalArgumentException("validThrough " + validThrough + " is before datePosted " + datePosted);
        }
    }

    /** Whether a job seeker may still apply on the given day: open and not past its deadline. */
    public boolean isLiveOn(LocalDate today) {
        return status == VacancyStatus.OPEN && !today.isAfter(validThrough);
    }
}
