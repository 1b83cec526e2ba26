package id.anjungan.server.report;

import id.anjungan.server.error.InvalidFieldsException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The days a report covers, both included, as calendar days in Indonesian western time (WIB): a
 * slip printed at 23.30 WIB on the last day counts, one at 00.10 WIB the next day does not.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    /** The default period: the last 90 days up to and including today. */
    public static final int DEFAULT_DAYS = 90;
    /** A longer period is refused: ten years of slips is already more than any question needs. */
    public static final int MAX_DAYS = 3660;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }

    public static ReportPeriod lastDays(LocalDate today, int days) {
        return new ReportPeriod(today.minusDays(days - 1L), today);
    }

    /**
     * The period from two form fields (yyyy-MM-dd, as a date input sends them); a blank field takes
     * the default's. Wrong fields throw with a message key per field.
     */
    public static ReportPeriod parse(String from, String to, LocalDate today) {
        ReportPeriod fallback = lastDays(today, DEFAULT_DAYS);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from, fallback.from(), "from", errors);
        LocalDate end = date(to, fallback.to(), "to", errors);
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.put("to", "reports.error.toBeforeFrom");
        }
        if (errors.isEmpty() && ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            errors.put("from", "reports.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return new ReportPeriod(start, end);
    }

    private static LocalDate date(String text, LocalDate fallback, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "reports.error.date");
            return fallback;
        }
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
