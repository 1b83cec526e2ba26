package id.anjungan.server.feed;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.jobposting.JobPostingFormatException;
import id.anjungan.protocol.jobposting.JobPostingHints;
import id.anjungan.protocol.jobposting.JobPostingReader;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Sex;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns one feed row into a vacancy of the source, or a rejection that says, in Indonesian and with
 * the row's line, everything wrong with it. Names are resolved against the reference data; an
 * employer's source can only carry that employer's vacancies, a centre's only those of employers in
 * the centre's regions; a vacancy's region must be its employer's, and defaults to it, as its
 * industrial estate does.
 */
final class RowInterpreter {
    sealed interface Result permits Accepted, Rejected {
        int line();
    }

    /**
     * @param datePostedGiven false when the row has no posting date and {@code vacancy} carries a
     *     provisional one, to be replaced by the stored vacancy's
     */
    record Accepted(int line, Vacancy vacancy, boolean datePostedGiven) implements Result {
    }

    /** @param vacancyId the vacancy the row was meant for when that can be told, else null */
    record Rejected(int line, String vacancyId, String reason) implements Result {
    }

    private record Cell(String column, Object value) {
    }

    private final FeedSource source;
    private final ReferenceIndex index;
    private final LocalDate today;
    private final Instant now;

    RowInterpreter(FeedSource source, ReferenceIndex index, LocalDate today, Instant now) {
        this.source = source;
        this.index = index;
        this.today = today;
        this.now = now;
    }

    Result interpret(FeedRow row) {
        if (row instanceof FeedRow.Columns columns) {
            return columns(columns);
        }
        if (row instanceof FeedRow.Posting posting) {
            return posting(posting);
        }
        FeedRow.Broken broken = (FeedRow.Broken) row;
        return new Rejected(broken.line(), null, "baris " + broken.line() + ": " + broken.reason());
    }

    // ---- spreadsheet rows and JSON objects

    private Result columns(FeedRow.Columns row) {
        Map<FeedField, Cell> cells = new EnumMap<>(FeedField.class);
        row.values().forEach((column, value) -> FeedField.forColumn(column)
                .ifPresent(field -> cells.putIfAbsent(field, new Cell(column, value))));
        List<String> problems = new ArrayList<>();

        String ownId = text(cells, FeedField.ID);
        String title = text(cells, FeedField.TITLE);
        if (title == null) {
            problems.add("judul lowongan kosong");
        }
        Employer employer = withinCentre(employer(cells.get(FeedField.EMPLOYER), problems), problems);
        Region region = employer == null ? null : region(cells.get(FeedField.REGION), employer, problems);
        Trade trade = cells.containsKey(FeedField.TRADE)
                ? attempt(problems, () -> index.trade(text(cells, FeedField.TRADE)))
                : missing(problems, "kejuruan kosong");
        String estateId = cells.containsKey(FeedField.ESTATE)
                ? idOf(attempt(problems, () -> index.estate(text(cells, FeedField.ESTATE))))
                : employer == null ? null : employer.estateId();
        Integer openings = value(cells, FeedField.OPENINGS, problems, FieldValues::openings);
        Pay pay = value(cells, FeedField.PAY, problems, FieldValues::pay);
        EmploymentType employmentType = value(cells, FeedField.EMPLOYMENT_TYPE, problems, FieldValues::employmentType);
        LocalDate validThrough = cells.containsKey(FeedField.VALID_THROUGH)
                ? value(cells, FeedField.VALID_THROUGH, problems, FieldValues::date)
                : missing(problems, "batas lamaran kosong");
        LocalDate datePosted = value(cells, FeedField.DATE_POSTED, problems, FieldValues::date);
        EducationLevel education = value(cells, FeedField.EDUCATION, problems, FieldValues::education);
        Integer[] ages = cells.containsKey(FeedField.AGE)
                ? value(cells, FeedField.AGE, problems, FieldValues::ageRange) : new Integer[] {null, null};
        Integer ageMin = cells.containsKey(FeedField.AGE_MIN) ? value(cells, FeedField.AGE_MIN, problems, FieldValues::age)
                : ages == null ? null : ages[0];
        Integer ageMax = cells.containsKey(FeedField.AGE_MAX) ? value(cells, FeedField.AGE_MAX, problems, FieldValues::age)
                : ages == null ? null : ages[1];
        if (ageMin != null && ageMax != null && ageMax < ageMin) {
            problems.add("usia maksimal " + ageMax + " lebih kecil dari usia minimal " + ageMin);
        }
        Sex sex = value(cells, FeedField.SEX, problems, FieldValues::sex);
        Cell experienceCell = cells.get(FeedField.EXPERIENCE);
        Integer experience = experienceCell == null ? null : attempt(problems, () -> FieldValues.experienceMonths(
                experienceCell.value(), experienceCell.column(), FeedField.key(experienceCell.column()).equals("experiencemonths")));
        List<String> skills = cells.containsKey(FeedField.SKILLS) ? FieldValues.list(cells.get(FeedField.SKILLS).value()) : List.of();
        String workHours = text(cells, FeedField.WORK_HOURS);
        boolean jobSeekerCard = Boolean.TRUE.equals(value(cells, FeedField.JOB_SEEKER_CARD, problems, FieldValues::yes));
        if (validThrough != null && datePosted != null && validThrough.isBefore(datePosted)) {
            problems.add("batas lamaran " + day(validThrough) + " sebelum tanggal posting " + day(datePosted));
        }

        String vacancyId = ownId != null || employer != null && title != null
                ? FeedVacancyIds.of(source.id(), ownId, employer == null ? null : employer.id(), title) : null;
        if (!problems.isEmpty()) {
            return rejected(row.line(), vacancyId, problems);
        }
        try {
            Vacancy vacancy = new Vacancy(vacancyId, title, text(cells, FeedField.DESCRIPTION), employer.id(), trade.id(),
                    text(cells, FeedField.KBJI), region.id(), estateId, text(cells, FeedField.TOWN), employmentType,
                    openings == null ? 1 : openings, pay,
                    new Requirements(ageMin, ageMax, sex, education, experience == null ? 0 : experience,
                            text(cells, FeedField.DRIVING_LICENCE), jobSeekerCard),
                    skills, workHours, workHours != null && workHours.toLowerCase(Locale.ROOT).contains("shift"),
                    text(cells, FeedField.HOW_TO_APPLY), datePosted != null ? datePosted : provisionalPosted(validThrough),
                    validThrough, VacancyStatus.OPEN, now);
            return new Accepted(row.line(), vacancy, datePosted != null);
        } catch (IllegalArgumentException | NullPointerException e) {
            return rejected(row.line(), vacancyId, List.of(e.getMessage()));
        }
    }

    private Employer employer(Cell cell, List<String> problems) {
        if (source.ownerKind() == OwnerKind.EMPLOYER) {
            Employer owner = index.employerById(source.ownerId());
            if (cell != null) {
                Employer named = quietly(() -> index.employer(FieldValues.text(cell.value())));
                if (named != null && owner != null && !named.id().equals(owner.id())) {
                    problems.add("perusahaan '" + FieldValues.text(cell.value()) + "' bukan pemilik sumber ini ("
                            + owner.name() + ")");
                    return null;
                }
            }
            if (owner == null) {
                problems.add("perusahaan pemilik sumber ini ('" + source.ownerId() + "') tidak ada lagi di data referensi");
            }
            return owner;
        }
        if (cell == null) {
            problems.add("perusahaan kosong");
            return null;
        }
        return attempt(problems, () -> index.employer(FieldValues.text(cell.value())));
    }

    /**
     * A centre's source carries vacancies of employers in the regions its kiosks show, as its staff
     * can edit in the console; null (and a problem noted) for an employer elsewhere.
     */
    private Employer withinCentre(Employer employer, List<String> problems) {
        if (employer == null || source.ownerKind() != OwnerKind.CENTRE) {
            return employer;
        }
        Optional<TrainingCentre> centre = index.centre(source.ownerId());
        if (centre.isEmpty()) {
            problems.add("pusat pelatihan pemilik sumber ini ('" + source.ownerId() + "') tidak ada lagi di data referensi");
            return null;
        }
        if (centre.get().scopeRegionIds().contains(employer.regionId())) {
            return employer;
        }
        Region region = index.regionOf(employer);
        problems.add("perusahaan '" + employer.name() + "' ada di " + (region == null ? employer.regionId()
                : region.displayName()) + ", di luar wilayah " + centre.get().name());
        return null;
    }

    private Region region(Cell cell, Employer employer, List<String> problems) {
        if (cell == null) {
            return index.regionOf(employer);
        }
        String text = FieldValues.text(cell.value());
        Region region = attempt(problems, () -> index.region(text, employer.regionId()));
        if (region != null && !region.id().equals(employer.regionId())) {
            Region employers = index.regionOf(employer);
            problems.add("kabupaten/kota '" + text + "' bukan wilayah " + employer.name() + " ("
                    + (employers == null ? employer.regionId() : employers.displayName()) + ")");
            return null;
        }
        return region;
    }

    private LocalDate provisionalPosted(LocalDate validThrough) {
        return validThrough.isBefore(today) ? validThrough : today;
    }

    // ---- schema.org JobPostings

    private Result posting(FeedRow.Posting row) {
        List<String> problems = new ArrayList<>();
        JobPostingReader reader = new JobPostingReader()
                .withEmployerResolver(hints -> attempt(problems, () -> postingEmployer(hints).id()))
                .withTradeResolver(hints -> hints.occupation() == null
                        ? missing(problems, "kejuruan tidak disebut (occupationalCategory)")
                        : attempt(problems, () -> index.trade(hints.occupation()).id()))
                .withRegionResolver(hints -> postingRegion(hints, problems))
                .withEstateResolver(hints -> hints.estateName() == null ? null
                        : idOf(quietly(() -> index.estate(hints.estateName()))));
        Vacancy read;
        try {
            read = reader.read(row.posting()).vacancy();
        } catch (JobPostingFormatException e) {
            if (problems.isEmpty()) {
                problems.add(translate(e));
            }
            return rejected(row.line(), null, problems);
        }
        Employer employer = index.employerById(read.employerId());
        if (employer == null) {
            problems.add("perusahaan '" + read.employerId() + "' tidak dikenal");
        } else if (source.ownerKind() == OwnerKind.EMPLOYER && !employer.id().equals(source.ownerId())) {
            problems.add("perusahaan '" + employer.name() + "' bukan pemilik sumber ini");
        } else if (withinCentre(employer, problems) != null && !employer.regionId().equals(read.regionId())) {
            Region region = index.regionOf(employer);
            problems.add("lokasi kerja bukan di wilayah " + employer.name() + " ("
                    + (region == null ? employer.regionId() : region.displayName()) + ")");
        }
        if (!index.hasTrade(read.tradeId())) {
            problems.add("kejuruan '" + read.tradeId() + "' tidak dikenal");
        }
        if (read.estateId() != null && !index.hasEstate(read.estateId())) {
            problems.add("kawasan industri '" + read.estateId() + "' tidak dikenal");
        }
        String vacancyId = FeedVacancyIds.of(source.id(), identifier(row.posting()), read.employerId(), read.title());
        if (!problems.isEmpty()) {
            return rejected(row.line(), vacancyId, problems);
        }
        String estateId = read.estateId() != null ? read.estateId() : employer.estateId();
        Vacancy vacancy = new Vacancy(vacancyId, read.title(), read.description(), read.employerId(), read.tradeId(),
                read.kbjiCode(), read.regionId(), estateId, read.town(), read.employmentType(), read.openings(), read.pay(),
                read.requirements(), read.skills(), read.workHours(), read.shiftWork(), read.howToApply(), read.datePosted(),
                read.validThrough(), VacancyStatus.OPEN, now);
        return new Accepted(row.line(), vacancy, true);
    }

    private Employer postingEmployer(JobPostingHints hints) {
        if (source.ownerKind() == OwnerKind.EMPLOYER) {
            Employer owner = index.employerById(source.ownerId());
            if (owner == null) {
                throw new BadValue("perusahaan pemilik sumber ini ('" + source.ownerId() + "') tidak ada lagi di data referensi");
            }
            // A posting that names another employer we know is that employer's, not the owner's: as in a spreadsheet.
            Employer named = hints.employerIdentifier() != null && index.employerById(hints.employerIdentifier()) != null
                    ? index.employerById(hints.employerIdentifier())
                    : hints.employerName() == null ? null : quietly(() -> index.employer(hints.employerName()));
            if (named != null && !named.id().equals(owner.id())) {
                throw new BadValue("perusahaan '" + hints.employerName() + "' bukan pemilik sumber ini (" + owner.name() + ")");
            }
            return owner;
        }
        if (hints.employerIdentifier() != null && index.employerById(hints.employerIdentifier()) != null) {
            return index.employerById(hints.employerIdentifier());
        }
        return index.employer(hints.employerName());
    }

    /** The region the address names (a regency or city, as region or locality), else the employer's. */
    private String postingRegion(JobPostingHints hints, List<String> problems) {
        Employer employer = quietly(() -> postingEmployer(hints));
        String employerRegion = employer == null ? null : employer.regionId();
        BadValue first = null;
        for (String name : new String[] {hints.regionName(), hints.locality()}) {
            if (name == null) {
                continue;
            }
            try {
                return index.region(name, employerRegion).id();
            } catch (BadValue notARegion) {
                first = first == null ? notARegion : first;
            }
        }
        if (employerRegion != null) {
            return employerRegion;
        }
        problems.add(first != null ? first.getMessage() : "kabupaten/kota tidak disebut (jobLocation)");
        return null;
    }

    /** The posting's own identifier: text, a number, or a PropertyValue's value. */
    private static String identifier(JsonNode posting) {
        JsonNode id = posting.get("identifier");
        if (id != null && id.isArray()) {
            id = id.isEmpty() ? null : id.get(0);
        }
        if (id != null && id.isObject()) {
            id = id.get("value");
        }
        if (id == null || !id.isValueNode() || id.asText().isBlank()) {
            return null;
        }
        return id.asText().strip();
    }

    private static String translate(JobPostingFormatException e) {
        String property = e.property();
        String label = switch (property) {
            case "title" -> "judul (title)";
            case "datePosted" -> "tanggal posting (datePosted)";
            case "validThrough" -> "batas lamaran (validThrough)";
            case "hiringOrganization", "hiringOrganization name" -> "perusahaan (hiringOrganization)";
            case "baseSalary" -> "gaji (baseSalary)";
            case "totalJobOpenings" -> "jumlah lowongan (totalJobOpenings)";
            case "occupationalCategory" -> "kejuruan (occupationalCategory)";
            case "jobLocation" -> "lokasi kerja (jobLocation)";
            case "@type" -> "jenis data (@type)";
            default -> property;
        };
        String prefix = "JobPosting " + property + ": ";
        String detail = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
        return detail.equals("required, but missing") ? label + " tidak ada" : label + " tidak terbaca: " + indonesian(detail);
    }

    /** The protocol's reader explains in English; staff read Indonesian. */
    private static String indonesian(String detail) {
        String[][] patterns = {
            {"expected an ISO 8601 date or date-time, got \"(.*)\"", "'$1' bukan tanggal yang ada (tulis seperti 2025-07-31)"},
            {"expected a number, got \"(.*)\"", "'$1' bukan angka"},
            {"number out of range: (.*)", "angka $1 terlalu besar"},
            {"expected true or false, got \"(.*)\"", "'$1' bukan true atau false"},
            {"unknown value \"(.*)\"", "nilai '$1' tidak dikenal"},
            {"an amount is required for pay kind AMOUNT", "jumlah gaji tidak ada"},
            {"pay in (.*) is not supported, only rupiah \\(IDR\\)", "gaji dalam $1 tidak dapat dipakai, hanya rupiah (IDR)"},
            {"ends on (.*), before datePosted (.*)", "berakhir $1, sebelum tanggal posting $2"},
            {"must be at least 1, got (.*)", "paling sedikit 1, tertulis $1"},
            {"months of experience cannot be negative: (.*)", "pengalaman tidak boleh kurang dari nol: $1"},
            {"expected JobPosting, got (.*)", "bukan JobPosting, melainkan $1"},
            {"a JobPosting must be a JSON object", "JobPosting harus berupa objek JSON"},
        };
        for (String[] p : patterns) {
            if (detail.matches(p[0])) {
                return detail.replaceAll(p[0], p[1]);
            }
        }
        return detail;
    }

    // ---- helpers

    private static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static Rejected rejected(int line, String vacancyId, List<String> problems) {
        return new Rejected(line, vacancyId, "baris " + line + ": " + String.join("; ", problems));
    }

    private static String text(Map<FeedField, Cell> cells, FeedField field) {
        Cell cell = cells.get(field);
        return cell == null ? null : FieldValues.text(cell.value());
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        T read(Object cell, String column);
    }

    private static <T> T value(Map<FeedField, Cell> cells, FeedField field, List<String> problems, ValueReader<T> reader) {
        Cell cell = cells.get(field);
        return cell == null ? null : attempt(problems, () -> reader.read(cell.value(), cell.column()));
    }

    private static <T> T attempt(List<String> problems, Supplier<T> work) {
        try {
            return work.get();
        } catch (BadValue e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static <T> T quietly(Supplier<T> work) {
        try {
            return work.get();
        } catch (BadValue e) {
            return null;
        }
    }

    private static <T> T missing(List<String> problems, String problem) {
        problems.add(problem);
        return null;
    }

    private static String idOf(IndustrialEstate estate) {
        return estate == null ? null : estate.id();
    }
}
