package id.anjungan.server.console.web;

import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.server.SyncServer;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's texts in one language (i18n/console*.properties: Indonesian first, English beside it),
 * and how numbers, dates and pay are written in it: "Rp 2.850.000", "15 Des 2026".
 */
public final class Messages {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.console", locale, NO_FALLBACK);
    }

    private static final Messages ID = new Messages(INDONESIAN);
    private static final Messages EN = new Messages(ENGLISH);

    /** "en" gives English; anything else Indonesian. */
    public static Messages of(String language) {
        return "en".equals(language) ? EN : ID;
    }

    public String lang() {
        return locale == ENGLISH ? "en" : "id";
    }

    /** The other language, for the switch in the page footer. */
    public String otherLang() {
        return locale == ENGLISH ? "id" : "en";
    }

    public String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String t(String key, Object... args) {
        return new MessageFormat(t(key), locale).format(args);
    }

    /** The text of an enum value: key prefix + "." + name, such as "state.LIVE". */
    public String e(String prefix, Enum<?> value) {
        return value == null ? "" : t(prefix + "." + value.name());
    }

    public String rupiah(long amount) {
        StringBuilder digits = new StringBuilder(Long.toString(Math.abs(amount)));
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            digits.insert(i, '.');
        }
        return (amount < 0 ? "-" : "") + "Rp " + digits;
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        List<String> months = List.of(t("months").split(","));
        return date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "–";
        }
        ZonedDateTime at = instant.atZone(SyncServer.ZONE);
        return date(at.toLocalDate()) + " " + String.format("%02d.%02d", at.getHour(), at.getMinute());
    }

    /** "5 menit lalu", "3 jam lalu", "2 hari lalu"; "–" for never. */
    public String ago(Instant then, Instant now) {
        if (then == null) {
            return t("time.never");
        }
        Duration d = Duration.between(then, now);
        if (d.toMinutes() < 1) {
            return t("time.justNow");
        }
        if (d.toHours() < 1) {
            return t("time.minutesAgo", d.toMinutes());
        }
        if (d.toDays() < 1) {
            return t("time.hoursAgo", d.toHours());
        }
        return t("time.daysAgo", d.toDays());
    }

    /** A clock difference such as "+2 mnt 5 dtk" or "-40 dtk". */
    public String drift(Duration drift) {
        if (drift == null) {
            return "–";
        }
        long seconds = drift.getSeconds();
        String sign = seconds < 0 ? "−" : "+";
        seconds = Math.abs(seconds);
        if (seconds < 60) {
            return sign + t("time.seconds", seconds);
        }
        if (seconds < 3600) {
            return sign + t("time.minutesSeconds", seconds / 60, seconds % 60);
        }
        return sign + t("time.hours", seconds / 3600);
    }

    /** "Rp 2.850.000 – Rp 3.200.000 / bulan", "UMK Kabupaten Batang (Rp 2.534.383)", "Dapat dinegosiasikan". */
    public String pay(Pay pay, Region region) {
        if (pay.kind() == PayKind.NEGOTIABLE) {
            return t("pay.negotiable");
        }
        if (pay.kind() == PayKind.MINIMUM_WAGE) {
            return region == null ? t("pay.minimumWage")
                    : t("pay.minimumWageOf", region.displayName(), rupiah(region.minimumWage()));
        }
        String amount = rupiah(pay.min()) + (pay.max() == null ? "" : " – " + rupiah(pay.max()));
        return amount + " / " + e("period", pay.period());
    }
}
