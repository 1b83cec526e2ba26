package id.anjungan.protocol.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the dates the protocol writes ({@code 2026-12-01}, {@code 2026-11-27T08:15:30.123Z}) by
 * hand, and anything else through the Java time module as before. Every vacancy has three of them,
 * and {@code DateTimeFormatter} took about a third of the time to read one (BENCHMARKS.md, catch-up,
 * fourth round).
 */
final class IsoDates {
    private IsoDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("iso-dates")
                .addDeserializer(LocalDate.class, new FastLocalDate())
                .addDeserializer(Instant.class, new FastInstant());
    }

    /** {@code yyyy-MM-dd}, or null for any other text or an impossible date (the fallback then reports it). */
    static LocalDate localDate(String text) {
        return text.length() == 10 ? date(text) : null;
    }

    /** The date written as {@code yyyy-MM-dd} at the start of the text, or null. */
    private static LocalDate date(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} as {@code Instant.toString()} writes it, else null. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDate date = date(text);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, 20, length - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number written by the ASCII digits text[from, to), or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final class FastLocalDate extends StdScalarDeserializer<LocalDate> {
        FastLocalDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                LocalDate date = localDate(parser.getText());
                if (date != null) {
                    return date;
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        }
    }

    private static final class FastInstant extends StdScalarDeserializer<Instant> {
        FastInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant instant = instant(parser.getText());
                if (instant != null) {
                    return instant;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
