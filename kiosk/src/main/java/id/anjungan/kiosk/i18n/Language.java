package id.anjungan.kiosk.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the kiosk speaks: Indonesian first, English second. */
public enum Language {
    INDONESIAN("id"),
    ENGLISH("en");

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

    /** The language the Bahasa button switches to. */
    public Language other() {
        return this == INDONESIAN ? ENGLISH : INDONESIAN;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
