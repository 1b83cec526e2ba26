package id.anjungan.protocol.jobposting;

import static id.anjungan.protocol.jobposting.JobPostingVocabulary.DEADLINE_ZONE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Dates of a posting: plain dates or date-times, the latter taken as Jakarta time. */
final class PostingDates {
    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

    private PostingDates() {
    }

    /** A last day as the moment it ends in Jakarta, such as "2026-12-15T23:59:59+07:00". */
    static String endOf(LocalDate lastDay) {
        return lastDay.atTime(LAST_SECOND).atZone(DEADLINE_ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The day something happened, such as datePosted. */
    static LocalDate day(String text, String property) {
        return isDate(text) ? date(text, property) : inJakarta(text, property).toLocalDate();
    }

    /**
     * The last day a validThrough leaves open. A date is itself that day; a date-time is the moment
     * the posting stops being valid, so "2026-12-16T00:00" leaves the 15th as the last whole day.
     */
    static LocalDate lastDay(String text, String property) {
        return isDate(text) ? date(text, property) : inJakarta(text, property).minusNanos(1).toLocalDate();
    }

    private static boolean isDate(String text) {
        return text.indexOf('T') < 0;
    }

    private static LocalDate date(String text, String property) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_DATE);
        } catch (DateTimeParseException e) {
            throw unreadable(text, property, e);
        }
    }

    private static LocalDateTime inJakarta(String text, String property) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned
                    ? zoned.withZoneSameInstant(DEADLINE_ZONE).toLocalDateTime()
                    : (LocalDateTime) parsed;
        } catch (DateTimeParseException e) {
            throw unreadable(text, property, e);
        }
    }

    private static JobPostingFormatException unreadable(String text, String property, Exception cause) {
        return new JobPostingFormatException(property, "expected an ISO 8601 date or date-time, got \"" + text + "\"", cause);
    }
}
