package id.anjungan.server.db;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width ISO-8601 text in UTC with three fraction digits, such as
 * 2026-11-27T03:00:00.000Z: unlike {@link Instant#toString()}, such text sorts and compares in time
 * order, in SQLite and PostgreSQL alike.
 */
public final class TimeText {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private TimeText() {
    }

    public static String of(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
