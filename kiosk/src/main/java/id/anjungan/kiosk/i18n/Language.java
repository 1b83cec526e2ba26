package id.anjungan.kiosk.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the kiosk speaks: Indonesian first, then English and Javanese (plain ngoko). */
public enum Language {
    INDONESIAN("id"),
    ENGLISH("en"),
    JAVANESE("jv");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language the Bahasa button switches to: Indonesian, English, Javanese, then Indonesian again. */
    public Language other() {
        Language[] all = values();
        return all[(ordinal() + 1) % all.length];
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
