package id.anjungan.kiosk.slip;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The slip's words from the bundle {@code i18n/slip*.properties}: Indonesian in the base file,
 * English in {@code slip_en}. Dates are written the way the kiosk shows them, "27 Nov 2026".
 */
public final class SlipText {
    public static final String BUNDLE = "i18n.slip";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final List<String> months;

    private SlipText(Locale locale, ResourceBundle bundle, List<String> months) {
        this.locale = locale;
        this.bundle = bundle;
        this.months = months;
    }

    public static SlipText indonesian() {
        return forLocale(INDONESIAN);
    }

    /**
     * The texts for a language; one without its own file gets Indonesian. The machine's default
     * locale never matters, so an English-speaking server cannot turn an Indonesian slip English.
     */
    public static SlipText forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> months = List.of(bundle.getString("months").split(","));
        if (months.size() != 12) {
            throw new IllegalStateException("slip bundle for " + locale + " names " + months.size() + " months, not 12");
        }
        Locale actual = bundle.getLocale().getLanguage().isEmpty() ? INDONESIAN : bundle.getLocale();
        return new SlipText(actual, bundle, months);
    }

    /** The language these texts are in. */
    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** "27 Nov 2026": day without a leading zero, the bundle's short month name, year. */
    public String date(LocalDate date) {
        return date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1).strip() + " " + date.getYear();
    }
}
