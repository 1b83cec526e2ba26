package id.anjungan.kiosk.format;

import id.anjungan.kiosk.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Money, dates and ages as the kiosk writes them, in the chosen language. */
public final class Formats {
    private final Messages messages;

    public Formats(Messages messages) {
        this.messages = messages;
    }

    /**
     * Whole rupiah as Indonesians write them, in either language: "Rp 2.850.000".
     * The amount never depends on the chosen language, so a job seeker reads the same number
     * the employer will pay.
     */
    public static String rupiah(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-Rp " : "Rp ") + grouped;
    }

    /** A day with a short month name: "15 Des 2026", "15 Dec 2026". */
    public String date(LocalDate date) {
        return messages.text("date", date.getDayOfMonth(), messages.text("month." + date.getMonthValue()),
                date.getYear());
    }

    /** How long ago something happened: "baru saja", "3 menit lalu", "2 jam lalu", "4 hari lalu". */
    public String timeAgo(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            return messages.text("age.justNow");
        }
        if (age.toHours() < 1) {
            return messages.text("age.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return messages.text("age.hours", age.toHours());
        }
        return messages.text("age.days", age.toDays());
    }
}
