package id.anjungan.server.console;

import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Sex;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The vacancy form as typed: its raw values, and a message key beside each field that is wrong.
 * Reads into a {@link Vacancy}; the record's own rules are checked here first, field by field, so
 * the page can say which field is wrong in the user's language.
 */
public final class VacancyForm {
    public static final List<String> FIELDS = List.of("title", "description", "employerId", "tradeId", "kbjiCode",
            "estateId", "town", "employmentType", "openings", "payKind", "payMin", "payMax", "payPeriod", "ageMin",
            "ageMax", "sex", "minimumEducation", "experienceMonths", "drivingLicence", "jobSeekerCardRequired", "skills",
            "workHours", "shiftWork", "howToApply", "datePosted", "validThrough", "status");
    private static final Pattern KBJI = Pattern.compile("\\d{4}(\\.\\d{2})?");

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private VacancyForm(Map<String, String> values) {
        this.values = values;
    }

    /** The form as posted (only known fields are kept). */
    public static VacancyForm posted(Function<String, String> field) {
        Map<String, String> values = new HashMap<>();
        for (String name : FIELDS) {
            String value = field.apply(name);
            if (value != null) {
                values.put(name, value.strip());
            }
        }
        return new VacancyForm(values);
    }

    /** A blank form for a new vacancy, open from today for 30 days. */
    public static VacancyForm blank(LocalDate today, String employerId) {
        Map<String, String> values = new HashMap<>();
        values.put("employerId", employerId == null ? "" : employerId);
        values.put("openings", "1");
        values.put("payKind", PayKind.MINIMUM_WAGE.name());
        values.put("payPeriod", PayPeriod.MONTH.name());
        values.put("employmentType", EmploymentType.FULL_TIME.name());
        values.put("sex", Sex.ANY.name());
        values.put("experienceMonths", "0");
        values.put("datePosted", today.toString());
        values.put("validThrough", today.plusDays(30).toString());
        values.put("status", VacancyStatus.OPEN.name());
        return new VacancyForm(values);
    }

    /** The form filled from a stored vacancy, for editing. */
    public static VacancyForm of(Vacancy v) {
        Map<String, String> values = new HashMap<>();
        values.put("title", v.title());
        values.put("description", v.description());
        values.put("employerId", v.employerId());
        values.put("tradeId", v.tradeId());
        values.put("kbjiCode", text(v.kbjiCode()));
        values.put("estateId", text(v.estateId()));
        values.put("town", text(v.town()));
        values.put("employmentType", v.employmentType().name());
        values.put("openings", Integer.toString(v.openings()));
        values.put("payKind", v.pay().kind().name());
        values.put("payMin", v.pay().min() == null ? "" : v.pay().min().toString());
        values.put("payMax", v.pay().max() == null ? "" : v.pay().max().toString());
        values.put("payPeriod", v.pay().period().name());
        Requirements r = v.requirements();
        values.put("ageMin", r.ageMin() == null ? "" : r.ageMin().toString());
        values.put("ageMax", r.ageMax() == null ? "" : r.ageMax().toString());
        values.put("sex", r.sex().name());
        values.put("minimumEducation", r.minimumEducation() == null ? "" : r.minimumEducation().name());
        values.put("experienceMonths", Integer.toString(r.experienceMonths()));
        values.put("drivingLicence", text(r.drivingLicence()));
        values.put("jobSeekerCardRequired", r.jobSeekerCardRequired() ? "on" : "");
        values.put("skills", String.join("\n", v.skills()));
        values.put("workHours", text(v.workHours()));
        values.put("shiftWork", v.shiftWork() ? "on" : "");
        values.put("howToApply", text(v.howToApply()));
        values.put("datePosted", v.datePosted().toString());
        values.put("validThrough", v.validThrough().toString());
        values.put("status", v.status().name());
        return new VacancyForm(values);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        String value = values.get(field);
        return value != null && (value.equals("on") || value.equals("true"));
    }

    /** The message key of the field's error, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** Adds errors found later (by the service), to show them beside their fields. */
    public VacancyForm withErrors(Map<String, String> more) {
        more.forEach(errors::putIfAbsent);
        return this;
    }

    /** Forces the employer (an employer's own account), whatever was posted. */
    public VacancyForm withEmployer(String employerId) {
        values.put("employerId", employerId);
        return this;
    }

    /**
     * Reads the vacancy, or records the errors and returns empty.
     *
     * @param id the vacancy's id (a new one for a new vacancy)
     * @param employers to find the employer's region, which is the vacancy's region
     * @param today a new deadline may not be in the past
     * @param previousValidThrough the stored deadline when editing (it may stay as it was), else null
     */
    public Optional<Vacancy> read(String id, Function<String, Optional<Employer>> employers, LocalDate today,
                                  LocalDate previousValidThrough) {
        errors.clear();
        String title = required("title", 200);
        String description = optional("description", 4000);
        String employerId = required("employerId", 64);
        String tradeId = required("tradeId", 64);
        String kbji = optional("kbjiCode", 16);
        if (kbji != null && !KBJI.matcher(kbji).matches()) {
            errors.put("kbjiCode", "vacancy.error.kbjiCode");
        }
        String estateId = optional("estateId", 64);
        String town = optional("town", 120);
        EmploymentType employmentType = choice("employmentType", EmploymentType.class, EmploymentType.FULL_TIME);
        Integer openings = whole("openings", true);
        if (openings != null && openings < 1) {
            errors.put("openings", "vacancy.error.openings");
        }
        PayKind payKind = choice("payKind", PayKind.class, PayKind.NEGOTIABLE);
        Long payMin = rupiah("payMin");
        Long payMax = rupiah("payMax");
        PayPeriod payPeriod = choice("payPeriod", PayPeriod.class, PayPeriod.MONTH);
        if (payKind == PayKind.AMOUNT && payMin == null && !errors.containsKey("payMin")) {
            errors.put("payMin", "vacancy.error.payMin");
        }
        if (payMin != null && payMax != null && payMax < payMin) {
            errors.put("payMax", "vacancy.error.payMax");
        }
        Integer ageMin = whole("ageMin", false);
        Integer ageMax = whole("ageMax", false);
        for (String field : List.of("ageMin", "ageMax")) {
            Integer age = field.equals("ageMin") ? ageMin : ageMax;
            if (age != null && (age < 15 || age > 65)) {
                errors.put(field, "vacancy.error.age");
            }
        }
        if (ageMin != null && ageMax != null && ageMax < ageMin && !errors.containsKey("ageMax")) {
            errors.put("ageMax", "vacancy.error.ageMax");
        }
        Sex sex = choice("sex", Sex.class, Sex.ANY);
        EducationLevel education = choice("minimumEducation", EducationLevel.class, null);
        Integer experience = whole("experienceMonths", false);
        if (experience != null && experience < 0) {
            errors.put("experienceMonths", "vacancy.error.negative");
        }
        String licence = optional("drivingLicence", 40);
        List<String> skills = value("skills").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (skills.stream().anyMatch(s -> s.length() > 200) || skills.size() > 30) {
            errors.put("skills", "vacancy.error.tooLong");
        }
        String workHours = optional("workHours", 200);
        String howToApply = optional("howToApply", 2000);
        LocalDate posted = date("datePosted", true);
        LocalDate validThrough = date("validThrough", true);
        if (posted != null && validThrough != null && validThrough.isBefore(posted)) {
            errors.put("validThrough", "vacancy.error.validThroughBeforePosted");
        } else if (validThrough != null && validThrough.isBefore(today) && !validThrough.equals(previousValidThrough)) {
            errors.put("validThrough", "vacancy.error.validThroughPast");
        }
        VacancyStatus status = choice("status", VacancyStatus.class, VacancyStatus.OPEN);
        Optional<Employer> employer = employerId == null ? Optional.empty() : employers.apply(employerId);
        if (employerId != null && employer.isEmpty()) {
            errors.put("employerId", "vacancy.error.employerId");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            Pay pay = new Pay(payKind, payKind == PayKind.AMOUNT ? payMin : null, payKind == PayKind.AMOUNT ? payMax : null,
                    payPeriod);
            Requirements requirements = new Requirements(ageMin, ageMax, sex, education,
                    experience == null ? 0 : experience, licence, checked("jobSeekerCardRequired"));
            return Optional.of(new Vacancy(id, title, description, employerId, tradeId, kbji, employer.get().regionId(),
                    estateId, town, employmentType, openings, pay, requirements, skills, workHours, checked("shiftWork"),
                    howToApply, posted, validThrough, status, null));
        } catch (IllegalArgumentException | NullPointerException e) {
            // The record's own rules, should a check above ever miss one: shown above the form.
            errors.put("_form", "vacancy.error.invalid");
            return Optional.empty();
        }
    }

    private String required(String field, int max) {
        String value = value(field);
        if (value.isEmpty()) {
            errors.put(field, "error.required");
            return null;
        }
        if (value.length() > max) {
            errors.put(field, "vacancy.error.tooLong");
            return null;
        }
        return value;
    }

    private String optional(String field, int max) {
        String value = value(field);
        if (value.length() > max) {
            errors.put(field, "vacancy.error.tooLong");
        }
        return value.isEmpty() ? null : value;
    }

    private Integer whole(String field, boolean required) {
        String value = value(field);
        if (value.isEmpty()) {
            if (required) {
                errors.put(field, "error.required");
            }
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.put(field, "error.number");
            return null;
        }
    }

    /** Rupiah as staff type them: "2.850.000", "Rp 2850000" or "2850000". */
    private Long rupiah(String field) {
        String value = value(field).replaceAll("(?i)^rp\\.?", "").replace(".", "").replace(" ", "");
        if (value.isEmpty()) {
            return null;
        }
        if (value.startsWith("-")) {
            errors.put(field, "vacancy.error.negative");
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.put(field, "error.number");
            return null;
        }
    }

    private LocalDate date(String field, boolean required) {
        String value = value(field);
        if (value.isEmpty()) {
            if (required) {
                errors.put(field, "error.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "error.date");
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
        String value = value(field);
        if (value.isEmpty()) {
            return fallback;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElseGet(() -> {
            errors.put(field, "error.choice");
            return fallback;
        });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
