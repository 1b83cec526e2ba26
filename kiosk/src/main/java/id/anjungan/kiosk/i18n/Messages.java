package id.anjungan.kiosk.i18n;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * All text the kiosk shows, from the resource bundle {@code messages} (Indonesian) and
 * {@code messages_en} (English) and {@code messages_jv} (Javanese), in the language currently chosen. The language can change
 * while the kiosk runs; whoever shows text listens to {@link #languageProperty()}.
 */
public final class Messages {
    private static final String BUNDLE = "id.anjungan.kiosk.i18n.messages";
    /** Indonesian is the base bundle; never fall back to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ReadOnlyObjectWrapper<Language> language;

    public Messages(Language initial) {
        this.language = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    public void use(Language chosen) {
        language.set(chosen);
    }

    /** Switches to the next language: Indonesian, English, Javanese. */
    public void switchLanguage() {
        language.set(language.get().other());
    }

    /**
     * The text under the key in the current language, with arguments filled in by
     * {@link MessageFormat}. Every pattern goes through it, so a literal apostrophe is written
     * twice in the bundle ({@code ''}).
     *
     * @throws java.util.MissingResourceException when the key is missing: a defect
     */
    public String text(String key, Object... args) {
        String pattern = bundle().getString(key);
        return new MessageFormat(pattern, language.get().locale()).format(args);
    }

    /** Whether the bundle has the key, for text that is optional such as a trade's translated name. */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** Text under the key that follows the chosen language. */
    public StringBinding binding(String key) {
        return Bindings.createStringBinding(() -> text(key), language);
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, language.get().locale(), NO_FALLBACK);
    }
}
